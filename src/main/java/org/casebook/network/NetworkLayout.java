package org.casebook.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.stream.GraphReplay;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.graphstream.ui.layout.Layout;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;

/**
 * Positions for a graph without a window: GraphStream's force layout (SpringBox, the one the window animates),
 * stepped until it is stable or the time is up. The same seed gives the same picture.
 */
public final class NetworkLayout {

    private NetworkLayout() {
    }

    /** Node id → {x, y} in graph units; also stored as each node's {@code xyz}. */
    public static Map<String, double[]> compute(Graph graph, long seed, long maxMillis) {
        return compute(graph, seed, maxMillis, graph.getNodeCount() > FAST_ABOVE ? 0 : 1);
    }

    /** Above this many nodes the layout runs at quality 0 (repulsion from nearby nodes only): seconds, not minutes. */
    public static final int FAST_ABOVE = 500;

    /** As {@link #compute(Graph, long, long)} at a given quality (0–1); {@code graph} gets {@code layout.stable}. */
    public static Map<String, double[]> compute(Graph graph, long seed, long maxMillis, double quality) {
        SpringBox layout = new SpringBox(false, new Random(seed));
        layout.setQuality(quality);
        layout.addAttributeSink(graph);
        GraphReplay replay = new GraphReplay("layout-replay");
        replay.addSink(layout);
        replay.replay(graph);
        long end = System.currentTimeMillis() + maxMillis;
        while (layout.getStabilization() < layout.getStabilizationLimit() && System.currentTimeMillis() < end) {
            layout.compute();
        }
        layout.removeAttributeSink(graph);
        graph.setAttribute("layout.steps", layout.getSteps());
        graph.setAttribute("layout.stable", layout.getStabilization() >= layout.getStabilizationLimit());
        Map<String, double[]> positions = new HashMap<>();
        for (Node n : graph) {
            double[] xyz = GraphPosLengthUtils.nodePosition(n);
            positions.put(n.getId(), xyz == null ? new double[] {0, 0} : new double[] {xyz[0], xyz[1]});
        }
        return positions;
    }
}
