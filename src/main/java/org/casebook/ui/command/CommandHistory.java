package org.casebook.ui.command;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The commands done in this session, oldest first, and the undo and redo stacks. A new undoable command clears the
 * redo stack, as in any editor. Only the FX thread touches it.
 */
public final class CommandHistory {

    private final ObservableList<UiCommand<?>> done = FXCollections.observableArrayList();
    private final Deque<UiCommand<?>> undo = new ArrayDeque<>();
    private final Deque<UiCommand<?>> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");

    /** A command done (not an undo or redo of one). */
    public void record(UiCommand<?> command) {
        done.add(command);
        if (command.undoable()) {
            undo.push(command);
            redo.clear();
        }
        update();
    }

    /** The command the next undo takes back, or null. */
    public UiCommand<?> nextUndo() {
        return undo.peek();
    }

    /** The command the next redo does again, or null. */
    public UiCommand<?> nextRedo() {
        return redo.peek();
    }

    /** The command has been taken back. */
    public void undone(UiCommand<?> command) {
        undo.remove(command); // not always on top: a note may have been saved while it was being undone
        redo.push(command);
        update();
    }

    /** The command has been done again. */
    public void redone(UiCommand<?> command) {
        redo.remove(command);
        undo.push(command);
        update();
    }

    /** After a workspace is opened in place of another: its commands cannot be taken back there. */
    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        undoText.set(undo.isEmpty() ? "Undo" : "Undo " + undo.peek().description());
        redoText.set(redo.isEmpty() ? "Redo" : "Redo " + redo.peek().description());
    }

    public ObservableList<UiCommand<?>> done() {
        return FXCollections.unmodifiableObservableList(done);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo merge of …" for the Edit menu. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }
}
