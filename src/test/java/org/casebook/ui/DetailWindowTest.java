package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.casebook.model.EntityKind;
import org.casebook.resolve.PersonLookup;
import org.casebook.search.ChronologyService;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: an item's detail, a person's dossier, corrections with undo and redo, the keyboard. */
class DetailWindowTest extends WindowTest {

    static EntityRow kozlov;
    /** A report naming Vladimir Kozlov and at least one other person. */
    static long kozlovItem;
    static String kozlovItemSha;


    @BeforeAll
    static void buildWorkspace() {
        try (Workspace ws = demoWorkspace("detail.db")) {
            kozlov = new PersonLookup(ws.entities()).find(EntityKind.PERSON, "Vladimir Kozlov");
            kozlovItem = kozlov.items().stream().filter(i -> ws.entities().personSpans(i).stream()
                    .map(s -> s.personId()).distinct().count() >= 3).findFirst().orElseThrow();
            long source = ws.items().find(kozlovItem).orElseThrow().sourceId();
            kozlovItemSha = ws.sources().find(source).orElseThrow().sha256();
        }
    }

    private Navigation.Place place() {
        return window.model().navigation().current();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> aliasChips(FxRobot robot) {
        return robot.lookup("#dossier-aliases .alias").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    private List<String> personNames() {
        return window.dossier().allPersons().stream().map(EntityRow::name).toList();
    }

    private void key(FxRobot robot, KeyCode... keys) throws Exception {
        robot.press(keys).release(keys);
        awaitIdle();
    }

    /** Selects the row of the chronology with this item and gives the table the focus, as arrow keys would. */
    @SuppressWarnings("unchecked")
    private void selectRow(FxRobot robot, long itemId) {
        TableView<ChronologyService.Entry> table = robot.lookup("#chronology-table").queryAs(TableView.class);
        robot.interact(() -> {
            ChronologyService.Entry row = table.getItems().stream().filter(e -> e.id() == itemId).findFirst()
                    .orElseThrow();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.requestFocus();
        });
    }

    @Test
    void enterOpensTheRowAndClickingANameOpensThatPersonsDossier(FxRobot robot) throws Exception {
        awaitIdle();
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        selectRow(robot, kozlovItem);
        key(robot, KeyCode.ENTER);

        assertThat(place()).isEqualTo(new Navigation.Place(Pane.ITEM, Long.toString(kozlovItem)));
        assertThat(text(robot, "#provenance-sha-256")).isEqualTo(kozlovItemSha);
        List<Text> names = robot.lookup("#item-text .person-name").queryAllAs(Text.class).stream().toList();
        assertThat(names).extracting(Node::getUserData).contains(kozlov.id());
        Text name = names.stream().filter(t -> t.getUserData().equals(kozlov.id())).findFirst().orElseThrow();
        assertThat(kozlov.aliases()).contains(name.getText());

        robot.clickOn(name);
        awaitIdle();

        assertThat(place()).isEqualTo(new Navigation.Place(Pane.DOSSIER, Long.toString(kozlov.id())));
        assertThat(text(robot, "#dossier-name")).isEqualTo("Vladimir Kozlov");
        assertThat(aliasChips(robot)).containsExactlyInAnyOrderElementsOf(kozlov.aliases()).contains("V. Kozlov");
        assertThat(robot.lookup("#dossier-items").queryAs(TableView.class).getItems()).hasSize(kozlov.items().size());
    }

    @Test
    void backForwardAndEscapeWalkTheHistoryLikeABrowser(FxRobot robot) throws Exception {
        awaitIdle();
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        Navigation.Place chronology = place();
        Navigation.Place item = new Navigation.Place(Pane.ITEM, Long.toString(kozlovItem));
        Navigation.Place dossier = new Navigation.Place(Pane.DOSSIER, Long.toString(kozlov.id()));
        robot.interact(() -> window.model().openItem(kozlovItem));
        awaitIdle();
        robot.interact(() -> window.model().openPerson(kozlov.id()));
        awaitIdle();
        assertThat(place()).isEqualTo(dossier);

        key(robot, KeyCode.ESCAPE);
        assertThat(place()).isEqualTo(item);
        key(robot, KeyCode.ALT, KeyCode.LEFT);
        assertThat(place()).isEqualTo(chronology);
        key(robot, KeyCode.ALT, KeyCode.RIGHT);
        assertThat(place()).isEqualTo(item);
        assertThat(text(robot, "#item-heading")).startsWith("Item #" + kozlovItem + " ");
        key(robot, KeyCode.ALT, KeyCode.RIGHT);
        assertThat(place()).isEqualTo(dossier);
        assertThat(text(robot, "#dossier-name")).isEqualTo("Vladimir Kozlov");

        key(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(place().pane()).isEqualTo(Pane.CHRONOLOGY);
        key(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(robot.lookup("#search-field").query().isFocused()).isTrue();
        key(robot, KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(place()).isEqualTo(dossier); // the dossier opens on the person shown last
        key(robot, KeyCode.CONTROL, KeyCode.F);
        assertThat(robot.lookup("#person-filter").query().isFocused()).isTrue();
    }

    @Test
    void aMergeThenUndoRestoresBothPersonsAndRedoMergesAgain(FxRobot robot) throws Exception {
        awaitIdle();
        robot.clickOn("#pane-dossier");
        robot.clickOn("#person-filter").write("Sanchez");
        awaitIdle();
        robot.clickOn(cell(robot, "#person-list", "Ignacio Sanchez Amor"));
        awaitIdle();
        assertThat(text(robot, "#dossier-name")).isEqualTo("Ignacio Sanchez Amor");
        assertThat(personNames()).contains("Ignacio Sanchez Amor", "Ingancio Sanchez Amor");

        robot.clickOn("#merge-button");
        robot.clickOn("#merge-filter").write("Ingancio");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(cell(robot, "#merge-list", "Ingancio Sanchez Amor"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((javafx.scene.control.Button) n)
                .getText())).queryButton());
        awaitIdle();

        assertThat(personNames()).contains("Ignacio Sanchez Amor").doesNotContain("Ingancio Sanchez Amor");
        assertThat(aliasChips(robot)).contains("Ignacio Sanchez Amor", "Ingancio Sanchez Amor");

        robot.clickOn("#dossier-name");
        key(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(personNames()).contains("Ignacio Sanchez Amor", "Ingancio Sanchez Amor");
        assertThat(aliasChips(robot)).contains("Ignacio Sanchez Amor").doesNotContain("Ingancio Sanchez Amor");

        key(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertThat(personNames()).contains("Ignacio Sanchez Amor").doesNotContain("Ingancio Sanchez Amor");
        assertThat(aliasChips(robot)).contains("Ingancio Sanchez Amor");
    }

    private static Node cell(FxRobot robot, String list, String startsWith) {
        return robot.lookup(list + " .list-cell").match(n -> ((ListCell<?>) n).getText() != null
                && ((ListCell<?>) n).getText().startsWith(startsWith)).query();
    }

    @Test
    void aTagAndANoteTypedInTheItemDetailAreInTheWorkspaceAfterReopeningIt(FxRobot robot) throws Exception {
        awaitIdle();
        robot.interact(() -> window.model().openItem(kozlovItem));
        awaitIdle();

        robot.clickOn("#tag-field").write("verify").type(KeyCode.ENTER);
        awaitIdle();
        assertThat(robot.lookup("#item-tags .chip .label").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("verify");
        robot.clickOn("#item-note").write("Ask the lawyer about the appeal");
        robot.clickOn("#tag-field"); // the note loses the focus: saved at once
        awaitIdle();
        robot.interact(() -> {
            window.stage().close();
            window.model().shutdown();
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);

        try (Workspace ws = Workspace.open(workspaceFile)) {
            assertThat(ws.tags().of(kozlovItem)).containsExactly("verify");
            assertThat(ws.notes().ofItem(kozlovItem)).hasValueSatisfying(n ->
                    assertThat(n.text()).isEqualTo("Ask the lawyer about the appeal"));
        }
    }
}
