package org.casebook.ui.item;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.casebook.model.Item;
import org.casebook.search.ItemDetails;
import org.casebook.store.EntityStore.PersonSpan;
import org.casebook.ui.chronology.DateLabels;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * One item: its full text with the recognised persons marked (a click opens the dossier), and beside it the
 * provenance, the other items of the same report, the tags and the note. A view over {@link ItemDetailViewModel}.
 */
public final class ItemDetailPane extends BorderPane {

    private static final DateTimeFormatter IMPORTED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final ItemDetailViewModel model;
    private final Label date = new Label();
    private final Label heading = new Label();
    private final TextFlow text = new TextFlow();
    private final GridPane provenance = new GridPane();
    private final VBox sameReport = new VBox(4);
    private final FlowPane tags = new FlowPane(6, 6);
    private final TextField tagField = new TextField();
    private final TextArea note = new TextArea();

    public ItemDetailPane(ItemDetailViewModel model) {
        this.model = model;
        setId("item-detail");
        getStyleClass().add("item-detail");

        date.setId("item-date");
        date.getStyleClass().add("item-date");
        heading.setId("item-heading");
        heading.getStyleClass().add("item-heading");
        VBox top = new VBox(2, date, heading);
        top.getStyleClass().add("detail-header");
        top.setPadding(new Insets(10, 16, 10, 16));
        setTop(top);

        text.setId("item-text");
        text.getStyleClass().add("item-text");
        ScrollPane textScroll = new ScrollPane(text);
        textScroll.setFitToWidth(true);
        textScroll.getStyleClass().add("item-text-scroll");
        text.setPadding(new Insets(14, 18, 14, 18));
        setCenter(textScroll);

        provenance.setId("item-provenance");
        provenance.getStyleClass().add("provenance");
        provenance.setHgap(10);
        provenance.setVgap(4);
        sameReport.setId("item-same-report");

        tags.setId("item-tags");
        tagField.setId("tag-field");
        tagField.setPromptText("Add a tag and press Enter");
        tagField.setOnAction(e -> {
            model.addTag(tagField.getText());
            tagField.clear();
        });
        model.tags().addListener((javafx.collections.ListChangeListener<String>) c -> showTags());

        note.setId("item-note");
        note.setWrapText(true);
        note.setPrefRowCount(6);
        note.setPromptText("Your notes on this report, saved as you type");
        note.textProperty().bindBidirectional(model.note().textProperty());
        note.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                model.note().save();
            }
        });

        VBox side = new VBox(8, section("Provenance"), provenance, section("Same report elsewhere"), sameReport,
                section("Tags"), tags, tagField, section("Notes"), note);
        side.getStyleClass().add("detail-side");
        side.setPadding(new Insets(12, 14, 12, 14));
        side.setPrefWidth(400);
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setPrefWidth(420);
        setRight(sideScroll);

        model.detailProperty().addListener((o, was, now) -> show(now));
    }

    private static Label section(String title) {
        Label l = new Label(title);
        l.getStyleClass().add("section-title");
        return l;
    }

    private void show(ItemDetails.Detail d) {
        text.getChildren().clear();
        provenance.getChildren().clear();
        sameReport.getChildren().clear();
        if (d == null) {
            date.setText("");
            heading.setText("This item is not in the workspace");
            return;
        }
        Item item = d.item();
        date.setText(DateLabels.label(item.date()));
        date.setTooltip(new Tooltip(DateLabels.explanation(item.date())));
        date.getStyleClass().remove("inferred");
        if (DateLabels.isInferred(item.date())) {
            date.getStyleClass().add("inferred");
        }
        heading.setText("Item #" + item.id() + " · " + item.sourceName() + ", " + item.locator()
                + (item.lang() == null ? "" : " · " + item.lang())
                + (item.isDuplicate() ? " · repeats item #" + item.duplicateOf() : ""));
        fillText(item.text(), d);

        row(0, "Source file", d.source().fileName());
        row(1, "Path", d.source().path());
        row(2, "Locator", item.locator().toString());
        row(3, "SHA-256", d.source().sha256());
        row(4, "Imported", IMPORTED.format(d.source().importedAt()));
        row(5, "Format", d.source().format().key() + (d.source().encoding() == null ? ""
                : ", " + d.source().encoding()));

        if (d.sameReport().isEmpty()) {
            Label none = new Label("No repeats: this report is in the workspace once.");
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            sameReport.getChildren().add(none);
        }
        for (Item other : d.sameReport()) {
            Hyperlink link = new Hyperlink((other.isDuplicate() ? "Repeat" : "Primary") + " #" + other.id() + " · "
                    + other.sourceName() + ", " + other.locator() + " · " + DateLabels.label(other.date()));
            link.getStyleClass().add("same-report-link");
            link.setOnAction(e -> model.openItem(other.id()));
            sameReport.getChildren().add(link);
        }
    }

    private void fillText(String full, ItemDetails.Detail d) {
        int at = 0;
        for (PersonSpan span : d.names()) {
            if (span.begin() < at || span.end() > full.length()) {
                continue; // overlapping or out of range: the first one is shown
            }
            if (span.begin() > at) {
                text.getChildren().add(plain(full.substring(at, span.begin())));
            }
            Text name = new Text(full.substring(span.begin(), span.end()));
            name.getStyleClass().add("person-name");
            name.setCursor(Cursor.HAND);
            name.setUserData(span.personId());
            Tooltip.install(name, new Tooltip(span.personName() + " — open the dossier"));
            name.setOnMouseClicked(e -> model.openPerson(span.personId()));
            text.getChildren().add(name);
            at = span.end();
        }
        if (at < full.length()) {
            text.getChildren().add(plain(full.substring(at)));
        }
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("plain");
        return t;
    }

    private void row(int index, String label, String value) {
        Label key = new Label(label);
        key.getStyleClass().add("provenance-key");
        key.setMinWidth(80);
        Label val = new Label(value);
        val.getStyleClass().add("provenance-value");
        val.setWrapText(true);
        val.setId("provenance-" + label.toLowerCase(Locale.ROOT).replace(' ', '-'));
        GridPane.setHgrow(val, Priority.ALWAYS);
        provenance.addRow(index, key, val);
    }

    private void showTags() {
        tags.getChildren().clear();
        for (String tag : model.tags()) {
            Label name = new Label(tag);
            Button remove = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            remove.getStyleClass().addAll("flat", "chip-remove");
            remove.setTooltip(new Tooltip("Remove the tag"));
            remove.setOnAction(e -> model.removeTag(tag));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            tags.getChildren().add(chip);
        }
    }

    /** The note field, for focus handling in the window. */
    public Node noteField() {
        return note;
    }
}
