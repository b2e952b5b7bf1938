package org.casebook.ui.command;

import javafx.concurrent.Task;

/**
 * A user action that changes the workspace, as an object: it says what it does and makes the task that does it on
 * the database thread. Kept in {@link CommandHistory}; undo comes with the first command that can be taken back
 * (an import cannot: its sources stay, a re-import adds nothing).
 */
public interface UiCommand<T> {

    /** What the command does, for the status bar and, later, the Edit menu ("Undo import of 3 files"). */
    String description();

    /** A new task doing the work; run it once, off the FX thread. */
    Task<T> task();

    default boolean undoable() {
        return false;
    }
}
