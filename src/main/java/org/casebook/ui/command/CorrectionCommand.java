package org.casebook.ui.command;

import java.util.function.Function;
import javafx.concurrent.Task;
import org.casebook.resolve.Corrections;
import org.casebook.ui.WorkspaceSession;

/**
 * A correction of persons or cases (merge, split, rename, alias, link, unlink) made in the window: recorded as a
 * decision by {@link Corrections}, exactly as the command line does. Undo takes that decision back (what
 * {@code casebook undo} does); redo records it again.
 */
public final class CorrectionCommand implements UiCommand<Corrections.Done> {

    private final WorkspaceSession session;
    private final String description;
    private final Function<Corrections, Corrections.Done> work;
    private volatile Corrections.Done done;

    public CorrectionCommand(WorkspaceSession session, String description,
                             Function<Corrections, Corrections.Done> work) {
        this.session = session;
        this.description = description;
        this.work = work;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Task<Corrections.Done> task() {
        return new Task<>() {
            @Override
            protected Corrections.Done call() {
                updateMessage(description + "…");
                done = work.apply(new Corrections(session.workspace()));
                session.refreshServices();
                return done;
            }
        };
    }

    @Override
    public boolean undoable() {
        return true;
    }

    @Override
    public Task<?> undoTask() {
        return new Task<Void>() {
            @Override
            protected Void call() {
                updateMessage("Undo " + description + "…");
                new Corrections(session.workspace()).undo(done.decisionId());
                session.refreshServices();
                return null;
            }
        };
    }

    @Override
    public Task<?> redoTask() {
        return new Task<Corrections.Done>() {
            @Override
            protected Corrections.Done call() {
                updateMessage("Redo " + description + "…");
                Corrections.Done again = new Corrections(session.workspace()).decide(done.action(), done.args(),
                        done.message());
                done = again;
                session.refreshServices();
                return again;
            }
        };
    }

    /** The correction as made (after the task ran), or null. */
    public Corrections.Done done() {
        return done;
    }
}
