package org.casebook.ui.chronology;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.StringConverter;
import org.casebook.search.ChronologyService;
import org.casebook.search.ChronologyService.Entry;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.textfield.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The chronology pane: search field, filters, timeline and the table of reports, newest first. A view only: what
 * it shows and does is in {@link ChronologyViewModel}.
 */
public final class ChronologyPane extends BorderPane {

    private static final DateTimeFormatter RANGE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final int PREVIEW_CHARS = 320;

    private final ChronologyViewModel model;
    private final TableView<Entry> table = new TableView<>();
    private final TimelineHistogram timeline = new TimelineHistogram();
    private final CustomTextField search = new CustomTextField();
    private java.util.function.LongConsumer onOpen = id -> { };

    public ChronologyPane(ChronologyViewModel model) {
        this.model = model;
        getStyleClass().add("chronology");
        setId("chronology");

        search.setId("search-field");
        search.setPromptText("Search: Tokaev, \"open letter\", person:Ablyazov from:2019, Kozl*, -word …");
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        Button clear = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        clear.getStyleClass().addAll("flat", "clear-search");
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(e -> search.clear());
        search.setRight(clear);
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        Label count = new Label();
        count.setId("result-count");
        count.getStyleClass().add("result-count");
        count.textProperty().bind(model.countTextProperty());
        Label problem = new Label(null, new FontIcon(MaterialDesignA.ALERT_CIRCLE));
        problem.setId("query-problem");
        problem.getStyleClass().add("query-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotNull());
        problem.managedProperty().bind(problem.visibleProperty());
        count.visibleProperty().bind(problem.visibleProperty().not());
        count.managedProperty().bind(count.visibleProperty());

        HBox searchRow = new HBox(10, search, count, problem);
        searchRow.setAlignment(Pos.CENTER_LEFT);

        HBox filters = filters();
        timeline.setId("timeline");
        timeline.timelineProperty().bind(model.timelineProperty());
        timeline.brushedProperty().bindBidirectional(model.rangeProperty());

        VBox top = new VBox(8, searchRow, filters, timeline);
        top.getStyleClass().add("chronology-header");
        top.setPadding(new Insets(10, 12, 8, 12));
        setTop(top);

        buildTable();
        setCenter(table);
    }

    private HBox filters() {
        CheckComboBox<String> sources = new CheckComboBox<>();
        sources.setId("filter-sources");
        sources.setTitle("Sources");
        CheckComboBox<ChronologyService.Choice> persons = new CheckComboBox<>();
        persons.setId("filter-persons");
        persons.setTitle("Persons");
        persons.setConverter(choiceNames());
        CheckComboBox<ChronologyService.Choice> cases = new CheckComboBox<>();
        cases.setId("filter-cases");
        cases.setTitle("Cases");
        cases.setConverter(choiceNames());
        CheckComboBox<String> languages = new CheckComboBox<>();
        languages.setId("filter-languages");
        languages.setTitle("Languages");
        for (CheckComboBox<?> box : java.util.List.of(sources, persons, cases, languages)) {
            box.setPrefWidth(160);
        }
        model.optionsProperty().addListener((o, was, now) -> {
            replaceKeepingChecks(sources, now.sources(), s -> s);
            replaceKeepingChecks(persons, now.persons(), ChronologyService.Choice::id);
            replaceKeepingChecks(cases, now.cases(), ChronologyService.Choice::id);
            replaceKeepingChecks(languages, now.languages(), s -> s);
        });
        follow(sources, model.selectedSources());
        follow(persons, model.selectedPersons());
        follow(cases, model.selectedCases());
        follow(languages, model.selectedLanguages());

        CheckBox duplicates = new CheckBox("Include repeats");
        duplicates.setMinWidth(Region.USE_PREF_SIZE);
        duplicates.setId("filter-duplicates");
        duplicates.selectedProperty().bindBidirectional(model.includeDuplicatesProperty());

        Label period = new Label();
        period.setId("brushed-period");
        period.getStyleClass().add("brushed-period");
        period.textProperty().bind(Bindings.createStringBinding(() -> {
            ChronologyViewModel.Range r = model.rangeProperty().get();
            return r == null ? "Drag on the timeline to pick a period"
                    : RANGE.format(r.from()) + " – " + RANGE.format(r.to());
        }, model.rangeProperty()));
        Button allDates = new Button("All dates");
        allDates.setId("clear-period");
        allDates.getStyleClass().add("small");
        allDates.visibleProperty().bind(model.rangeProperty().isNotNull());
        allDates.setOnAction(e -> model.rangeProperty().set(null));
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);

        HBox row = new HBox(8, sources, persons, cases, languages, duplicates, spring, period, allDates);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /**
     * New filter values (after an import or a correction: counts change, persons merge): what was checked stays
     * checked by its key (a person's id), what is gone is unchecked, so a box never names someone else.
     */
    private static <T> void replaceKeepingChecks(CheckComboBox<T> box, java.util.List<T> items,
                                                 java.util.function.Function<T, Object> key) {
        java.util.Set<Object> checked = new java.util.HashSet<>();
        box.getCheckModel().getCheckedItems().forEach(item -> checked.add(key.apply(item)));
        box.getCheckModel().clearChecks();
        box.getItems().setAll(items);
        for (T item : items) {
            if (checked.contains(key.apply(item))) {
                box.getCheckModel().check(item);
            }
        }
    }

    /** The checked items of a filter box go to the view model's list. */
    private static <T> void follow(CheckComboBox<T> box, ObservableList<T> target) {
        String title = box.getTitle();
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            java.util.List<T> checked = java.util.List.copyOf(box.getCheckModel().getCheckedItems());
            box.setTitle(checked.isEmpty() ? title : title + ": " + checked.size());
            target.setAll(checked);
        });
    }

    private static StringConverter<ChronologyService.Choice> choiceNames() {
        return new StringConverter<>() {
            @Override
            public String toString(ChronologyService.Choice c) {
                return c == null ? "" : c.name() + " (" + c.items() + ")";
            }

            @Override
            public ChronologyService.Choice fromString(String s) {
                return null;
            }
        };
    }

    private void buildTable() {
        table.setId("chronology-table");
        table.getStyleClass().add("chronology-table");
        table.setItems(model.rows());
        table.setFixedCellSize(58);
        table.setPlaceholder(new Label("No reports match"));
        // Enter or a double click opens the report's detail
        table.setOnKeyPressed(e -> {
            Entry selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                onOpen.accept(selected.id());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Entry> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpen.accept(row.getItem().id());
                }
            });
            return row;
        });

        TableColumn<Entry, Entry> date = column("Date", 130);
        date.setId("column-date");
        date.setCellFactory(c -> new DateCell<>(Entry::date));

        TableColumn<Entry, Entry> text = column("Report", 560);
        text.setId("column-report");
        text.setCellFactory(c -> new TableCell<>() {
            private final TextFlow flow = new TextFlow();

            {
                flow.getStyleClass().add("preview");
                flow.prefWidthProperty().bind(text.widthProperty().subtract(16));
                flow.setMaxHeight(54);
                javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
                clip.widthProperty().bind(flow.widthProperty());
                clip.setHeight(51); // three lines; the rest is cut, not half shown
                flow.setClip(clip);
            }

            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(null);
                if (empty || e == null) {
                    setGraphic(null);
                    return;
                }
                flow.getChildren().clear();
                if (model.highlightingProperty().get()) {
                    for (Highlights.Run run : Highlights.runs(e.preview())) {
                        Text t = new Text(run.text());
                        t.getStyleClass().add(run.hit() ? "hit" : "plain");
                        flow.getChildren().add(t);
                    }
                } else {
                    Text t = new Text(shorten(e.preview()));
                    t.getStyleClass().add("plain");
                    flow.getChildren().add(t);
                }
                if (e.duplicate()) {
                    Text mark = new Text("  (repeat)");
                    mark.getStyleClass().add("repeat-mark");
                    flow.getChildren().add(mark);
                }
                setGraphic(flow);
            }
        });

        TableColumn<Entry, Entry> source = column("Source", 210);
        source.setId("column-source");
        source.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.source() + "\n" + e.locator());
            }
        });

        TableColumn<Entry, Entry> persons = column("Persons", 240);
        persons.setId("column-persons");
        persons.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : String.join(", ", e.persons()));
                setWrapText(true);
            }
        });

        table.getColumns().setAll(java.util.List.of(date, text, source, persons));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
    }

    private static TableColumn<Entry, Entry> column(String title, double width) {
        TableColumn<Entry, Entry> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= PREVIEW_CHARS ? oneLine : oneLine.substring(0, PREVIEW_CHARS) + "…";
    }

    /** What opens a report (Enter on a row, a double click): the window shows its detail. */
    public void setOnOpen(java.util.function.LongConsumer open) {
        this.onOpen = open;
    }

    public TextField searchField() {
        return search;
    }

    public TimelineHistogram timeline() {
        return timeline;
    }

    public TableView<Entry> table() {
        return table;
    }
}
