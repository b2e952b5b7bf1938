package org.casebook.ui.dossier;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.casebook.model.Role;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.ui.MainWindow;

/** The small dialogs of the dossier's corrections: a text, a form of the name, a person, a case and role. */
final class DossierDialogs {

    private final Window owner;

    DossierDialogs(Window owner) {
        this.owner = owner;
    }

    private <T> Dialog<T> styled(Dialog<T> dialog, String id, String title, String header) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(MainWindow.class.getResource(MainWindow.STYLESHEET)
                .toExternalForm());
        return dialog;
    }

    Optional<String> text(String id, String title, String header, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        styled(dialog, id, title, header);
        dialog.getEditor().setId(id + "-text");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    Optional<String> form(String header, List<String> forms) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(forms.isEmpty() ? null : forms.get(0), forms);
        styled(dialog, "split-dialog", "Split a form off", header);
        return dialog.showAndWait();
    }

    /** Picks another person from the list, filtered as one types. */
    Optional<EntityRow> person(String header, ObservableList<EntityRow> persons, long except) {
        Dialog<EntityRow> dialog = styled(new Dialog<>(), "merge-dialog", "Merge persons", header);
        FilteredList<EntityRow> shown = new FilteredList<>(persons, p -> p.id() != except);
        TextField filter = new TextField();
        filter.setId("merge-filter");
        filter.setPromptText("Type part of the name");
        filter.textProperty().addListener((o, was, now) -> {
            String t = now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(p -> p.id() != except && (t.isEmpty() || p.name().toLowerCase(Locale.ROOT).contains(t)
                    || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(t))));
        });
        ListView<EntityRow> list = new ListView<>(shown);
        list.setId("merge-list");
        list.setPrefSize(420, 300);
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(EntityRow p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "  ·  " + p.items().size() + " items  ·  #" + p.id());
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, filter, list));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(b -> b == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(e -> filter.requestFocus());
        return dialog.showAndWait();
    }

    /** A case (existing, or a new name) and a role. */
    record CaseAndRole(String caseName, String role) {
    }

    Optional<CaseAndRole> caseAndRole(String header, List<String> cases) {
        Dialog<CaseAndRole> dialog = styled(new Dialog<>(), "link-dialog", "Link to a case", header);
        ComboBox<String> kase = new ComboBox<>();
        kase.setId("link-case");
        kase.setEditable(true);
        kase.getItems().setAll(cases);
        kase.setPrefWidth(360);
        ComboBox<String> role = new ComboBox<>();
        role.setId("link-role");
        for (Role r : Role.values()) {
            role.getItems().add(r.key());
        }
        role.getSelectionModel().select(Role.DEFENDANT.key());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Case"), kase);
        grid.addRow(1, new Label("Role"), role);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> {
            String name = kase.getEditor().getText();
            return b == ButtonType.OK && name != null && !name.isBlank()
                    ? new CaseAndRole(name.strip(), role.getValue()) : null;
        });
        return dialog.showAndWait();
    }
}
