package org.casebook.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.casebook.model.Network;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.junit.jupiter.api.Test;

/** Pictures of networks too large for the animated layout: spread out, linked nodes near each other, repeatable. */
class NetworkLayoutTest {

    private static final Network LARGE = SyntheticNetwork.generate(NetworkLayout.FAST_ABOVE + 300, 3_000, 3);

    @Test
    void aLargeNetworkIsSpreadOutWithLinkedNodesCloserThanOthers() {
        Graph graph = NetworkGraph.of(LARGE, false);
        Map<String, double[]> at = NetworkLayout.compute(graph, 42, 30_000);

        assertThat(at).hasSize(graph.getNodeCount());
        assertThat(at.values()).allSatisfy(p -> assertThat(Double.isFinite(p[0]) && Double.isFinite(p[1])).isTrue());
        double linked = graph.edges().mapToDouble(e -> length(at, e)).average().orElseThrow();
        java.util.Set<String> spots = new java.util.HashSet<>();
        at.values().forEach(p -> spots.add(Math.round(p[0] * 20) + ":" + Math.round(p[1] * 20)));
        assertThat(spots.size()).isGreaterThan(at.size() * 9 / 10); // not piled up (a twentieth of a link apart)
        List<String> ids = List.copyOf(at.keySet());
        Random random = new Random(1);
        double any = 0;
        for (int i = 0; i < 2_000; i++) {
            any += distance(at.get(ids.get(random.nextInt(ids.size()))), at.get(ids.get(random.nextInt(ids.size()))));
        }
        assertThat(linked).isLessThan(0.8 * any / 2_000); // at random positions they would be alike
    }

    @Test
    void theSameSeedGivesTheSamePicture() {
        Map<String, double[]> first = NetworkLayout.compute(NetworkGraph.of(LARGE, false), 7, 30_000);
        Map<String, double[]> again = NetworkLayout.compute(NetworkGraph.of(LARGE, false), 7, 30_000);

        first.forEach((id, p) -> assertThat(again.get(id)).containsExactly(p));
    }

    private static double length(Map<String, double[]> at, Edge e) {
        return distance(at.get(e.getSourceNode().getId()), at.get(e.getTargetNode().getId()));
    }

    private static double distance(double[] a, double[] b) {
        return Math.hypot(a[0] - b[0], a[1] - b[1]);
    }
}
