package org.casebook.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.model.DateOrigin;
import org.casebook.model.DatePrecision;
import org.casebook.model.Item;
import org.casebook.model.ItemQuery;
import org.casebook.model.Passage;
import org.casebook.model.PassageKind;
import org.casebook.model.Source;
import org.casebook.model.SourceFormat;
import org.casebook.model.SourceLayout;
import org.casebook.store.Workspace;
import org.casebook.testing.DemoCorpus;
import org.casebook.testing.WorkspaceSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed corpus imported once, in file order, as a researcher would import the demo folder. */
class ImporterTest {

    @TempDir
    static Path temp;

    static Workspace workspace;
    static ImportReport report;
    static Map<String, Item> byPlace;

    @BeforeAll
    static void importSeeds() {
        workspace = Workspace.open(temp.resolve("ws.db"));
        report = new Importer(workspace).importPaths(List.of(DemoCorpus.DIR), Importer.Options.DEFAULT,
                ImportListener.NONE);
        byPlace = workspace.items().list(ItemQuery.all()).stream()
                .collect(Collectors.toMap(i -> i.sourceName().substring(0, 3) + ":" + i.locator(), Function.identity()));
    }

    @AfterAll
    static void close() {
        workspace.close();
    }

    private static Item at(String file, int line) {
        return byPlace.get(file + ":line " + line);
    }

    @Test
    void everySeedFileIsRecordedWithItsProvenance() {
        assertThat(report.with(ImportReport.Status.IMPORTED)).hasSize(5);
        List<Source> sources = workspace.sources().all();
        assertThat(sources).extracting(Source::fileName).containsExactlyInAnyOrder(DemoCorpus.LIST_000,
                DemoCorpus.LIST_001, DemoCorpus.LIST_002, DemoCorpus.DOC_003, DemoCorpus.DOC_004);
        assertThat(sources).allSatisfy(s -> {
            assertThat(s.sha256()).hasSize(64);
            assertThat(s.sizeBytes()).isPositive();
            assertThat(s.format()).isEqualTo(SourceFormat.TXT);
            assertThat(s.importedAt()).isNotNull();
        });
        assertThat(sources).filteredOn(s -> s.fileName().startsWith("00") && s.layout() == SourceLayout.LIST)
                .hasSize(3);
    }

    @Test
    void aListFileGivesOneItemPerNonEmptyLineWithoutItsTitle() {
        assertThat(at("000", 1)).as("the title repeating line 3").isNull();
        assertThat(at("000", 2)).as("blank line").isNull();
        assertThat(at("000", 3).text()).startsWith("On 19 March 2019, Nursultan Nazarbayev");
        assertThat(workspace.sources().all()).filteredOn(s -> s.fileName().equals(DemoCorpus.LIST_000))
                .extracting(Source::itemCount).containsExactly(45);
    }

    @Test
    void reimportingTheSameBytesAddsNothingAndSaysSo() {
        WorkspaceSnapshot before = WorkspaceSnapshot.of(workspace);

        ImportReport again = new Importer(workspace).importPaths(List.of(DemoCorpus.DIR), Importer.Options.DEFAULT,
                ImportListener.NONE);

        assertThat(again.with(ImportReport.Status.ALREADY_IMPORTED)).hasSize(5);
        assertThat(again.outcomes()).allSatisfy(o -> assertThat(o.reason()).startsWith("already imported as"));
        assertThat(WorkspaceSnapshot.of(workspace)).isEqualTo(before);
    }

    @Test
    void statedDatesCarryPrecisionAndOrigin() {
        Item item = at("002", 5);
        assertThat(item.date().isoStart()).isEqualTo("2020-03-19");
        assertThat(item.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(item.date().origin()).isEqualTo(DateOrigin.STATED);
        assertThat(at("002", 13).date().isoStart()).isEqualTo("2018-07");
    }

    @Test
    void aYearlessDateTakesItsYearFromTheNeighbouringItems() {
        Item may = at("000", 7);
        assertThat(may.date().isoStart()).isEqualTo("2018-05-17");
        assertThat(may.date().isoEnd()).isEqualTo("2018-05-18");
        assertThat(may.date().origin()).isEqualTo(DateOrigin.INFERRED);

        Item autumnSession = at("001", 56);
        assertThat(autumnSession.date().isoStart()).isEqualTo("2019-09-30");
        assertThat(autumnSession.date().isoEnd()).isEqualTo("2019-10-04");
    }

    @Test
    void anItemWithoutADateStaysUnknown() {
        Item undated = at("002", 36);
        assertThat(undated.date().precision()).isEqualTo(DatePrecision.UNKNOWN);
        assertThat(undated.date().start()).isNull();
    }

    private static long root(Item item) {
        return item.isDuplicate() ? item.duplicateOf() : item.id();
    }

    @Test
    void exactRepeatsPointToTheFirstCopy() {
        assertThat(at("000", 7).duplicateOf()).isNull();
        assertThat(at("000", 8).duplicateOf()).isEqualTo(at("000", 7).id());
    }

    @Test
    void aLightlyEditedRepeatIsGroupedWithItsReport() {
        assertThat(at("000", 40).text()).contains("Kazahstan");
        assertThat(at("000", 40).duplicateOf()).isEqualTo(at("000", 39).id());
    }

    @Test
    void repeatsAreGroupedAcrossFiles() {
        assertThat(at("002", 17).text()).isEqualTo(at("000", 4).text());
        assertThat(at("002", 17).duplicateOf()).isEqualTo(at("000", 4).id());
    }

    @Test
    void differentReportsWithTheSameTemplateStayApart() {
        assertThat(at("002", 7).text()).startsWith("This report examines the cases of 56 victims");
        assertThat(at("002", 9).text()).startsWith("This report examines the cases of 39 individuals");
        assertThat(root(at("002", 7))).isNotEqualTo(root(at("002", 9)));
        assertThat(root(at("001", 43))).isNotEqualTo(root(at("001", 54)));
    }

    @Test
    void listingsShowEachReportOnceUnlessAskedForAll() {
        List<Item> primaries = workspace.items().list(ItemQuery.primaries());
        List<Item> all = workspace.items().list(ItemQuery.all());

        assertThat(primaries).noneMatch(Item::isDuplicate);
        assertThat(all.size() - primaries.size()).isEqualTo(report.duplicates()).isPositive();
    }

    @Test
    void aDocumentIsOneDatedItemWithItsParagraphsKeptForCitation() {
        Item document = byPlace.values().stream().filter(i -> i.sourceName().equals(DemoCorpus.DOC_003))
                .findFirst().orElseThrow();
        List<Passage> passages = workspace.items().passages(document.id());

        assertThat(byPlace.values()).filteredOn(i -> i.sourceName().equals(DemoCorpus.DOC_003)).hasSize(1);
        assertThat(byPlace.values()).filteredOn(i -> i.sourceName().equals(DemoCorpus.DOC_004)).hasSize(1);
        assertThat(document.text()).doesNotContain("investigations2,").contains("investigations, at this moment");
        assertThat(passages).filteredOn(p -> p.page() == 4).isNotEmpty();
        assertThat(document.date().isKnown()).isTrue();
        assertThat(document.text()).doesNotContain("\t");
        assertThat(passages).filteredOn(p -> p.kind() == PassageKind.BODY).hasSizeGreaterThan(5);
        assertThat(passages).filteredOn(p -> p.kind() == PassageKind.FOOTNOTE).isNotEmpty();
        assertThat(passages).extracting(Passage::paragraph).doesNotHaveDuplicates();
        assertThat(passages).allSatisfy(p -> assertThat(p.page()).isPositive());
    }

    @Test
    void languagesAreDetected() {
        assertThat(at("000", 3).lang()).isEqualTo("en");
    }
}
