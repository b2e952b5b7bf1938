package org.casebook.ui.command;

import javafx.concurrent.Task;

/**
 * A user action that changes the workspace, as an object: it says what it does and makes the task that does it on
 * the database thread. Kept in {@link CommandHistory}; one that can be taken back makes the task that undoes it and
 * the one that does it again (Edit → Undo, Redo: Ctrl+Z, Ctrl+Shift+Z). An import cannot be taken back: its sources
 * stay, a re-import adds nothing.
 */
public interface UiCommand<T> {

    /** What the command does, for the status bar and the Edit menu ("Undo merge of …"). */
    String description();

    /** A new task doing the work; run it once, off the FX thread. */
    Task<T> task();

    default boolean undoable() {
        return false;
    }

    /** A new task taking the work back (only when {@link #undoable()}); run off the FX thread. */
    default Task<?> undoTask() {
        throw new UnsupportedOperationException(description() + " cannot be undone");
    }

    /** A new task doing the work again after an undo; by default the work itself. */
    default Task<?> redoTask() {
        return task();
    }

    /**
     * Whether the command changes what the lists show (items, persons, cases): then the panes reload. Tags and notes
     * change only the item or person they are on.
     */
    default boolean changesListings() {
        return true;
    }
}
