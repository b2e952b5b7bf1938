package org.casebook.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.model.DatePrecision;
import org.casebook.store.Workspace;
import org.casebook.testing.DemoCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chronology the window shows, on the demo corpus: newest first, narrowed by query and filters. */
class ChronologyServiceTest {

    @TempDir
    static Path temp;
    static Workspace workspace;
    static ChronologyService chronology;

    @BeforeAll
    static void importDemo() {
        workspace = DemoCorpus.imported(temp.resolve("chronology.db"));
        chronology = new ChronologyService(workspace);
        chronology.bringEntitiesUpToDate();
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    @Test
    void aNewEmptyWorkspaceShowsAnEmptyChronologyAndSearches() {
        try (Workspace empty = Workspace.open(temp.resolve("empty.db"))) {
            ChronologyService fresh = new ChronologyService(empty);
            fresh.bringEntitiesUpToDate();

            assertThat(fresh.page("", ChronologyService.Filters.NONE, 50).total()).isZero();
            assertThat(fresh.page("Kozlov", ChronologyService.Filters.NONE, 50).entries()).isEmpty();
            assertThat(fresh.timeline("", ChronologyService.Filters.NONE, 10)).isEmpty();
        }
    }

    @Test
    void everyReportNewestFirstUndatedLast() {
        ChronologyService.Page page = chronology.page("", ChronologyService.Filters.NONE, 0);

        assertThat(page.total()).isEqualTo(workspace.items().stats().primaries()).isEqualTo(page.entries().size());
        List<LocalDate> dates = page.entries().stream().filter(e -> e.date().isKnown()).map(e -> e.date().start()).toList();
        assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        int firstUndated = page.entries().stream().map(e -> e.date().isKnown()).toList().indexOf(false);
        assertThat(page.entries().subList(firstUndated, page.entries().size())).allMatch(e -> !e.date().isKnown());
    }

    @Test
    void aQueryNarrowsToTheSameReportsAsSearchWithSnippetsAndPersons() {
        ChronologyService.Page page = chronology.page("Tokaev", ChronologyService.Filters.NONE, 0);
        SearchService.Results search = new SearchService(workspace).search("Tokaev", 0);

        assertThat(page.total()).isEqualTo(search.total()).isPositive();
        assertThat(page.entries()).extracting(ChronologyService.Entry::id)
                .containsExactlyInAnyOrderElementsOf(search.hits().stream().map(SearchService.Found::id).toList());
        assertThat(page.entries()).allMatch(e -> e.preview().contains("[Tokayev]") || e.preview().contains("[Tokaev]")
                || e.preview().contains("[Токаев]"));
        assertThat(page.entries()).anyMatch(e -> e.persons().contains("Kassym-Jomart Tokayev"));
    }

    @Test
    void filtersCombineWithTheQuery() {
        ChronologyService.Options options = chronology.options();
        assertThat(options.sources()).hasSize(5);
        assertThat(options.languages()).contains("en");
        ChronologyService.Choice ablyazov = options.persons().stream().filter(p -> p.name().equals("Mukhtar Ablyazov"))
                .findFirst().orElseThrow();

        ChronologyService.Filters onePerson = new ChronologyService.Filters(Set.of(), Set.of(ablyazov.id()), Set.of(),
                Set.of(), false, null, null);
        assertThat(chronology.page("", onePerson, 0).total()).isEqualTo(ablyazov.items())
                .isEqualTo(chronology.page("person:Ablyazov", ChronologyService.Filters.NONE, 0).total());
        assertThat(chronology.page("-extradition", onePerson, 0).total()).as("the person filter says what to look for")
                .isPositive().isLessThan(ablyazov.items())
                .isEqualTo(chronology.page("person:Ablyazov -extradition", ChronologyService.Filters.NONE, 0).total());

        String source = DemoCorpus.LIST_000;
        ChronologyService.Filters oneSource = new ChronologyService.Filters(Set.of(source), Set.of(), Set.of(),
                Set.of(), false, null, null);
        assertThat(chronology.page("", oneSource, 0).entries()).isNotEmpty().allMatch(e -> e.source().equals(source));
        assertThat(chronology.page("source:" + DemoCorpus.LIST_001, oneSource, 0).total()).isZero();

        ChronologyService.Filters in2019 = ChronologyService.Filters.NONE.withRange(LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31));
        assertThat(chronology.page("", in2019, 0).entries()).isNotEmpty()
                .allMatch(e -> e.date().start().getYear() <= 2019 && !e.date().start().isBefore(LocalDate.of(2018, 1, 1)));

        ChronologyService.Filters withRepeats = new ChronologyService.Filters(Set.of(), Set.of(), Set.of(), Set.of(),
                true, null, null);
        assertThat(chronology.page("", withRepeats, 0).total()).isEqualTo(workspace.items().stats().items());
    }

    @Test
    void theTimelineCountsPerYearOrMonthIgnoringTheBrushedRange() {
        Map<String, Long> years = chronology.timeline("", ChronologyService.Filters.NONE, 1);
        assertThat(List.copyOf(years.keySet())).allMatch(k -> k.matches("\\d{4}")).isSorted();
        long dated = chronology.page("", ChronologyService.Filters.NONE, 0).entries().stream()
                .filter(e -> e.date().isKnown()).count();
        assertThat(years.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(dated);

        Map<String, Long> months = chronology.timeline("Tokaev", ChronologyService.Filters.NONE.withRange(
                LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)), 8);
        assertThat(months.keySet()).allMatch(k -> k.matches("\\d{4}-\\d{2}")).anyMatch(k -> k.startsWith("2019"));
        assertThat(chronology.page("", ChronologyService.Filters.NONE, 0).entries())
                .anyMatch(e -> e.date().precision() == DatePrecision.MONTH);
    }

    @Test
    void aBrokenQueryIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> chronology.page("\"unbalanced", ChronologyService.Filters.NONE, 10))
                .isInstanceOf(SearchSyntaxException.class).hasMessageContaining("position 1");
    }
}
