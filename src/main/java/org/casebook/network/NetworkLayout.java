package org.casebook.network;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.stream.GraphReplay;
import org.graphstream.ui.graphicGraph.GraphPosLengthUtils;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;
import org.jgrapht.alg.drawing.IndexedFRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Positions for a graph without a window. Up to {@value #FAST_ABOVE} nodes: GraphStream's force layout (SpringBox,
 * the one the window animates) stepped until GraphStream calls it stable or the time is up. Above: JGraphT's
 * Fruchterman-Reingold with a Barnes-Hut index, which cools in a fixed number of rounds and is then settled
 * (SpringBox's own stability test compares absolute energies, so at 2,000 nodes it is reached after 13–16 s or,
 * from one seed to the next, not at all in 30 s). The same seed gives the same picture. Positions are scaled so
 * that an average link is one unit long, SpringBox's unit (the window's springs are two units, to give labels
 * room, so unfreezing a large network spreads it out).
 */
public final class NetworkLayout {

    /** Above this many nodes the graph is laid out by the cooled Fruchterman-Reingold layout. */
    public static final int FAST_ABOVE = 500;

    /** Rounds of Fruchterman-Reingold (fewer above 2,000 nodes, to keep large graphs within seconds). */
    static final int ROUNDS = 200;

    /** Barnes-Hut opening angle: far groups of nodes repel as one when they look smaller than this. */
    static final double THETA = 0.8;

    private NetworkLayout() {
    }

    /**
     * Node id → {x, y} in graph units; also stored as each node's {@code xyz}; {@code graph} gets
     * {@code layout.steps} and {@code layout.stable}. {@code maxMillis} bounds the SpringBox layout of small graphs.
     */
    public static Map<String, double[]> compute(Graph graph, long seed, long maxMillis) {
        return graph.getNodeCount() > FAST_ABOVE ? cooled(graph, seed) : springBox(graph, seed, maxMillis);
    }

    private static Map<String, double[]> springBox(Graph graph, long seed, long maxMillis) {
        SpringBox layout = new SpringBox(false, new Random(seed));
        layout.setQuality(1);
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

    private static Map<String, double[]> cooled(Graph graph, long seed) {
        SimpleGraph<String, DefaultEdge> links = new SimpleGraph<>(DefaultEdge.class);
        graph.nodes().forEach(n -> links.addVertex(n.getId()));
        for (Edge e : graph.edges().toList()) {
            String a = e.getSourceNode().getId();
            String b = e.getTargetNode().getId();
            if (!a.equals(b) && !links.containsEdge(a, b)) {
                links.addEdge(a, b); // two roles between the same person and case pull as one link
            }
        }
        int n = graph.getNodeCount();
        int rounds = Math.max(60, Math.min(ROUNDS, ROUNDS * 2_000 / n));
        double side = Math.sqrt(n) * 10;
        MapLayoutModel2D<String> model = new MapLayoutModel2D<>(new Box2D(side, side));
        new IndexedFRLayoutAlgorithm2D<String, DefaultEdge>(rounds, THETA,
                IndexedFRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR, new Random(seed)).layout(links, model);

        double total = 0;
        for (DefaultEdge e : links.edgeSet()) {
            total += distance(model.get(links.getEdgeSource(e)), model.get(links.getEdgeTarget(e)));
        }
        double unit = links.edgeSet().isEmpty() || total == 0 ? 1 : total / links.edgeSet().size();
        Map<String, double[]> positions = new HashMap<>();
        for (Node node : graph) {
            Point2D p = model.get(node.getId());
            double[] xy = {(p.getX() - side / 2) / unit, (p.getY() - side / 2) / unit};
            positions.put(node.getId(), xy);
            node.setAttribute("xyz", xy[0], xy[1], 0.0);
        }
        graph.setAttribute("layout.steps", rounds);
        graph.setAttribute("layout.stable", true); // cooled: the last rounds move nothing
        return positions;
    }

    private static double distance(Point2D a, Point2D b) {
        return Math.hypot(a.getX() - b.getX(), a.getY() - b.getY());
    }
}
