package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.casebook.search.ChronologyService;
import org.casebook.search.SearchService;
import org.controlsfx.control.CheckComboBox;
import org.casebook.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The real window, headless, on a workspace of the demo corpus: what a researcher sees when searching and importing. */
class ChronologyWindowTest extends WindowTest {

    static long tokaevTotal;
    static long primaries;
    static long items;


    @BeforeAll
    static void buildWorkspace() {
        try (Workspace ws = demoWorkspace("window.db")) {
            tokaevTotal = new SearchService(ws).search("Tokaev", 0).total();
            primaries = ws.items().stats().primaries();
            items = ws.items().stats().items();
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private TableView<org.casebook.search.ChronologyService.Entry> table(FxRobot robot) {
        return robot.lookup("#chronology-table").queryAs(TableView.class);
    }

    /** The texts of the visible cells of a column, top to bottom. */
    private static List<String> column(FxRobot robot, String columnId) {
        return robot.lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && columnId.equals(c.getTableColumn().getId()))
                .filter(c -> c.getText() != null && !c.isEmpty())
                .sorted(java.util.Comparator.comparingInt(TableCell::getIndex))
                .map(TableCell::getText).toList();
    }

    @Test
    void theChronologyShowsEveryReportNewestFirst(FxRobot robot) throws Exception {
        awaitIdle();

        assertThat(text(robot, "#result-count")).isEqualTo(String.format("%,d reports", primaries));
        assertThat(table(robot).getItems()).hasSize((int) primaries);
        assertThat(text(robot, "#workspace-counts")).startsWith(String.format("%,d items", items));
    }

    @Test
    void aQueryTypedShowsItsReportsTheirCountAndTheMatchesHighlighted(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#search-field").write("Tokaev");
        awaitIdle();

        assertThat(tokaevTotal).isBetween(2L, 50L);
        assertThat(text(robot, "#result-count")).isEqualTo(tokaevTotal + " reports");
        assertThat(table(robot).getItems()).hasSize((int) tokaevTotal)
                .allMatch(e -> e.preview().matches("(?s).*\\[(Tokayev|Tokaev|Токаев)].*"));
        List<String> highlighted = robot.lookup(".hit").queryAll().stream().map(n -> ((Text) n).getText()).toList();
        assertThat(highlighted).isNotEmpty().allMatch(w -> w.equals("Tokayev") || w.equals("Tokaev"));
        assertThat(column(robot, "column-persons")).anyMatch(p -> p.contains("Kassym-Jomart Tokayev"));
    }

    @Test
    void theDateColumnShowsEachDateAsPreciselyAsItIsKnown(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#search-field").write("Tokaev");
        awaitIdle();
        List<String> dates = column(robot, "column-date");
        assertThat(dates).contains("25 Nov 2020", "≈ Jun 2019", "undated");
        assertThat(dates).allMatch(d -> d.matches("(≈ )?(\\d{1,2} )?([A-Z][a-z]{2} )?\\d{4}|undated"));

        robot.doubleClickOn("#search-field").eraseText(20).write("Paraskevich");
        awaitIdle();
        assertThat(column(robot, "column-date")).contains("2014");
    }

    @Test
    void aBrokenQueryShowsWhatIsWrongAndWhere(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#search-field").write("\"unbalanced");
        awaitIdle();

        Label problem = robot.lookup("#query-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).contains("the quote is never closed at position 1");
        assertThat(robot.lookup("#result-count").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void brushingTheTimelineNarrowsTheTableToThatPeriod(FxRobot robot) throws Exception {
        awaitIdle();
        Node timeline = robot.lookup("#timeline").query();
        Bounds b = timeline.localToScreen(timeline.getBoundsInLocal());
        robot.drag(b.getMinX() + b.getWidth() * 0.70, b.getMinY() + b.getHeight() / 2)
                .moveTo(b.getMinX() + b.getWidth() * 0.90, b.getMinY() + b.getHeight() / 2).release(
                        javafx.scene.input.MouseButton.PRIMARY);
        awaitIdle();

        var range = window.chronology().rangeProperty().get();
        assertThat(range).isNotNull();
        var rows = table(robot).getItems();
        assertThat(rows).isNotEmpty().hasSizeLessThan((int) primaries).allMatch(e -> e.date().isKnown()
                && !e.date().start().isAfter(range.to())
                && !(e.date().end() == null ? e.date().start() : e.date().end()).isBefore(range.from()));
        assertThat(text(robot, "#result-count")).isEqualTo(rows.size() + " reports");
        assertThat(robot.lookup("#clear-period").queryButton().isVisible()).isTrue();

        robot.clickOn("#clear-period");
        awaitIdle();
        assertThat(table(robot).getItems()).hasSize((int) primaries);
    }

    @Test
    void includingRepeatsShowsEveryStoredItem(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#filter-duplicates");
        awaitIdle();

        assertThat(text(robot, "#result-count")).isEqualTo(String.format("%,d reports", items));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPersonFilterStaysOnThatPersonWhenTheFilterValuesAreReadAgain(FxRobot robot) throws Exception {
        awaitIdle();
        CheckComboBox<ChronologyService.Choice> persons = robot.lookup("#filter-persons").queryAs(CheckComboBox.class);
        ChronologyService.Choice kozlov = persons.getItems().stream()
                .filter(c -> c.name().equals("Vladimir Kozlov")).findFirst().orElseThrow();
        robot.interact(() -> persons.getCheckModel().check(kozlov));
        awaitIdle();
        String filtered = text(robot, "#result-count");

        robot.interact(() -> window.chronology().show(window.model().sessionProperty().get())); // as after an import
        awaitIdle();

        assertThat(persons.getCheckModel().getCheckedItems()).extracting(ChronologyService.Choice::id)
                .containsExactly(kozlov.id());
        assertThat(window.chronology().selectedPersons()).extracting(ChronologyService.Choice::id)
                .containsExactly(kozlov.id());
        assertThat(text(robot, "#result-count")).isEqualTo(filtered).isNotEqualTo(String.format("%,d reports", primaries));
        robot.interact(() -> persons.getCheckModel().clearChecks());
    }

    @Test
    void importingABadFileShowsTheErrorAndChangesNothing(FxRobot robot) throws Exception {
        awaitIdle();
        String countsBefore = text(robot, "#workspace-counts");
        Path binary = temp.resolve("scan.txt");
        byte[] bytes = new byte[2048];
        new java.util.Random(1).nextBytes(bytes);
        Files.write(binary, bytes);
        Path pdf = temp.resolve("letter.pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage, no xref, no trailer");

        robot.interact(() -> window.model().importPaths(List.of(binary, pdf))); // what a drop on the window does
        awaitIdle();

        Supplier<List<String>> summary = () -> robot.lookup("#import-files .table-cell").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null && !t.isBlank()).toList();
        assertThat(window.lastImportSummary().getHeaderText()).isEqualTo("0 files imported · 2 rejected");
        assertThat(summary.get()).contains("scan.txt", "letter.pdf", "rejected")
                .anyMatch(t -> t.startsWith("binary data, not text"))
                .anyMatch(t -> t.contains("the PDF is damaged or truncated"));
        assertThat(text(robot, "#workspace-counts")).isEqualTo(countsBefore);
        assertThat(text(robot, "#result-count")).isEqualTo(String.format("%,d reports", primaries));
        robot.interact(() -> window.lastImportSummary().close());
        try (Workspace ws = Workspace.open(workspaceFile)) {
            assertThat(ws.items().stats().items()).isEqualTo(items);
            assertThat(ws.sources().all()).hasSize(5);
        }
    }
}
