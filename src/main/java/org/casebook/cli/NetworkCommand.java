package org.casebook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.export.NetworkExport;
import org.casebook.export.NetworkImage;
import org.casebook.model.EntityKind;
import org.casebook.model.Network;
import org.casebook.network.NetworkBuilder;
import org.casebook.network.NetworkGraph;
import org.casebook.network.NetworkLayout;
import org.graphstream.graph.Graph;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code casebook network}: who is linked to which case, as text, JSON, GEXF, GraphML or a PNG picture. */
@Command(name = "network", description = "Persons and cases, linked by roles and relations; the whole workspace or "
        + "the network around one person.")
final class NetworkCommand extends EntityCommand {

    static final long LAYOUT_SEED = 42;
    static final long LAYOUT_MILLIS = 10_000;
    static final int PNG_WIDTH = 1600;
    static final int PNG_HEIGHT = 1200;

    @Option(names = "--person", paramLabel = "NAME", description = "Only the network around this person (id or any spelling).")
    String person;

    @Option(names = "--depth", paramLabel = "N", description = "With --person: links away from the person "
            + "(1: the person's cases and relations, 2: also their people; default: ${DEFAULT-VALUE}).")
    int depth = 1;

    @Option(names = "--from", paramLabel = "DATE", description = "Only links shown by an item dated from then (2019, 2019-03, 2019-03-19).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only links shown by an item dated up to then.")
    String to;

    @Option(names = "--case", paramLabel = "ID", description = "Only this case (repeatable).")
    List<Long> cases = List.of();

    @Option(names = "--role", paramLabel = "ROLE", description = "Only links with this role or relation (repeatable): "
            + "defendant, detainee, victim, relative, lawyer, judge, prosecutor, official, journalist, advocate, "
            + "spouse, lawyer-of, …")
    List<String> roles = List.of();

    @Option(names = "--min-degree", paramLabel = "N", description = "Only nodes with at least N links.")
    int minDegree;

    @Option(names = "--export", paramLabel = "FILE", description = "Write the network to FILE.gexf or FILE.graphml (Gephi opens both), "
            + "or draw it to FILE.png (laid out as in the window; no display needed).")
    Path export;

    @Override
    void run(Workspace workspace, PrintWriter out) throws Exception {
        if (depth < 1) {
            throw new CliException("--depth must be 1 or more");
        }
        NetworkExport.Format format = export == null ? null : NetworkExport.Format.of(export);
        boolean png = export != null && export.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".png");
        if (export != null && format == null && !png) {
            throw new CliException(export + ": --export writes .gexf, .graphml or .png");
        }
        NetworkBuilder.Filter filter = new NetworkBuilder.Filter(DateArgument.startOf("--from", from),
                DateArgument.endOf("--to", to), Set.copyOf(cases), Set.copyOf(roles), minDegree);
        Network network = new NetworkBuilder(workspace).build(filter);
        if (person != null) {
            long id = CorrectionSupport.find(workspace, EntityKind.PERSON, person).id();
            network = NetworkBuilder.ego(network, Network.personId(id), depth);
        }
        if (png) {
            Graph graph = NetworkGraph.of(network);
            Map<String, double[]> positions = NetworkLayout.compute(graph, LAYOUT_SEED, LAYOUT_MILLIS);
            NetworkImage.write(graph, positions, PNG_WIDTH, PNG_HEIGHT, export, NetworkGraph::group);
        } else if (export != null) {
            NetworkExport.write(NetworkGraph.of(network), format, export);
        }
        if (json) {
            out.println(Json.mapper().writeValueAsString(toJson(network)));
        } else if (export != null) {
            out.printf("Wrote %d nodes and %d links to %s%n", network.nodes().size(), network.edges().size(), export);
        } else {
            print(network, out);
        }
    }

    private static ObjectNode toJson(Network network) {
        ObjectNode root = Json.mapper().createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        network.nodes().forEach(n -> nodes.addObject().put("id", n.id()).put("label", n.label()).put("kind", n.kind()));
        ArrayNode edges = root.putArray("edges");
        network.edges().forEach(e -> edges.addObject().put("source", e.source()).put("target", e.target())
                .put("role", e.role()));
        return root;
    }

    private static void print(Network network, PrintWriter out) {
        Map<String, String> labels = new HashMap<>();
        network.nodes().forEach(n -> labels.put(n.id(), n.label()));
        long persons = network.nodes().stream().filter(n -> n.kind().equals("person")).count();
        out.printf("%d persons, %d cases, %d links%n", persons, network.nodes().size() - persons, network.edges().size());
        for (Network.Edge e : network.edges()) {
            out.printf("%s — %s%s — %s%n", labels.get(e.source()), e.role(), e.relation() ? " of" : " in",
                    labels.get(e.target()));
        }
    }
}
