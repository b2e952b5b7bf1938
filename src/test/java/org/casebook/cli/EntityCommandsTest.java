package org.casebook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casebook.testing.DemoCorpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity commands on the demo corpus: their JSON contract, name lookup, and corrections that last. */
class EntityCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;
    String db;

    @BeforeEach
    void importDemo() {
        db = temp.resolve("ws.db").toString();
        CliRun imported = CliRun.of("--db", db, "import", DemoCorpus.DIR.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", db));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<JsonNode> lines(String... args) {
        CliRun result = run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.outLines().stream().map(EntityCommandsTest::json).toList();
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private JsonNode dossier(String name) {
        CliRun result = run("dossier", name, "--json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return json(result.out());
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void personsListEveryFormOfTheName() {
        List<JsonNode> persons = lines("persons", "--json");

        assertThat(persons).allSatisfy(p -> assertThat(keys(p)).containsExactly("id", "name", "aliases", "items", "cases"));
        JsonNode tokayev = persons.stream().filter(p -> texts(p.get("aliases")).contains("Kasym-Zhomart Tokayev"))
                .findFirst().orElseThrow();
        assertThat(texts(tokayev.get("aliases"))).contains("Kassym-Jomart Tokayev", "Tokayev");
    }

    @Test
    void aDossierIsFoundByAnySpellingAndHasTheContractKeys() {
        JsonNode byVariant = dossier("Tokaev");
        JsonNode byCyrillic = dossier("Токаев");

        assertThat(keys(byVariant)).containsExactly("id", "name", "aliases", "cases", "relations", "items",
                "first_seen", "last_seen");
        assertThat(byVariant.get("id")).isEqualTo(byCyrillic.get("id"));
        assertThat(byVariant.get("name").asText()).contains("Tokayev");
        assertThat(byVariant.get("items").size()).isPositive();
        assertThat(byVariant.get("last_seen").asText()).startsWith("20");
    }

    @Test
    void differentPeopleWithOneFirstNameStayApart() {
        assertThat(dossier("Mukhtar Ablyazov").get("id")).isNotEqualTo(dossier("Mukhtar Dzhakishev").get("id"));
        assertThat(dossier("Alma Shalabayeva").get("id")).isNotEqualTo(dossier("Syrym Shalabayev").get("id"));
    }

    @Test
    void casesNameTheirPersonsWithRoles() {
        List<JsonNode> cases = lines("cases", "--json");

        assertThat(cases).isNotEmpty().allSatisfy(c -> {
            assertThat(keys(c)).containsExactly("id", "name", "persons", "items", "first", "last");
            assertThat(c.get("persons")).allSatisfy(p -> assertThat(keys(p)).containsExactly("id", "name", "role"));
        });
        JsonNode kozlov = dossier("Vladimir Kozlov");
        assertThat(kozlov.get("cases")).anySatisfy(c -> {
            assertThat(keys(c)).containsExactly("id", "name", "role", "evidence");
            assertThat(c.get("name").asText()).isEqualTo("Prosecution of Vladimir Kozlov");
            assertThat(c.get("evidence").size()).isPositive();
        });
    }

    @Test
    void organisationsAndPlacesAreListed() {
        assertThat(lines("orgs", "--json")).anySatisfy(o -> assertThat(o.get("name").asText())
                .isEqualTo("Open Dialog Foundation"));
        assertThat(lines("places", "--json")).anySatisfy(p -> assertThat(p.get("name").asText()).isEqualTo("Almaty"));
    }

    @Test
    void aMergeSurvivesReimportAndReextractionAndCanBeUndone() throws IOException {
        long botagoz = dossier("Botagoz Jardemalie").get("id").asLong();
        long yerimbetov = dossier("Iskander Yerimbetov").get("id").asLong();

        CliRun merged = run("merge", "Botagoz Jardemalie", "Iskander Yerimbetov");
        assertThat(merged.exitCode()).as(merged.err()).isZero();
        assertThat(texts(dossier("Yerimbetov").get("aliases"))).contains("Botagoz Jardemalie");

        Path more = Files.writeString(temp.resolve("more.txt"), "On 3 May 2021 Iskander Yerimbetov appealed "
                + "against his sentence in Almaty.\nOn 4 May 2021 the lawyer Botagoz Jardemalie spoke in Brussels.\n");
        assertThat(run("import", more.toString()).exitCode()).isZero();
        assertThat(run("resolve", "--reextract").exitCode()).isZero();
        assertThat(dossier("Yerimbetov").get("id").asLong()).isEqualTo(botagoz);

        CliRun undone = run("undo");
        assertThat(undone.out()).contains("Undid merge");
        assertThat(dossier("Yerimbetov").get("id").asLong()).isNotEqualTo(dossier("Jardemalie").get("id").asLong());
        assertThat(dossier("Iskander Yerimbetov").get("id").asLong()).isEqualTo(yerimbetov);
    }

    @Test
    void renameAliasSplitAndNotPersonAreKept() {
        assertThat(run("rename", "Tokayev", "Kassym-Jomart Tokayev (President)").exitCode()).isZero();
        assertThat(run("alias", "Tokayev", "Тоқаев").exitCode()).isZero();
        assertThat(dossier("Тоқаев").get("name").asText()).isEqualTo("Kassym-Jomart Tokayev (President)");

        assertThat(run("split", "Tokayev", "Kasym-Zhomart Tokayev").exitCode()).isZero();
        assertThat(dossier("Kasym-Zhomart Tokayev").get("id")).isNotEqualTo(dossier("Kassym-Jomart Tokayev").get("id"));

        assertThat(run("not-person", "Kasym-Zhomart Tokayev").exitCode()).isZero();
        assertThat(lines("persons", "--json")).noneSatisfy(p -> assertThat(texts(p.get("aliases")))
                .contains("Kasym-Zhomart Tokayev"));
    }

    @Test
    void oneMentionCanBeMarkedAsNotAPerson() throws IOException {
        Path ships = Files.writeString(temp.resolve("ships.txt"), "On 3 May 2021 the activist Erlan Kaliyev was "
                + "detained in Aktau.\nOn 9 May 2021 the tanker Erlan Kaliyev left the port of Aktau for Baku.\n");
        assertThat(run("import", ships.toString()).exitCode()).isZero();
        List<String> before = texts(dossier("Erlan Kaliyev").get("items"));
        String tanker = lines("items", "--json", "--source", "ships.txt").stream()
                .filter(i -> i.get("text").asText().contains("tanker")).map(i -> i.get("id").asText())
                .findFirst().orElseThrow();

        assertThat(run("not-person", "Erlan Kaliyev", "--item", tanker).exitCode()).isZero();

        assertThat(before).contains(tanker).hasSize(2);
        assertThat(texts(dossier("Erlan Kaliyev").get("items"))).doesNotContain(tanker).hasSize(1);
    }

    @Test
    void linkAndUnlinkAPersonToACase() {
        CliRun linked = run("link", "Botagoz Jardemalie", "Prosecution of Iskander Yerimbetov", "--role", "lawyer");
        assertThat(linked.exitCode()).as(linked.err()).isZero();
        assertThat(dossier("Jardemalie").get("cases")).anySatisfy(c -> {
            assertThat(c.get("name").asText()).isEqualTo("Prosecution of Iskander Yerimbetov");
            assertThat(c.get("role").asText()).isEqualTo("lawyer");
        });

        assertThat(run("unlink", "Botagoz Jardemalie", "Prosecution of Iskander Yerimbetov", "--role", "lawyer")
                .exitCode()).isZero();
        assertThat(dossier("Jardemalie").get("cases")).noneSatisfy(c -> {
            assertThat(c.get("name").asText()).isEqualTo("Prosecution of Iskander Yerimbetov");
            assertThat(c.get("role").asText()).isEqualTo("lawyer");
        });
    }

    @Test
    void personsThatMayBeOneAreSuggestedNotMerged() throws IOException {
        Path reports = temp.resolve("shevchenko.txt");
        Files.writeString(reports, "14 March 2019 – Pavlo Shevchenko, a journalist, was released in Kyiv.\n"
                + "12 March 2019 – Pavel Shevchenko was detained in Kharkiv.\n");
        assertThat(run("import", reports.toString()).exitCode()).isZero();
        long pavlo = dossier("Pavlo Shevchenko").get("id").asLong();
        long pavel = dossier("Pavel Shevchenko").get("id").asLong();

        assertThat(pavlo).isNotEqualTo(pavel);
        assertThat(lines("suggestions", "--json")).anySatisfy(s -> assertThat(List.of(s.get("person").asLong(),
                s.get("other").asLong())).containsExactlyInAnyOrder(pavlo, pavel));
    }

    @Test
    void searchPrintsRankedJsonLinesAndRunsBatchesWithErrorsPerQuery() throws IOException {
        List<JsonNode> hits = lines("search", "--json", "--limit", "3", "Tokaev");
        assertThat(hits).hasSize(3).allSatisfy(h -> assertThat(keys(h)).containsExactly("id", "source", "line",
                "locator", "date", "score", "snippet"));
        assertThat(run("search", "--count", "Токаев").out().trim()).isEqualTo(run("search", "--count", "Tokayev").out().trim());

        Path queries = Files.writeString(temp.resolve("queries.txt"), "Kozlov\n\"unclosed\n");
        List<JsonNode> batch = lines("search", "--batch", queries.toString(), "--limit", "1");
        assertThat(batch).hasSize(2);
        assertThat(keys(batch.get(0))).containsExactly("query", "total", "results");
        assertThat(keys(batch.get(1))).containsExactly("query", "error");
        assertThat(batch.get(1).get("error").asText()).contains("at position 1");

        CliRun broken = run("search", "Kozlov OR");
        assertThat(broken.exitCode()).isEqualTo(CasebookCommand.EXIT_ERROR);
        assertThat(broken.errLines()).containsExactly("casebook: search: OR needs a term on both sides at position 8");
    }

    @Test
    void tagsAreSearchableAndRemovable() throws IOException {
        List<JsonNode> kozlov = lines("search", "--json", "--limit", "2", "Kozlov");
        String first = kozlov.get(0).get("id").asText();
        String second = kozlov.get(1).get("id").asText();

        assertThat(run("tag", first, "To-Verify", "brief").out().trim()).isEqualTo("#" + first + " brief, To-Verify");
        run("tag", second, "to-verify");

        assertThat(lines("search", "--json", "--limit", "0", "tag:to-verify")).extracting(h -> h.get("id").asText())
                .containsExactlyInAnyOrder(first, second);
        assertThat(run("search", "--count", "tag:brief Kozlov").out().trim()).isEqualTo("1");
        assertThat(run("tag", "--list").outLines()).containsExactly("To-Verify\t2", "brief\t1");

        run("tag", "--remove", first, "brief");
        CliRun gone = run("search", "tag:brief");
        assertThat(gone.exitCode()).isEqualTo(CasebookCommand.EXIT_ERROR);
        assertThat(gone.errLines()).containsExactly("casebook: search: tag: no item is tagged 'brief' at position 1");
        assertThat(run("tag", "999999", "x").errLines()).containsExactly("casebook: no item #999999");
    }

    @Test
    void networkPrintsNodesAndEdgesAsJsonAndExportsForGephi() throws IOException {
        JsonNode all = lines("network", "--json").get(0);
        JsonNode kozlov = lines("network", "--json", "--person", "Kozlov").get(0);

        assertThat(keys(all)).containsExactly("nodes", "edges");
        assertThat(all.get("nodes")).isNotEmpty().allSatisfy(n -> assertThat(keys(n)).containsExactly("id", "label", "kind"));
        assertThat(all.get("edges")).isNotEmpty().allSatisfy(e -> assertThat(keys(e)).containsExactly("source", "target", "role"));
        assertThat(kozlov.get("nodes").size()).isLessThan(all.get("nodes").size());
        assertThat(kozlov.get("edges")).anySatisfy(e -> assertThat(e.get("role").asText()).isEqualTo("defendant"));

        Path gexf = temp.resolve("out").resolve("kozlov.gexf");
        assertThat(run("network", "--person", "Kozlov", "--depth", "2", "--export", gexf.toString()).outLines())
                .singleElement().asString().startsWith("Wrote ");
        assertThat(Files.readString(gexf)).contains("<gexf").contains("Vladimir Kozlov");
        assertThat(run("network", "--export", temp.resolve("x.svg").toString()).errLines()).singleElement().asString()
                .contains("--export writes .gexf, .graphml or .png");
        Path png = temp.resolve("out").resolve("kozlov.png");
        assertThat(run("network", "--person", "Kozlov", "--depth", "2", "--export", png.toString()).outLines())
                .singleElement().asString().startsWith("Wrote ");
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1200);
    }

    @Test
    void aMistypedWorkspaceIsAnErrorNotAnEmptyWorkspace() {
        String missing = temp.resolve("typo").resolve("ws.db").toString();

        CliRun run = CliRun.of("--db", missing, "persons");

        assertThat(run.exitCode()).isEqualTo(CasebookCommand.EXIT_ERROR);
        assertThat(run.errLines()).singleElement().asString().contains("no workspace here");
        assertThat(Path.of(missing)).doesNotExist();
    }

    @Test
    void unknownOrAmbiguousNamesAndRolesAreOneClearLine() {
        CliRun unknown = run("dossier", "Nobody Atall");
        assertThat(unknown.exitCode()).isEqualTo(CasebookCommand.EXIT_ERROR);
        assertThat(unknown.errLines()).containsExactly("casebook: no person named \"Nobody Atall\"");

        CliRun badRole = run("link", "Tokayev", "Prosecution of Vladimir Kozlov", "--role", "hero");
        assertThat(badRole.errLines()).singleElement().asString().contains("--role hero: not a role");

        assertThat(run("undo").errLines()).containsExactly("casebook: nothing to undo");
        assertThat(run("not-person", "Zzz Qqq").errLines()).containsExactly(
                "casebook: no person is written \"Zzz Qqq\" in this workspace");
    }
}
