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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract that scripts depend on: commands, flags, JSON keys, exit codes, error lines. */
class CommandLineTest {

    private static final List<String> ITEM_KEYS = List.of("id", "source", "locator", "line", "date", "date_end",
            "precision", "date_origin", "lang", "duplicate_of", "text");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static String db;
    static CliRun firstImport;

    @BeforeAll
    static void importDemo() {
        db = temp.resolve("demo.db").toString();
        firstImport = CliRun.of("--db", db, "import", "--json", DemoCorpus.DIR.toString());
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> items(String... options) {
        List<String> args = new ArrayList<>(List.of("--db", db, "items", "--json"));
        args.addAll(List.of(options));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.outLines().stream().map(CommandLineTest::json).toList();
    }

    @Test
    void importPrintsOneJsonSummary() {
        assertThat(firstImport.exitCode()).as(firstImport.err()).isZero();
        assertThat(firstImport.err()).isEmpty();
        JsonNode summary = json(firstImport.out());
        assertThat(summary.get("sources").get("imported").asInt()).isEqualTo(5);
        assertThat(summary.get("items").asInt()).isEqualTo(742);
        assertThat(summary.get("duplicates").asInt()).isPositive();
        JsonNode precision = summary.get("precision");
        assertThat(precision.get("day").asInt() + precision.get("month").asInt() + precision.get("year").asInt()
                + precision.get("unknown").asInt()).isEqualTo(742);
        assertThat(summary.get("rejected")).isEmpty();
    }

    @Test
    void reimportSaysNothingWasAdded() {
        CliRun again = CliRun.of("--db", db, "import", DemoCorpus.DIR.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Sources: 0 imported, 5 already imported, 0 rejected")
                .contains("Items: 0 stored").contains("nothing added");
    }

    @Test
    void itemsJsonHasExactlyTheContractKeys() {
        List<JsonNode> items = items("--all");

        assertThat(items).hasSize(742);
        for (JsonNode item : items) {
            List<String> keys = new ArrayList<>();
            item.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(ITEM_KEYS);
        }
        JsonNode listItem = items.stream().filter(i -> i.get("source").asText().equals(DemoCorpus.LIST_002)
                && i.get("line").asInt() == 5).findFirst().orElseThrow();
        assertThat(listItem.get("locator").toString()).isEqualTo("{\"line\":5}");
        assertThat(listItem.get("date").asText()).isEqualTo("2020-03-19");
        assertThat(listItem.get("date_end").isNull()).isTrue();
        assertThat(listItem.get("precision").asText()).isEqualTo("day");
        assertThat(listItem.get("date_origin").asText()).isEqualTo("stated");
        assertThat(listItem.get("lang").asText()).isEqualTo("en");
        JsonNode document = items.stream().filter(i -> i.get("source").asText().equals(DemoCorpus.DOC_003))
                .findFirst().orElseThrow();
        assertThat(document.get("line").isNull()).isTrue();
        assertThat(document.get("locator").has("page")).isTrue();
        assertThat(document.get("locator").has("paragraph")).isTrue();
    }

    @Test
    void itemsAreNewestFirstWithUndatedLastAndEachReportOnce() {
        List<JsonNode> items = items();

        assertThat(items).allSatisfy(i -> assertThat(i.get("duplicate_of").isNull()).isTrue());
        assertThat(items.size()).isLessThan(742);
        List<String> dates = items.stream().map(i -> i.get("date").asText(null)).toList();
        int firstUndated = dates.indexOf(null);
        assertThat(dates.subList(firstUndated, dates.size())).containsOnlyNulls();
        List<String> starts = dates.subList(0, firstUndated).stream().map(CommandLineTest::firstDay).toList();
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i - 1).compareTo(starts.get(i))).as(starts.get(i - 1) + " before " + starts.get(i))
                    .isGreaterThanOrEqualTo(0);
        }
    }

    /** The first day an ISO prefix covers: 2014 is 2014-01-01. */
    private static String firstDay(String isoPrefix) {
        return (isoPrefix + "-01-01").substring(0, 10);
    }

    @Test
    void itemsFilterByDateAndSource() {
        List<JsonNode> in2019 = items("--from", "2019", "--to", "2019");
        assertThat(in2019).isNotEmpty().allSatisfy(i -> assertThat(i.get("date").asText()).startsWith("2019"));

        List<JsonNode> march2020 = items("--from", "2020-03", "--to", "2020-03-31");
        assertThat(march2020).extracting(i -> i.get("date").asText()).allMatch(d -> d.startsWith("2020-03"));

        List<JsonNode> fromOneSource = items("--all", "--source", DemoCorpus.LIST_000);
        assertThat(fromOneSource).hasSize(45)
                .allSatisfy(i -> assertThat(i.get("source").asText()).isEqualTo(DemoCorpus.LIST_000));
    }

    @Test
    void statsCountTheWorkspace() {
        CliRun run = CliRun.of("--db", db, "stats", "--json");

        JsonNode stats = json(run.out());
        assertThat(stats.get("sources").asInt()).isEqualTo(5);
        assertThat(stats.get("items").asInt()).isEqualTo(742);
        assertThat(stats.get("reports").asInt() + stats.get("duplicates").asInt()).isEqualTo(742);
        assertThat(stats.get("lang").get("en").asInt()).isPositive();
        assertThat(CliRun.of("--db", db, "stats").out()).contains("Items: 742");
    }

    @Test
    void aWorkspaceThatIsNotSqliteGivesOneErrorLineAndIsLeftAlone() throws IOException {
        Path notes = Files.writeString(temp.resolve("notes.txt"), "shopping list\n");

        CliRun run = CliRun.of("--db", notes.toString(), "stats");

        assertThat(run.exitCode()).isEqualTo(CasebookCommand.EXIT_ERROR);
        assertThat(run.errLines()).containsExactly("casebook: " + notes.toAbsolutePath()
                + ": not a Casebook workspace (the file is not an SQLite database)");
        assertThat(Files.readString(notes)).isEqualTo("shopping list\n");
    }

    @Test
    void aRejectedFileIsNamedOnStderrWithItsReasonAndANonZeroExit() throws IOException {
        Path empty = Files.createFile(temp.resolve("empty.txt"));
        String before = CliRun.of("--db", db, "stats", "--json").out();

        CliRun run = CliRun.of("--db", db, "import", empty.toString());

        assertThat(run.exitCode()).isEqualTo(CasebookCommand.EXIT_SOME_REJECTED);
        assertThat(run.errLines()).containsExactly("casebook: " + empty + ": empty file: nothing to import");
        assertThat(CliRun.of("--db", db, "stats", "--json").out()).isEqualTo(before);
    }

    @Test
    void aBadDateOptionIsExplained() {
        CliRun run = CliRun.of("--db", db, "items", "--from", "2019-13");

        assertThat(run.exitCode()).isEqualTo(CasebookCommand.EXIT_ERROR);
        assertThat(run.errLines()).containsExactly(
                "casebook: --from 2019-13: not a date; write 2019, 2019-03 or 2019-03-19");
    }

    @Test
    void theDemoBuildsAFreshWorkspaceFromTheBundledCorpusEachTime() {
        String demo = temp.resolve("demo").resolve("demo.db").toString();

        CliRun first = CliRun.of("demo", "--workspace", demo);
        CliRun second = CliRun.of("demo", "--workspace", demo);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.out()).contains("Sources: 5 imported, 0 already imported, 0 rejected")
                .contains("Items: 742 (");
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRun run = CliRun.of("--db", db, "frobnicate");

        assertThat(run.exitCode()).isEqualTo(CasebookCommand.EXIT_USAGE);
        assertThat(run.err()).contains("frobnicate");
    }
}
