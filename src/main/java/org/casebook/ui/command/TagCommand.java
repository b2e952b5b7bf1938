package org.casebook.ui.command;

import javafx.concurrent.Task;
import org.casebook.ui.WorkspaceSession;

/** Adds a tag to an item or removes one; undo does the opposite (nothing when the tag was already so). */
public final class TagCommand implements UiCommand<Boolean> {

    private final WorkspaceSession session;
    private final long itemId;
    private final String tag;
    private final boolean add;
    private volatile boolean changed;

    public TagCommand(WorkspaceSession session, long itemId, String tag, boolean add) {
        this.session = session;
        this.itemId = itemId;
        this.tag = tag.strip();
        this.add = add;
    }

    @Override
    public String description() {
        return (add ? "tag \"" : "untag \"") + tag + "\" on item #" + itemId;
    }

    @Override
    public Task<Boolean> task() {
        return task(add);
    }

    private Task<Boolean> task(boolean adding) {
        return new Task<>() {
            @Override
            protected Boolean call() {
                var tags = session.workspace().tags();
                changed = session.workspace().inTransaction(() -> adding ? tags.add(itemId, tag) : tags.remove(itemId, tag));
                return changed;
            }
        };
    }

    @Override
    public boolean undoable() {
        return true;
    }

    @Override
    public Task<?> undoTask() {
        if (!changed) {
            return new Task<Boolean>() {
                @Override
                protected Boolean call() {
                    return false;
                }
            };
        }
        return task(!add);
    }

    @Override
    public boolean changesListings() {
        return false;
    }

    public long itemId() {
        return itemId;
    }
}
