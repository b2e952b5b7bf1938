package org.casebook.ui.command;

import javafx.concurrent.Task;
import org.casebook.ui.WorkspaceSession;

/** Saves the researcher's note on an item or a person; undo puts the text saved before back. */
public final class NoteCommand implements UiCommand<Void> {

    /** What the note is on. */
    public enum Subject { ITEM, PERSON }

    private final WorkspaceSession session;
    private final Subject subject;
    private final long id;
    private final String before;
    private final String after;

    public NoteCommand(WorkspaceSession session, Subject subject, long id, String before, String after) {
        this.session = session;
        this.subject = subject;
        this.id = id;
        this.before = before == null ? "" : before;
        this.after = after == null ? "" : after;
    }

    @Override
    public String description() {
        return "note on " + (subject == Subject.ITEM ? "item" : "person") + " #" + id;
    }

    @Override
    public Task<Void> task() {
        return save(after);
    }

    private Task<Void> save(String text) {
        return new Task<>() {
            @Override
            protected Void call() {
                return session.workspace().inTransaction(() -> {
                    if (subject == Subject.ITEM) {
                        session.workspace().notes().setOnItem(id, text);
                    } else {
                        session.workspace().notes().setOnEntity(id, text);
                    }
                    return null;
                });
            }
        };
    }

    @Override
    public boolean undoable() {
        return true;
    }

    @Override
    public Task<?> undoTask() {
        return save(before);
    }

    @Override
    public boolean changesListings() {
        return false;
    }

    public String after() {
        return after;
    }
}
