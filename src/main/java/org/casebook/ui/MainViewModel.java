package org.casebook.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.casebook.store.WorkspaceStats;
import org.casebook.ui.command.CommandHistory;
import org.casebook.ui.command.UiCommand;
import org.casebook.ui.importing.ImportCommand;
import org.casebook.ui.importing.ImportSummary;

/**
 * The state of the main window without any controls: the open workspace, what runs in the background and how far
 * it is, the counts in the status bar, recent workspaces, the last import's summary. Views bind to it.
 */
public final class MainViewModel {

    private final AppPreferences preferences;
    private final CommandHistory history = new CommandHistory();
    private final Navigation navigation;

    private final ObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("Casebook");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty counts = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(false);
    /** Incremented whenever the workspace's contents change (opened, imported into): panes reload. */
    private final IntegerProperty dataVersion = new SimpleIntegerProperty(0);
    /** Incremented when a tag or note was saved, undone or redone: the item or person shown reloads them. */
    private final IntegerProperty editsVersion = new SimpleIntegerProperty(0);
    private final ObjectProperty<ImportSummary> lastImport = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private long itemCount = -1;

    public MainViewModel(AppPreferences preferences) {
        this.preferences = preferences;
        this.navigation = new Navigation(Navigation.Place.of(Pane.ofName(preferences.lastPane())));
        navigation.currentProperty().addListener((o, was, now) -> preferences.rememberPane(now.pane().name()));
        darkTheme.set(preferences.darkTheme());
        darkTheme.addListener((o, was, now) -> preferences.rememberDarkTheme(now));
        recent.setAll(preferences.recentWorkspaces());
    }

    /**
     * Shows the workspace being opened; when it did not exist and {@code demoIfNew}, imports the bundled demo corpus
     * into it (the first run). {@code then} runs on the FX thread once the workspace is shown.
     */
    public void start(WorkspaceOpening opening, boolean demoIfNew, Runnable then) {
        showOpening(opening.file());
        open(opening, s -> {
            if (opening.isNew() && demoIfNew) {
                run(ImportCommand.demoCorpus(s), summary -> {
                    lastImport.set(summary);
                    then.run();
                });
            } else {
                then.run();
            }
        });
    }

    /** Opens (creating if needed) a workspace in place of the current one. */
    public void open(Path workspace, Consumer<WorkspaceSession> then) {
        showOpening(workspace); // first: while an import runs the status is bound, and this refuses
        open(WorkspaceOpening.begin(workspace), then);
    }

    private void showOpening(Path workspace) {
        status.set("Opening " + workspace + "…");
        busy.set(true);
        progress.set(-1);
    }

    /** Once opened (persons and cases brought up to date), the workspace replaces the current one and is shown. */
    private void open(WorkspaceOpening opening, Consumer<WorkspaceSession> then) {
        opening.whenDone((opened, failure) -> {
            busy.set(false);
            progress.set(0);
            if (failure != null) {
                status.set("");
                error.set(failure.getMessage());
                return;
            }
            WorkspaceSession previous = session.get();
            session.set(opened);
            if (previous != null) {
                previous.close();
                history.clear();
            }
            preferences.rememberWorkspace(opened.file());
            recent.setAll(preferences.recentWorkspaces());
            title.set("Casebook — " + opened.file().getFileName());
            status.set("Ready");
            error.set(opening.preparingProblem() == null ? null : opening.preparingProblem().getMessage());
            changed(() -> then.accept(opened));
        });
    }

    /** Imports files or folders (from the menu or dropped on the window) and shows the summary. */
    public void importPaths(List<Path> paths) {
        WorkspaceSession s = session.get();
        if (s == null || paths.isEmpty()) {
            return;
        }
        run(ImportCommand.files(s, paths), lastImport::set);
    }

    /** Does a command on the database thread and records it (Edit → Undo takes it back when it can be). */
    public <T> void execute(UiCommand<T> command) {
        run(command, result -> { });
    }

    private <T> void run(UiCommand<T> command, Consumer<T> done) {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        Task<T> task = command.task();
        perform(command, task, "", () -> {
            history.record(command);
            done.accept(task.getValue());
        });
    }

    /** Takes back the latest command that can be taken back (Ctrl+Z). */
    public void undo() {
        UiCommand<?> command = history.nextUndo();
        if (command != null && session.get() != null && !busy.get()) {
            perform(command, command.undoTask(), "Undo ", () -> history.undone(command)); // moved once done
        }
    }

    /** Does the latest undone command again (Ctrl+Shift+Z). */
    public void redo() {
        UiCommand<?> command = history.nextRedo();
        if (command != null && session.get() != null && !busy.get()) {
            perform(command, command.redoTask(), "Redo ", () -> history.redone(command));
        }
    }

    private void perform(UiCommand<?> command, Task<?> task, String prefix, Runnable succeeded) {
        WorkspaceSession s = session.get();
        String what = prefix + command.description();
        track(task);
        task.setOnSucceeded(e -> {
            untrack(task);
            succeeded.run();
            status.set(capitalised(what) + ": done");
            reload(command);
        });
        task.setOnFailed(e -> {
            untrack(task);
            status.set(capitalised(what) + ": failed");
            error.set(task.getException().getMessage());
            reload(command);
        });
        s.submit(task);
    }

    private void reload(UiCommand<?> command) {
        if (command.changesListings()) {
            changed(() -> { });
        } else {
            editsVersion.set(editsVersion.get() + 1);
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Opens an item's detail (a place in the back/forward history). */
    public void openItem(long itemId) {
        navigation.go(new Navigation.Place(Pane.ITEM, Long.toString(itemId)));
    }

    /** Opens a person's dossier (a place in the back/forward history). */
    public void openPerson(long personId) {
        navigation.go(new Navigation.Place(Pane.DOSSIER, Long.toString(personId)));
    }

    /**
     * Opens the network pane centred on a person, with the links up to {@code depth} (1 or 2) away (a place in the
     * back/forward history: subject {@code person:ID/DEPTH}).
     */
    public void openNetwork(long personId, int depth) {
        navigation.go(new Navigation.Place(Pane.NETWORK, "person:" + personId + "/" + depth));
    }

    /** Recounts the workspace and tells the panes to reload. */
    private void changed(Runnable then) {
        WorkspaceSession s = session.get();
        busy.set(true);
        Task<WorkspaceStats> counting = new Task<>() {
            @Override
            protected WorkspaceStats call() {
                return s.workspace().items().stats();
            }
        };
        counting.setOnSucceeded(e -> {
            WorkspaceStats stats = counting.getValue();
            itemCount = stats.items();
            counts.set(String.format("%,d items · %,d reports · %,d sources", stats.items(), stats.primaries(),
                    stats.sources()));
            dataVersion.set(dataVersion.get() + 1);
            busy.set(false);
            then.run();
        });
        counting.setOnFailed(e -> {
            busy.set(false);
            error.set(counting.getException().getMessage());
        });
        s.submit(counting);
    }

    /**
     * Tasks shown in the status bar, oldest first; the window is busy while any runs (a note saved during an import
     * does not end it). When one ends, the bar shows its outcome and the progress of the latest still running.
     */
    private final java.util.List<Task<?>> tracked = new java.util.ArrayList<>();

    private void track(Task<?> task) {
        tracked.add(task);
        busy.set(true);
        follow(task);
    }

    private void untrack(Task<?> task) {
        tracked.remove(task);
        progress.unbind();
        status.unbind();
        if (tracked.isEmpty()) {
            progress.set(0);
            busy.set(false);
        } else {
            progress.bind(tracked.get(tracked.size() - 1).progressProperty());
        }
    }

    private void follow(Task<?> task) {
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
    }

    /** Closes the workspace once what was asked of it is written (waits up to 10 s: the process is ending). */
    public void shutdown() {
        WorkspaceSession s = session.get();
        if (s != null) {
            s.closeAndWait(java.time.Duration.ofSeconds(10));
        }
    }

    public AppPreferences preferences() {
        return preferences;
    }

    public Navigation navigation() {
        return navigation;
    }

    public CommandHistory history() {
        return history;
    }

    /** Items in the workspace after the last count (-1 before the first). */
    public long itemCount() {
        return itemCount;
    }

    public ObjectProperty<WorkspaceSession> sessionProperty() {
        return session;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty countsProperty() {
        return counts;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public IntegerProperty dataVersionProperty() {
        return dataVersion;
    }

    public IntegerProperty editsVersionProperty() {
        return editsVersion;
    }

    public ObjectProperty<ImportSummary> lastImportProperty() {
        return lastImport;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObservableList<Path> recentWorkspaces() {
        return recent;
    }
}
