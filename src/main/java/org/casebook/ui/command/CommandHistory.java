package org.casebook.ui.command;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The commands done in this session, oldest first: the place undo and redo will work from. */
public final class CommandHistory {

    private final ObservableList<UiCommand<?>> done = FXCollections.observableArrayList();

    public void record(UiCommand<?> command) {
        done.add(command);
    }

    public ObservableList<UiCommand<?>> done() {
        return FXCollections.unmodifiableObservableList(done);
    }
}
