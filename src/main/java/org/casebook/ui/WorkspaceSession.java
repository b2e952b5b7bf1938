package org.casebook.ui;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import org.casebook.search.ChronologyService;
import org.casebook.store.Workspace;

/**
 * An open workspace and the one thread that talks to it. The workspace has one SQLite connection, so every read
 * and write of the window runs, in order, on this thread, never on the FX thread — except while it is being opened:
 * {@link WorkspaceOpening} prepares it on its own thread before handing it over.
 */
public final class WorkspaceSession implements AutoCloseable {

    private final Workspace workspace;
    private final ExecutorService database;
    private volatile ChronologyService chronology;

    private WorkspaceSession(Workspace workspace) {
        this.workspace = workspace;
        this.database = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "casebook-database");
            t.setDaemon(true);
            return t;
        });
        this.chronology = new ChronologyService(workspace);
    }

    /** Opens (creating if needed) a workspace; call off the FX thread. */
    public static WorkspaceSession open(Path file) {
        return new WorkspaceSession(Workspace.open(file));
    }

    public Path file() {
        return workspace.file();
    }

    /** For work already running on the database thread. */
    public Workspace workspace() {
        return workspace;
    }

    public ChronologyService chronology() {
        return chronology;
    }

    /**
     * After an import: entity lists and filter values are read again. Call on the database thread (or, before the
     * session is handed over, on the opening thread).
     */
    public void refreshServices() {
        ChronologyService fresh = new ChronologyService(workspace);
        fresh.bringEntitiesUpToDate();
        chronology = fresh;
    }

    /** Runs the task on the database thread, after those submitted before; cancelled once the session is closed. */
    public synchronized <T> Task<T> submit(Task<T> task) {
        if (database.isShutdown()) {
            task.cancel();
        } else {
            database.execute(task);
        }
        return task;
    }

    /** Closes the workspace once the work submitted so far is done; closing again does nothing. */
    @Override
    public synchronized void close() {
        if (!database.isShutdown()) {
            database.execute(workspace::close);
            database.shutdown();
        }
    }

    /**
     * Closes the workspace and waits until the work submitted so far (a note being saved, the end of an import) is
     * written: at quit, the database thread would otherwise die with the process.
     */
    public void closeAndWait(java.time.Duration atMost) {
        close();
        try {
            database.awaitTermination(atMost.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
