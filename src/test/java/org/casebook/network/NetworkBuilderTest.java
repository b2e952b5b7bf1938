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
        Map<Long, String[]> dates = workspace.entities().itemDateRanges(in2019.edges().stream()
                .flatMap(e -> e.evidence().stream()).toList());
        assertThat(in2019.edges()).allSatisfy(e -> assertThat(e.evidence()).anyMatch(item ->
                dates.get(item)[0].compareTo("2019-12-31") <= 0 && dates.get(item)[1].compareTo("2019") >= 0));
    }

    @Test
    void aReportSpanningDaysShowsItsLinksOnItsLastDay() {
        Map<Long, String[]> ranges = workspace.entities().itemDateRanges(network.edges().stream()
                .flatMap(e -> e.evidence().stream()).distinct().toList());
        Map.Entry<Long, String[]> spanning = ranges.entrySet().stream()
                .filter(r -> r.getValue()[0].length() == 10 && !r.getValue()[0].equals(r.getValue()[1]))
                .findFirst().orElseThrow(() -> new AssertionError("the demo has reports dated over several days"));
        java.time.LocalDate lastDay = java.time.LocalDate.parse(spanning.getValue()[1]);

        Network thatDay = new NetworkBuilder(workspace).build(
                new NetworkBuilder.Filter(lastDay, lastDay, Set.of(), Set.of(), 0));

        assertThat(thatDay.edges()).anyMatch(e -> e.evidence().contains(spanning.getKey()));
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

    /**
     * The gold's person–case links (src/test/resources/gold/entities/cases.tsv) found as edges of the graph with
     * their role. A gold person is the resolved person sharing most forms of the name (as in EntityQualityTest). The
     * graph names its cases itself ("Prosecution of X (2012)" where the gold wrote "Arrest of X and Y (2012)"), so
     * each gold case is paired with one case node whose name shares a name or year with it or with the persons it is
     * about, each node with at most one gold case: pairs holding more of the gold case's links first, then pairs whose names share more words.
     */
    @Test
    void theGraphHoldsTheGoldsPersonCaseLinks() throws Exception {
        Path gold = Path.of("src", "test", "resources", "gold", "entities");
        Map<String, Set<String>> forms = new java.util.HashMap<>();
        Map<String, String> canonical = new java.util.HashMap<>();
        for (String[] row : tsv(gold.resolve("persons.tsv"))) {
            canonical.put(row[0], row[1]);
            forms.put(row[0], java.util.Arrays.stream(row[2].split("\\|")).map(String::trim).collect(Collectors.toSet()));
        }
        List<EntityStore.EntityRow> persons = workspace.entities().entities(EntityKind.PERSON);
        Map<String, String> caseLabels = new java.util.TreeMap<>();
        network.nodes().stream().filter(n -> n.kind().equals("case")).forEach(n -> caseLabels.put(n.id(), n.label()));
        Set<String> roleEdges = network.edges().stream().map(e -> e.source() + " " + e.target() + " " + roleClass(e.role()))
                .collect(Collectors.toSet());

        Map<String, List<GoldLink>> goldCases = new java.util.LinkedHashMap<>();
        for (String[] row : tsv(gold.resolve("cases.tsv"))) {
            Set<String> names = forms.getOrDefault(row[2], Set.of());
            String personId = persons.stream().filter(p -> p.aliases().stream().anyMatch(names::contains))
                    .max(java.util.Comparator.comparingLong(p -> p.aliases().stream().filter(names::contains).count()))
                    .map(p -> Network.personId(p.id())).orElse(null);
            goldCases.computeIfAbsent(row[0], k -> new java.util.ArrayList<>())
                    .add(new GoldLink(row[1], canonical.get(row[2]), personId, roleClass(row[3])));
        }
        record Pair(String goldCase, String caseId, long links, long sharedWords) {
        }
        List<Pair> pairs = new java.util.ArrayList<>();
        goldCases.forEach((goldCase, links) -> caseLabels.forEach((caseId, label) -> {
            long held = links.stream().filter(l -> roleEdges.contains(l.personId() + " " + caseId + " " + l.role()))
                    .count();
            Set<String> words = words(links.get(0).caseName());
            Set<String> about = new HashSet<>(words); // names in the case's name, or of the ones it is about
            about.removeIf(w -> w.chars().allMatch(Character::isDigit));
            links.stream().filter(l -> l.role().equals("defendant") || l.role().equals("victim"))
                    .forEach(l -> about.addAll(words(l.person())));
            if (held > 0 && sameKind(links.get(0).caseName(), label) && words(label).stream().anyMatch(about::contains)) {
                pairs.add(new Pair(goldCase, caseId, held, words(label).stream().filter(words::contains).count()));
            }
        }));
        pairs.sort(java.util.Comparator.comparingLong(Pair::links).thenComparingLong(Pair::sharedWords).reversed()
                .thenComparing(Pair::goldCase).thenComparing(Pair::caseId));
        Map<String, String> paired = new java.util.HashMap<>();
        Set<String> taken = new HashSet<>();
        for (Pair pair : pairs) {
            if (!paired.containsKey(pair.goldCase()) && taken.add(pair.caseId())) {
                paired.put(pair.goldCase(), pair.caseId());
            }
        }

        int links = 0;
        int found = 0;
        List<String> missed = new java.util.ArrayList<>();
        for (Map.Entry<String, List<GoldLink>> goldCase : goldCases.entrySet()) {
            String caseId = paired.get(goldCase.getKey());
            for (GoldLink link : goldCase.getValue()) {
                links++;
                if (caseId != null && roleEdges.contains(link.personId() + " " + caseId + " " + link.role())) {
                    found++;
                } else {
                    missed.add(link.caseName() + " / " + link.person() + " " + link.role() + " (case node: "
                            + (caseId == null ? "none" : caseLabels.get(caseId)) + ")");
                }
            }
        }
        System.out.printf("network gold link recall: %d/%d person-case links are edges with the gold's role (%.3f)%n",
                found, links, (double) found / links);
        // and the other way round: of the links the graph draws to the paired case nodes, how many the gold holds
        Set<String> goldEdges = new HashSet<>();
        goldCases.forEach((goldCase, goldLinks) -> goldLinks.forEach(l -> goldEdges.add(l.personId() + " "
                + paired.get(goldCase) + " " + l.role())));
        Set<String> drawn = roleEdges.stream().filter(e -> paired.containsValue(e.split(" ")[1]))
                .collect(Collectors.toSet());
        long right = drawn.stream().filter(goldEdges::contains).count();
        System.out.printf("network links to the paired cases: %d drawn, %d in the gold (precision %.3f)%n",
                drawn.size(), right, (double) right / drawn.size());
        Map<String, String> labels = network.nodes().stream().collect(Collectors.toMap(Network.Node::id,
                Network.Node::label));
        drawn.stream().filter(e -> !goldEdges.contains(e)).map(e -> e.split(" ")).map(e -> labels.get(e[1]) + " / "
                + labels.get(e[0]) + " " + e[2]).sorted().forEach(e -> System.out.println("  not in the gold: " + e));
        assertThat((double) right / drawn.size()).isGreaterThanOrEqualTo(PAIRED_CASE_PRECISION_FLOOR);
        assertThat(missed).as("gold person-case links missing from the graph").isEmpty();
    }

    /**
     * The gold names who takes part in its cases as far as its evidence items go; links it does not hold are not all
     * wrong (Axel Fischer's letter names many prisoners), so this floor guards against drawing many more, not fewer.
     * Measured 0.755 (83 of 110).
     */
    static final double PAIRED_CASE_PRECISION_FLOOR = 0.72;

    private record GoldLink(String caseName, String person, String personId, String role) {
    }

    /** An extradition is paired with an extradition, a prosecution (arrest, trial, …) with a prosecution. */
    private static boolean sameKind(String goldName, String label) {
        String gold = goldName.toLowerCase(java.util.Locale.ROOT);
        boolean extradition = label.startsWith("Extradition");
        return gold.contains("extradition") && gold.contains("prosecution") || gold.contains("extradition") == extradition;
    }

    /** The words of a case's name that say which case it is: names and years, not "Prosecution of". */
    private static Set<String> words(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4 && !CASE_WORDS.contains(w)).collect(Collectors.toSet());
    }

    private static final Set<String> CASE_WORDS = Set.of("prosecution", "extradition", "arrest", "detention",
            "trial", "imprisonment", "conviction", "case", "attempt", "against", "request", "requests", "threat",
            "from", "expulsion", "acquittal");

    private static List<String[]> tsv(Path file) throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }

    /** Defendant and detainee are one class (as in EntityQualityTest). */
    private static String roleClass(String role) {
        return role.equals("detainee") ? "defendant" : role;
    }
}
