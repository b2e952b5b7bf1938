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

    public static Graph of(Network network) {
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
        BetweennessCentrality betweenness = new BetweennessCentrality("betweenness");
        betweenness.setUnweighted();
        betweenness.init(graph);
        betweenness.compute();
        return graph;
    }
}
