package org.casebook.ui.dossier;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.casebook.model.Item;
import org.casebook.resolve.Dossiers;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.ui.chronology.ChronologyViewModel;
import org.casebook.ui.chronology.DateCell;
import org.casebook.ui.chronology.DateLabels;
import org.casebook.ui.chronology.TimelineHistogram;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The dossier: the persons with a filter on the left; on the right the person picked — name, forms of the name,
 * cases with role and evidence, related persons, their items with a per-year histogram, the note — and the
 * corrections. A view over {@link DossierViewModel}.
 */
public final class DossierPane extends SplitPane {

    private final DossierViewModel model;
    private final TextField filter = new TextField();
    private final ListView<EntityRow> list = new ListView<>();
    private final Label name = new Label();
    private final Label summary = new Label();
    private final FlowPane aliases = new FlowPane(6, 6);
    private final VBox cases = new VBox(6);
    private final FlowPane related = new FlowPane(10, 4);
    private final TimelineHistogram years = new TimelineHistogram();
    private final TableView<Item> items = new TableView<>();
    private final TextArea note = new TextArea();
    private final StackPane page = new StackPane();
    private final Label placeholder = new Label("Pick a person from the list");
    private ScrollPane content;

    public DossierPane(DossierViewModel model) {
        this.model = model;
        setId("dossier");
        getStyleClass().add("dossier");

        filter.setId("person-filter");
        filter.setPromptText("Filter persons: Kozlov, Ablyazov …");
        filter.textProperty().bindBidirectional(model.filterProperty());
        list.setId("person-list");
        list.setItems(model.persons());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(EntityRow p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "  (" + p.items().size() + ")");
            }
        });
        // a click or Enter opens the person; a selection moved by filtering does not
        list.setOnMouseClicked(e -> openSelected());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        VBox left = new VBox(8, filter, list);
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        left.setPadding(new Insets(10));
        left.getStyleClass().add("person-picker");
        left.setMinWidth(220);

        buildPage();
        placeholder.getStyleClass().add("placeholder");
        page.getChildren().setAll(placeholder);
        getItems().setAll(left, page);
        setDividerPositions(0.24);

        model.dossierProperty().addListener((o, was, now) -> show(now));
        model.missingProperty().addListener((o, was, now) -> show(model.dossierProperty().get()));
    }

    private void openSelected() {
        EntityRow selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.openPerson(selected.id());
        }
    }

    private void buildPage() {
        name.setId("dossier-name");
        name.getStyleClass().add("dossier-name");
        summary.getStyleClass().add("muted");
        summary.setId("dossier-summary");

        Button rename = action("Rename…", MaterialDesignP.PENCIL, "rename-button", "Set the name this person is listed under");
        rename.setOnAction(e -> dialogs(rename).text("rename-dialog", "Rename", "The name to list "
                + current().name() + " under", current().name()).ifPresent(model::rename));
        Button alias = action("Add alias…", MaterialDesignA.ACCOUNT_PLUS_OUTLINE, "alias-button",
                "Add another form of the name (found by lookups and searches)");
        alias.setOnAction(e -> dialogs(alias).text("alias-dialog", "Add a form of the name", "Another way "
                + current().name() + " is written", "").ifPresent(model::addAlias));
        Button split = action("Split…", MaterialDesignS.SOURCE_BRANCH, "split-button",
                "The mentions written in one form become a person of their own");
        split.setOnAction(e -> dialogs(split).form("Which form of " + current().name()
                + " is somebody else?", current().aliases()).ifPresent(model::split));
        Button merge = action("Merge with…", MaterialDesignM.MERGE, "merge-button",
                "Another person is the same: make them one (this one keeps its name)");
        merge.setOnAction(e -> dialogs(merge).person("Who else is " + current().name() + "?", model.allPersons(),
                current().id()).ifPresent(model::mergeWith));
        Button link = action("Link to case…", MaterialDesignL.LINK_VARIANT, "link-button",
                "Link this person to a case with a role");
        link.setOnAction(e -> dialogs(link).caseAndRole("Link " + current().name() + " to a case",
                model.caseNames()).ifPresent(c -> model.link(c.caseName(), c.role())));
        javafx.scene.control.MenuItem depth1 = new javafx.scene.control.MenuItem("Cases and relations (depth 1)");
        depth1.setId("network-depth-1");
        depth1.setOnAction(e -> model.openNetwork(1));
        javafx.scene.control.MenuItem depth2 = new javafx.scene.control.MenuItem("Also their people (depth 2)");
        depth2.setId("network-depth-2");
        depth2.setOnAction(e -> model.openNetwork(2));
        javafx.scene.control.MenuButton network = new javafx.scene.control.MenuButton("Network around",
                new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignG.GRAPH_OUTLINE), depth1, depth2);
        network.setId("network-around-button");
        network.setTooltip(new Tooltip("Open the network around this person"));
        HBox actions = new HBox(6, rename, alias, split, merge, link, network);
        actions.setAlignment(Pos.CENTER_LEFT);

        aliases.setId("dossier-aliases");
        cases.setId("dossier-cases");
        related.setId("dossier-related");
        years.setId("dossier-years");
        years.getStyleClass().add("dossier-years");
        years.setMouseTransparent(true);
        years.setMinHeight(70);
        years.setPrefHeight(80);
        buildItems();
        note.setId("person-note");
        note.setWrapText(true);
        note.setPrefRowCount(4);
        note.setPromptText("Your notes on this person, saved as you type");
        note.textProperty().bindBidirectional(model.note().textProperty());
        note.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.note().save();
            }
        });

        VBox box = new VBox(8, name, summary, actions, section("Also written"), aliases, section("Cases"), cases,
                section("Related people"), related, section("Chronology"), years, items, section("Notes"), note);
        box.setPadding(new Insets(12, 16, 16, 16));
        box.getStyleClass().add("dossier-page");
        content = new ScrollPane(box);
        content.setFitToWidth(true);
    }

    private DossierDialogs dialogs(Button from) {
        return new DossierDialogs(from.getScene().getWindow());
    }

    private EntityRow current() {
        return model.dossierProperty().get().person();
    }

    private static Button action(String text, org.kordamp.ikonli.Ikon icon, String id, String tip) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("small");
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void buildItems() {
        items.setId("dossier-items");
        items.getStyleClass().add("dossier-items");
        items.setFixedCellSize(44);
        items.setPrefHeight(44 * 8 + 30);
        items.setPlaceholder(new Label("No reports"));
        TableColumn<Item, Item> date = column("Date", 120);
        date.setCellFactory(c -> new DateCell<>(Item::date));
        TableColumn<Item, Item> text = column("Report", 520);
        text.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Item i, boolean empty) {
                super.updateItem(i, empty);
                setWrapText(true);
                setText(empty || i == null ? null : shorten(i.text()));
            }
        });
        TableColumn<Item, Item> source = column("Source", 200);
        source.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Item i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.sourceName() + ", " + i.locator());
            }
        });
        items.getColumns().setAll(java.util.List.of(date, text, source));
        items.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        items.setRowFactory(t -> {
            TableRow<Item> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getClickCount() >= 1) {
                    model.openItem(row.getItem().id());
                }
            });
            return row;
        });
        items.setOnKeyPressed(e -> {
            Item selected = items.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.openItem(selected.id());
                e.consume();
            }
        });
    }

    private static TableColumn<Item, Item> column(String title, double width) {
        TableColumn<Item, Item> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "…";
    }

    private void show(Dossiers.Dossier d) {
        if (d == null) {
            placeholder.setText(model.missingProperty().get()
                    ? "This person is no longer in the workspace (merged into another, or split). Pick one from the list."
                    : "Pick a person from the list");
            page.getChildren().setAll(placeholder);
            return;
        }
        page.getChildren().setAll(content);
        EntityRow p = d.person();
        name.setText(p.name());
        String first = d.items().stream().filter(i -> i.date().isKnown()).reduce((a, b) -> b)
                .map(i -> DateLabels.label(i.date())).orElse(null);
        String last = d.items().stream().filter(i -> i.date().isKnown()).findFirst()
                .map(i -> DateLabels.label(i.date())).orElse(null);
        summary.setText("#" + p.id() + " · " + p.items().size() + (p.items().size() == 1 ? " report" : " reports")
                + (first == null ? "" : " · seen " + first + " – " + last));

        aliases.getChildren().clear();
        for (String form : p.aliases()) {
            Label l = new Label(form);
            l.getStyleClass().add("alias");
            Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setTooltip(new Tooltip("Remove this form: its mentions no longer count as " + p.name()));
            remove.setOnAction(e -> model.removeAlias(form));
            HBox chip = new HBox(2, l, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            aliases.getChildren().add(chip);
        }

        cases.getChildren().clear();
        if (d.cases().isEmpty()) {
            cases.getChildren().add(muted("No case found for this person"));
        }
        for (Dossiers.CaseRole c : d.cases()) {
            Label caseName = new Label(c.caseName());
            caseName.getStyleClass().add("case-name");
            caseName.setMinWidth(Region.USE_PREF_SIZE);
            Label role = new Label(c.role());
            role.getStyleClass().add("role");
            role.setMinWidth(Region.USE_PREF_SIZE);
            Button unlink = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            unlink.getStyleClass().addAll("flat", "chip-remove");
            unlink.setTooltip(new Tooltip("Unlink from this case"));
            unlink.setOnAction(e -> model.unlink(c));
            HBox line = new HBox(8, caseName, role, unlink);
            line.setAlignment(Pos.CENTER_LEFT);
            FlowPane evidence = new FlowPane(2, 0);
            evidence.getStyleClass().add("evidence");
            for (Long item : c.evidence()) {
                Hyperlink ev = new Hyperlink("#" + item);
                ev.getStyleClass().add("evidence-link");
                ev.setMinWidth(Region.USE_PREF_SIZE);
                ev.setTooltip(new Tooltip("Open the report that states it"));
                ev.setOnAction(e -> model.openItem(item));
                evidence.getChildren().add(ev);
            }
            if (c.evidence().isEmpty()) {
                evidence.getChildren().add(muted("linked by hand"));
            }
            cases.getChildren().add(new VBox(0, line, evidence));
        }

        related.getChildren().clear();
        if (d.related().isEmpty()) {
            related.getChildren().add(muted("No relations found"));
        }
        for (Dossiers.Related r : d.related()) {
            Hyperlink link = new Hyperlink(r.name());
            link.getStyleClass().add("related-link");
            link.setOnAction(e -> model.openPerson(r.personId()));
            Label rel = new Label("(" + r.relation().replace('-', ' ') + ")");
            rel.getStyleClass().add("muted");
            HBox box = new HBox(0, link, rel);
            box.setAlignment(Pos.CENTER_LEFT);
            related.getChildren().add(box);
        }

        Map<String, Long> perYear = new LinkedHashMap<>();
        d.perYear().forEach((year, count) -> perYear.put(Integer.toString(year), count));
        years.timelineProperty().set(new ChronologyViewModel.Timeline(perYear, false));
        items.getItems().setAll(d.items());
        content.setVvalue(0);
        if (list.getSelectionModel().getSelectedItem() == null
                || list.getSelectionModel().getSelectedItem().id() != p.id()) {
            list.getItems().stream().filter(x -> x.id() == p.id()).findFirst().ifPresentOrElse(x -> {
                list.getSelectionModel().select(x);
                list.scrollTo(x);
            }, () -> list.getSelectionModel().clearSelection());
        }
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    public TextField filterField() {
        return filter;
    }

    public ListView<EntityRow> personList() {
        return list;
    }
}
