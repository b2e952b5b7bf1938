package org.casebook.ui.importing;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The summary after an import: a headline, then each file with its outcome and counts or the reason it was refused. */
public final class ImportSummaryDialog extends Dialog<Void> {

    public ImportSummaryDialog(Window owner, ImportSummary summary) {
        initOwner(owner);
        setTitle("Import");
        setHeaderText(summary.headline());
        setGraphic(new FontIcon(summary.rejected() > 0 ? MaterialDesignA.ALERT_CIRCLE : MaterialDesignT.TRAY_ARROW_DOWN));
        TableView<ImportSummary.FileLine> files = new TableView<>();
        files.setId("import-files");
        TableColumn<ImportSummary.FileLine, String> name = new TableColumn<>("File");
        name.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(f.getValue().name()));
        name.setPrefWidth(220);
        TableColumn<ImportSummary.FileLine, String> outcome = new TableColumn<>("Outcome");
        outcome.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(f.getValue().outcome()));
        outcome.setPrefWidth(130);
        TableColumn<ImportSummary.FileLine, String> detail = new TableColumn<>("Items or reason");
        detail.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(f.getValue().detail()));
        detail.setPrefWidth(420);
        files.getColumns().setAll(java.util.List.of(name, outcome, detail));
        files.getItems().setAll(summary.files());
        files.setPrefHeight(Math.min(320, 60 + 30 * summary.files().size()));
        files.setMinWidth(820);
        files.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label note = new Label(summary.rejected() > 0
                ? "A rejected file adds nothing to the workspace; fix it and import it again."
                : "Importing the same file again adds nothing.");
        note.setId("import-note");
        VBox content = new VBox(10, files, note);
        content.setPadding(new Insets(4, 12, 0, 12));
        content.setId("import-summary");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().getStyleClass().add("import-summary");
        getDialogPane().setMinWidth(880);
        setResizable(true);
    }

}
