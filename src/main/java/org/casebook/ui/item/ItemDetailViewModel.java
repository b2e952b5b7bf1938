package org.casebook.ui.item;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.casebook.search.ItemDetails;
import org.casebook.ui.MainViewModel;
import org.casebook.ui.WorkspaceSession;
import org.casebook.ui.command.NoteCommand;
import org.casebook.ui.command.TagCommand;
import org.casebook.ui.notes.NoteViewModel;

/**
 * One item without controls: its detail (text, names, provenance, same report), its tags and the note. Reads run on
 * the database thread; tag and note changes are commands of the main view model, so they can be undone.
 */
public final class ItemDetailViewModel {

    private final MainViewModel main;
    private final ReadOnlyObjectWrapper<ItemDetails.Detail> detail = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call is collected, and with it the listeners added to it. */
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final NoteViewModel note;
    private long itemId = -1;
    private long generation;

    public ItemDetailViewModel(MainViewModel main) {
        this.main = main;
        this.note = new NoteViewModel(NoteCommand.Subject.ITEM, main::execute);
        main.editsVersionProperty().addListener((o, was, now) -> reload());
        main.dataVersionProperty().addListener((o, was, now) -> reload());
    }

    /** Shows an item (its note saved first if the previous one was being typed). */
    public void show(long id) {
        if (id != itemId) {
            note.save();
        }
        itemId = id;
        reload();
    }

    /** Reads the shown item again (after a tag, note or correction changed, was undone or redone). */
    public void reload() {
        WorkspaceSession s = main.sessionProperty().get();
        long id = itemId;
        if (s == null || id < 0) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        Task<ItemDetails.Detail> task = new Task<>() {
            @Override
            protected ItemDetails.Detail call() {
                return new ItemDetails(s.workspace()).of(id);
            }
        };
        task.setOnSucceeded(e -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            ItemDetails.Detail d = task.getValue();
            boolean sameItem = detail.get() != null && d != null && detail.get().item().id() == d.item().id();
            detail.set(d);
            tags.setAll(d == null ? java.util.List.of() : d.tags());
            if (d == null) {
                note.clear();
            } else if (sameItem) {
                note.reloaded(id, d.note());
            } else {
                note.load(s, id, d.note());
            }
        });
        task.setOnFailed(e -> {
            if (mine == generation) {
                loading.set(false);
                main.errorProperty().set(task.getException().getMessage());
            }
        });
        s.submit(task);
    }

    public void addTag(String tag) {
        if (tag != null && !tag.isBlank() && itemId >= 0 && tags.stream().noneMatch(t -> t.equalsIgnoreCase(tag.strip()))) {
            main.execute(new TagCommand(main.sessionProperty().get(), itemId, tag, true));
        }
    }

    public void removeTag(String tag) {
        if (itemId >= 0) {
            main.execute(new TagCommand(main.sessionProperty().get(), itemId, tag, false));
        }
    }

    public void openPerson(long personId) {
        note.save();
        main.openPerson(personId);
    }

    public void openItem(long id) {
        main.openItem(id);
    }

    public ReadOnlyObjectProperty<ItemDetails.Detail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ObservableList<String> tags() {
        return tagsView;
    }

    public NoteViewModel note() {
        return note;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
