package org.casebook.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebook.export.NetworkExport;
import org.casebook.model.EntityKind;
import org.casebook.model.Network;
import org.casebook.store.EntityStore;
import org.casebook.store.Workspace;
import org.casebook.testing.DemoCorpus;
import org.graphstream.graph.Graph;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.stream.file.FileSource;
import org.graphstream.stream.file.FileSourceGEXF;
import org.graphstream.stream.file.FileSourceGraphML;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network of the demo corpus: faithful to the workspace's links, narrowed, explored and exported. */
class NetworkBuilderTest {

    @TempDir
    static Path temp;
    static Workspace workspace;
    static Network network;

    @BeforeAll
    static void build() {
        workspace = DemoCorpus.resolved(temp.resolve("network.db"));
        network = new NetworkBuilder(workspace).build(NetworkBuilder.Filter.ALL);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static long person(String name) {
        return workspace.entities().entities(EntityKind.PERSON).stream().filter(p -> p.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    @Test
    void everyRoleAndRelationOfTheWorkspaceIsALabelledEdge() {
        Set<String> links = new HashSet<>();
        for (EntityStore.RoleRow r : workspace.entities().roles()) {
            links.add(Network.personId(r.personId()) + " " + r.role() + " " + Network.caseId(r.caseId()));
        }
        for (EntityStore.RelationRow r : workspace.entities().relations()) {
            links.add(Network.personId(r.personId()) + " " + r.relation() + " " + Network.personId(r.otherId()));
        }
        Set<String> edges = network.edges().stream().map(e -> e.source() + " " + e.role() + " " + e.target())
                .collect(Collectors.toSet());

        assertThat(links).isNotEmpty();
        assertThat(edges).isEqualTo(links);
        assertThat(network.nodes()).extracting(Network.Node::kind).containsOnly("person", "case");
        assertThat(network.nodes()).anySatisfy(n -> assertThat(n.label()).isEqualTo("Prosecution of Vladimir Kozlov"));
    }

    @Test
    void theEgoNetworkGrowsWithDepthAndTheShortestPathCrossesCases() {
        String kozlov = Network.personId(person("Vladimir Kozlov"));
        Network one = NetworkBuilder.ego(network, kozlov, 1);
        Network two = NetworkBuilder.ego(network, kozlov, 2);

        assertThat(one.nodes()).extracting(Network.Node::label).contains("Vladimir Kozlov", "Prosecution of Vladimir Kozlov");
        assertThat(two.nodes().size()).isGreaterThan(one.nodes().size());
        assertThat(two.nodes()).containsAll(one.nodes());

        String yerimbetov = Network.personId(person("Iskander Yerimbetov"));
        List<String> path = NetworkBuilder.shortestPath(network, kozlov, yerimbetov).orElseThrow();
        assertThat(path).startsWith(kozlov).endsWith(yerimbetov);
        for (int i = 1; i < path.size(); i++) {
            String a = path.get(i - 1);
            String b = path.get(i);
            assertThat(network.edges()).anyMatch(e -> e.source().equals(a) && e.target().equals(b)
                    || e.source().equals(b) && e.target().equals(a));
        }
    }

    @Test
    void filtersKeepOnlyWhatIsAsked() {
        Network advocates = new NetworkBuilder(workspace).build(
                new NetworkBuilder.Filter(null, null, Set.of(), Set.of("advocate"), 0));
        Network busy = new NetworkBuilder(workspace).build(new NetworkBuilder.Filter(null, null, Set.of(), Set.of(), 3));
        Network in2019 = new NetworkBuilder(workspace).build(new NetworkBuilder.Filter(
                java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 12, 31), Set.of(), Set.of(), 0));

        assertThat(advocates.edges()).isNotEmpty().allSatisfy(e -> assertThat(e.role()).isEqualTo("advocate"));
        Map<String, Integer> degree = NetworkBuilder.degrees(network); // links counted before nodes are left out
        assertThat(busy.nodes()).isNotEmpty().hasSizeLessThan(network.nodes().size())
                .allSatisfy(n -> assertThat(degree.get(n.id())).isGreaterThanOrEqualTo(3));
        assertThat(in2019.edges()).isNotEmpty().hasSizeLessThan(network.edges().size());
        Map<Long, String> dates = workspace.entities().itemDates(in2019.edges().stream()
                .flatMap(e -> e.evidence().stream()).toList());
        assertThat(in2019.edges()).allSatisfy(e -> assertThat(e.evidence()).anyMatch(item -> dates.get(item).startsWith("2019")));
    }

    @Test
    void gexfAndGraphmlReadBackWithLabelsKindsAndRoles() throws Exception {
        Graph graph = NetworkGraph.of(network);
        for (NetworkExport.Format format : NetworkExport.Format.values()) {
            Path file = temp.resolve("network." + format.name().toLowerCase());
            NetworkExport.write(graph, format, file);

            Graph back = new MultiGraph("back");
            FileSource source = format == NetworkExport.Format.GEXF ? new FileSourceGEXF() : new FileSourceGraphML();
            source.addSink(back);
            source.readAll(file.toString());

            assertThat(back.getNodeCount()).isEqualTo(network.nodes().size());
            assertThat(back.getEdgeCount()).isEqualTo(network.edges().size());
            for (Network.Node n : network.nodes()) {
                assertThat(back.getNode(n.id())).as(n.id()).isNotNull();
                assertThat((Object) back.getNode(n.id()).getAttribute("label")).isEqualTo(n.label());
                assertThat((Object) back.getNode(n.id()).getAttribute("kind")).isEqualTo(n.kind());
            }
            Set<String> roles = back.edges().map(e -> e.getSourceNode().getId() + " " + e.getAttribute("role") + " "
                    + e.getTargetNode().getId()).collect(Collectors.toSet());
            assertThat(roles).isEqualTo(network.edges().stream().map(e -> e.source() + " " + e.role() + " " + e.target())
                    .collect(Collectors.toSet()));
        }
    }
}
