package org.casebook.ui.dossier;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;
import org.casebook.resolve.Corrections;
import org.casebook.resolve.Dossiers;
import org.casebook.resolve.NameKey;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.ui.MainViewModel;
import org.casebook.ui.WorkspaceSession;
import org.casebook.ui.command.CorrectionCommand;
import org.casebook.ui.command.NoteCommand;
import org.casebook.ui.notes.NoteViewModel;

/**
 * The dossier without controls: the persons (filtered by what the researcher types), the person shown with cases,
 * relations, items and note, and the corrections (rename, alias, split, merge, link, unlink) as undoable commands.
 */
public final class DossierViewModel {

    private final MainViewModel main;
    private final ObservableList<EntityRow> persons = FXCollections.observableArrayList();
    private final FilteredList<EntityRow> filtered = new FilteredList<>(persons, p -> true);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<String> caseNames = FXCollections.observableArrayList();
    /** Read-only views, kept: a view made per call is collected, and with it the listeners added to it. */
    private final ObservableList<EntityRow> personsView = FXCollections.unmodifiableObservableList(persons);
    private final ObservableList<String> caseNamesView = FXCollections.unmodifiableObservableList(caseNames);
    private final ReadOnlyObjectWrapper<Dossiers.Dossier> dossier = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper(false);
    private final NoteViewModel note;
    private Long personId;
    private long generation;

    public DossierViewModel(MainViewModel main) {
        this.main = main;
        this.note = new NoteViewModel(NoteCommand.Subject.PERSON, main::execute);
        filter.addListener((o, was, now) -> filtered.setPredicate(matching(now)));
        main.dataVersionProperty().addListener((o, was, now) -> reload());
        main.editsVersionProperty().addListener((o, was, now) -> reload());
    }

    /** A person matches when any form of the name contains what was typed (accents, case and script aside). */
    private static java.util.function.Predicate<EntityRow> matching(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return p -> true;
        }
        String key = NameKey.of(t);
        return p -> p.name().toLowerCase(Locale.ROOT).contains(t)
                || p.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(t)
                        || (!key.isEmpty() && NameKey.of(a).contains(key)));
    }

    /** Shows a person (null: the list only). */
    public void show(Long id) {
        if (!java.util.Objects.equals(id, personId)) {
            note.save();
        }
        personId = id;
        reload();
    }

    /** Reads the persons and the person shown again. */
    public void reload() {
        WorkspaceSession s = main.sessionProperty().get();
        if (s == null) {
            return;
        }
        Long id = personId;
        long mine = ++generation;
        loading.set(true);
        record Loaded(List<EntityRow> persons, List<String> cases, Dossiers.Dossier dossier) {
        }
        Task<Loaded> task = new Task<>() {
            @Override
            protected Loaded call() {
                Dossiers dossiers = new Dossiers(s.workspace());
                return new Loaded(dossiers.persons(), dossiers.caseNames(), id == null ? null : dossiers.of(id));
            }
        };
        task.setOnSucceeded(e -> {
            if (mine != generation) {
                return;
            }
            Loaded l = task.getValue();
            persons.setAll(l.persons());
            caseNames.setAll(l.cases());
            Dossiers.Dossier was = dossier.get();
            dossier.set(l.dossier());
            missing.set(id != null && l.dossier() == null);
            if (l.dossier() == null) {
                note.clear();
            } else if (was != null && was.person().id() == l.dossier().person().id()) {
                note.reloaded(id, l.dossier().note());
            } else {
                note.load(s, id, l.dossier().note());
            }
            loading.set(false);
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                loading.set(false);
                main.errorProperty().set(task.getException().getMessage());
            }
        });
        s.submit(task);
    }

    // --- corrections, each an undoable command ---

    private void correct(String description, java.util.function.Function<Corrections, Corrections.Done> work) {
        WorkspaceSession s = main.sessionProperty().get();
        if (s != null && dossier.get() != null) {
            main.execute(new CorrectionCommand(s, description, work));
        }
    }

    private String me() {
        return Long.toString(dossier.get().person().id());
    }

    private String name() {
        return dossier.get().person().name();
    }

    public void rename(String newName) {
        if (newName != null && !newName.isBlank() && !newName.strip().equals(name())) {
            String id = me();
            correct("rename of " + name() + " to " + newName.strip(), c -> c.rename(id, newName.strip()));
        }
    }

    public void addAlias(String form) {
        if (form != null && !form.isBlank()) {
            String id = me();
            correct("alias \"" + form.strip() + "\" of " + name(), c -> c.addAlias(id, form.strip()));
        }
    }

    public void removeAlias(String form) {
        String id = me();
        correct("removal of \"" + form + "\" from " + name(), c -> c.removeAlias(id, form));
    }

    public void split(String form) {
        String id = me();
        correct("split of \"" + form + "\" off " + name(), c -> c.split(id, form));
    }

    /** Merges another person into the one shown (which keeps its id and name). */
    public void mergeWith(EntityRow other) {
        if (other != null && other.id() != dossier.get().person().id()) {
            String id = me();
            String otherId = Long.toString(other.id());
            correct("merge of " + other.name() + " into " + name(), c -> c.merge(id, otherId));
        }
    }

    public void link(String caseName, String role) {
        if (caseName != null && !caseName.isBlank() && role != null) {
            String id = me();
            correct("link of " + name() + " to " + caseName.strip() + " as " + role,
                    c -> c.link(id, caseName.strip(), role));
        }
    }

    public void unlink(Dossiers.CaseRole role) {
        String id = me();
        correct("unlink of " + name() + " from " + role.caseName(),
                c -> c.unlink(id, Long.toString(role.caseId()), role.role()));
    }

    /** The network around the person shown, links up to {@code depth} away. */
    public void openNetwork(int depth) {
        if (personId != null) {
            main.openNetwork(personId, depth);
        }
    }

    public void openItem(long itemId) {
        note.save();
        main.openItem(itemId);
    }

    public void openPerson(long id) {
        main.openPerson(id);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** The persons matching the filter, by name. */
    public ObservableList<EntityRow> persons() {
        return filtered;
    }

    /** Every person, for picking whom to merge with. */
    public ObservableList<EntityRow> allPersons() {
        return personsView;
    }

    public ObservableList<String> caseNames() {
        return caseNamesView;
    }

    public ReadOnlyObjectProperty<Dossiers.Dossier> dossierProperty() {
        return dossier.getReadOnlyProperty();
    }

    /** The person asked for is no longer in the workspace (merged into another, or split away). */
    public ReadOnlyBooleanProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public NoteViewModel note() {
        return note;
    }

    public Long personId() {
        return personId;
    }
}
