package org.casebook.network;

import org.casebook.model.Network;
import org.graphstream.algorithm.BetweennessCentrality;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;

/**
 * A network as a GraphStream graph: nodes and edges keep Casebook's ids, {@code label}, {@code kind} and
 * {@code role} (what the exports write and the view shows); {@code degree} and {@code betweenness} are measured.
 */
public final class NetworkGraph {

    private NetworkGraph() {
    }

    /**
     * The colour group of a role or relation, shared by the window's stylesheet (ui.class) and the PNG export:
     * {@code accused} (defendant, detainee, victim), {@code defence} (lawyer, advocate, journalist, lawyer-of),
     * {@code state} (judge, prosecutor, official) and {@code kin} (relatives and the other relations).
     */
    public static String group(String role) {
        return switch (role) {
            case "defendant", "detainee", "victim" -> "accused";
            case "lawyer", "advocate", "journalist", "lawyer-of" -> "defence";
            case "judge", "prosecutor", "official" -> "state";
            default -> "kin";
        };
    }

    public static Graph of(Network network) {
        return of(network, true);
    }

    /**
     * The graph, with betweenness measured or not: gs-algo's exact betweenness takes about 30 s on 2,000 nodes and
     * 10,000 links (docs/performance.md), so the window leaves it out of large networks.
     */
    public static Graph of(Network network, boolean withBetweenness) {
        Graph graph = new MultiGraph("casebook");
        graph.setStrict(false);
        for (Network.Node n : network.nodes()) {
            Node node = graph.addNode(n.id());
            node.setAttribute("label", n.label());
            node.setAttribute("kind", n.kind());
        }
        int k = 0;
        for (Network.Edge e : network.edges()) {
            Edge edge = graph.addEdge("e" + k++, e.source(), e.target(), e.relation());
            edge.setAttribute("role", e.role());
            edge.setAttribute("label", e.role());
            edge.setAttribute("kind", e.relation() ? "relation" : "role");
            edge.setAttribute("evidence", e.evidence().size());
        }
        for (Node node : graph) {
            node.setAttribute("degree", node.getDegree());
        }
        if (!withBetweenness) {
            return graph;
        }
        BetweennessCentrality betweenness = new BetweennessCentrality("betweenness");
        betweenness.setUnweighted();
        betweenness.init(graph);
        betweenness.compute();
        return graph;
    }
}
