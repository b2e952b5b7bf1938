package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.casebook.ingest.ImportListener;
import org.casebook.ingest.Importer;
import org.casebook.store.Workspace;
import org.casebook.testing.DemoCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search on the demo corpus, as a researcher would use it. */
class SearchServiceTest {

    @TempDir
    static Path temp;
    static Workspace workspace;
    static SearchService search;

    @BeforeAll
    static void importDemo() {
        workspace = DemoCorpus.imported(temp.resolve("search.db"));
        search = new SearchService(workspace);
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static List<Long> ids(String query) {
        return search.search(query, 0).hits().stream().map(SearchService.Found::id).sorted().toList();
    }

    @Test
    void spellingScriptAndDiacriticsDoNotMatter() {
        assertThat(ids("Tokaev")).isNotEmpty().isEqualTo(ids("Tokayev")).isEqualTo(ids("Токаев"));
        assertThat(ids("Austrevicius")).isNotEmpty().isEqualTo(ids("Auštrevičius"));
        assertThat(ids("KAZAKHSTAN")).isEqualTo(ids("kazakhstan"));
    }

    @Test
    void aPersonFieldFindsEverySpellingButNotANamesake() {
        List<Long> ablyazov = ids("person:Ablyazov");
        List<Long> dzhakishev = ids("person:Dzhakishev");

        assertThat(ablyazov).isNotEmpty();
        assertThat(dzhakishev).isNotEmpty();
        assertThat(search.search("person:\"Mukhtar Dzhakishev\" -Ablyazov", 0).hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(ablyazov).doesNotContain(h.id()));
    }

    @Test
    void phrasesOrNotAndDatesNarrowTheResults() {
        long letter = search.count("letter");
        long openLetter = search.count("\"open letter\"");
        long either = search.count("Zhanaozen OR Strasbourg");

        assertThat(openLetter).isPositive().isLessThan(letter);
        assertThat(either).isGreaterThan(search.count("Zhanaozen")).isGreaterThan(search.count("Strasbourg"));
        assertThat(search.count("letter -Nazarbayev")).isLessThan(letter);
        assertThat(search.count("NEAR(Kozlov prison, 3)")).isPositive()
                .isLessThanOrEqualTo(search.count("NEAR(Kozlov prison, 30)"));
        assertThat(search.search("letter from:2018 to:2018", 0).hits()).isNotEmpty()
                .allSatisfy(h -> assertThat(h.date()).startsWith("2018"));
    }

    @Test
    void rankedHitsCarrySnippetsAndDuplicatesAreCollapsedUnlessAsked() {
        SearchService.Results results = search.search("Kozlov", 5);

        assertThat(results.total()).isGreaterThan(5);
        assertThat(results.hits()).hasSize(5).allSatisfy(h -> assertThat(h.snippet()).containsIgnoringCase("Kozlov"));
        assertThat(results.hits()).anySatisfy(h -> assertThat(h.snippet()).contains("[Kozlov]"));
        assertThat(results.hits()).extracting(SearchService.Found::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(search.count("Kozlov dup:include")).isGreaterThan(results.total());
    }

    @Test
    void anEnglishWordFindsItsFamilyAndTheSnippetMarksWhatMatched() {
        List<SearchService.Found> detained = search.search("detained", 0).hits();

        assertThat(ids("detained")).isEqualTo(ids("detention"));
        assertThat(detained).anySatisfy(h -> assertThat(h.snippet()).contains("[detention]")
                .doesNotContainPattern("(?i)detain(ed|ing|s)?\\b"));
        assertThat(search.search("detaining", 0).total()).isEqualTo(detained.size());
    }

    @Test
    void aLongLivedSearchSeesWhatIsImportedAfterIt(@TempDir Path dir) throws Exception {
        Path first = java.nio.file.Files.writeString(dir.resolve("first.txt"),
                "12.03.2019 Activist Serikbol Zhumabekov was detained in Almaty.\n");
        Path second = java.nio.file.Files.writeString(dir.resolve("second.txt"),
                "14.05.2020 The court sentenced Serikbol Zhumabekov to three years.\n");
        try (Workspace ws = Workspace.open(dir.resolve("later.db"))) {
            Importer importer = new Importer(ws);
            importer.importPaths(List.of(first), Importer.Options.DEFAULT, ImportListener.NONE);
            SearchService longLived = new SearchService(ws);
            assertThat(longLived.count("Zhumabekov")).isEqualTo(1);
            Criteria zhumabekov = longLived.compile(QueryParser.parse("Zhumabekov"));
            Selection before = longLived.select(zhumabekov);

            long item = longLived.search("Zhumabekov", 1).hits().get(0).id();
            ws.inTransaction(() -> {
                ws.notes().setOnItem(item, "check the court's website");
                return ws.tags().add(item, "verify");
            });
            assertThat(longLived.select(zhumabekov)).as("notes and tags leave what was read valid").isSameAs(before);
            assertThat(longLived.count("tag:verify")).isEqualTo(1);

            importer.importPaths(List.of(second), Importer.Options.DEFAULT, ImportListener.NONE);

            assertThat(longLived.count("Zhumabekov")).isEqualTo(2);
            assertThat(longLived.search("Zhumabekov", 10).hits()).extracting(SearchService.Found::source)
                    .containsExactlyInAnyOrder("second.txt", "first.txt");
            assertThat(longLived.facets("Zhumabekov", 5).years()).containsOnlyKeys("2020", "2019");
        }
    }

    @Test
    void userTextNeverReachesTheIndexUnescaped() {
        assertThat(search.count("\"NEAR(a b)\" OR \"x\"\"y\"")).isZero();
    }

    @Test
    void facetsCountTheMatchesByYearSourcePersonAndCase() {
        var facets = search.facets("Kozlov", 10);

        assertThat(facets.persons()).containsKey("Vladimir Kozlov");
        assertThat(facets.persons().values().iterator().next()).isEqualTo(facets.persons().get("Vladimir Kozlov"));
        assertThat(facets.cases()).containsKey("Prosecution of Vladimir Kozlov");
        assertThat(facets.sources().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(search.count("Kozlov"));
        assertThat(facets.years().keySet()).allMatch(y -> y.matches("\\d{4}"));
    }

    @Test
    void anUnknownPersonIsAClearError() {
        assertThatThrownBy(() -> search.search("person:Nobodyatall", 10))
                .isInstanceOf(SearchSyntaxException.class).hasMessageContaining("no person named");
    }
}
