package org.casebook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import org.casebook.search.ChronologyService;

/**
 * A workspace being opened on a thread of its own: the file opened and migrated, persons and cases brought up to
 * date, the search's item columns read by the query the chronology shows first. At launch it starts before JavaFX
 * does, so the window is built while the workspace opens (most of the cold start). Until {@link #whenDone} hands
 * the session over, this thread is the only one using its connection.
 */
public final class WorkspaceOpening {

    private final Path file;
    private final boolean isNew;
    private final CompletableFuture<WorkspaceSession> session = new CompletableFuture<>();
    private volatile Throwable preparing;
    private volatile boolean handedOver;
    private volatile boolean abandoned;

    private WorkspaceOpening(Path file) {
        this.file = file;
        this.isNew = !Files.exists(file);
    }

    /** Starts opening the workspace (creating it if it does not exist). */
    public static WorkspaceOpening begin(Path file) {
        WorkspaceOpening opening = new WorkspaceOpening(file);
        Thread t = new Thread(opening::open, "casebook-open");
        t.setDaemon(true);
        t.start();
        return opening;
    }

    private void open() {
        WorkspaceSession s;
        try {
            s = WorkspaceSession.open(file);
        } catch (RuntimeException | Error e) {
            session.completeExceptionally(e);
            return;
        }
        try {
            s.refreshServices();
            s.chronology().page("", ChronologyService.Filters.NONE, 1);
        } catch (RuntimeException | Error e) {
            preparing = e; // the workspace is open: shown with this message, as its panes will say what fails
        } finally {
            session.complete(s);
        }
    }

    /**
     * The window closed before taking the session: it is closed once opened. Call on the FX thread (after which no
     * {@link #whenDone} callback runs).
     */
    public void abandon() {
        abandoned = true;
        session.thenAccept(s -> {
            if (!handedOver) {
                s.close();
            }
        });
    }

    /** What went wrong bringing persons and cases up to date, if anything; read once {@link #whenDone} ran. */
    public Throwable preparingProblem() {
        return preparing;
    }

    public Path file() {
        return file;
    }

    /** Whether the file did not exist before: this opening created it. */
    public boolean isNew() {
        return isNew;
    }

    /** Runs {@code then} on the FX thread with the session, or with why it could not be opened. Call on the FX thread. */
    public void whenDone(BiConsumer<WorkspaceSession, Throwable> then) {
        session.whenComplete((s, failure) -> Platform.runLater(() -> {
            if (abandoned) {
                return;
            }
            handedOver = s != null;
            then.accept(s, failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure);
        }));
    }
}
