package org.casebook.ui.notes;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.util.Duration;
import org.casebook.ui.WorkspaceSession;
import org.casebook.ui.command.NoteCommand;
import org.casebook.ui.command.UiCommand;

/**
 * The researcher's note on the item or person shown, saved at once: {@value #PAUSE_MS} ms after the last keystroke,
 * when the field loses focus, and before another item or person is shown. Each save is a {@link NoteCommand}, so
 * Ctrl+Z takes it back.
 */
public final class NoteViewModel {

    public static final int PAUSE_MS = 700;

    private final NoteCommand.Subject subject;
    private final Consumer<UiCommand<?>> executor;
    private final StringProperty text = new SimpleStringProperty("");
    private final PauseTransition pause = new PauseTransition(Duration.millis(PAUSE_MS));
    private WorkspaceSession session;
    private long id = -1;
    private String saved = "";
    private boolean loading;

    public NoteViewModel(NoteCommand.Subject subject, Consumer<UiCommand<?>> executor) {
        this.subject = subject;
        this.executor = executor;
        pause.setOnFinished(e -> save());
        text.addListener((o, was, now) -> {
            if (!loading && id >= 0) {
                pause.playFromStart();
            }
        });
    }

    /** Shows the note of another item or person; what was typed for the previous one is saved first. */
    public void load(WorkspaceSession s, long subjectId, String stored) {
        save();
        session = s;
        id = subjectId;
        saved = stored;
        set(stored);
    }

    /** The stored note was read again (after an undo): shown unless the researcher has typed since. */
    public void reloaded(long subjectId, String stored) {
        if (subjectId != id) {
            return;
        }
        if (text.get().equals(saved)) {
            set(stored);
        }
        saved = stored;
    }

    /** Nothing shown (the person or item is gone): saves what was typed. */
    public void clear() {
        save();
        id = -1;
        saved = "";
        set("");
    }

    /** Saves what was typed, if anything changed since the last save. */
    public void save() {
        pause.stop();
        String now = text.get();
        if (session != null && id >= 0 && !now.equals(saved)) {
            executor.accept(new NoteCommand(session, subject, id, saved, now));
            saved = now;
        }
    }

    private void set(String value) {
        loading = true;
        try {
            text.set(value);
        } finally {
            loading = false;
        }
    }

    public StringProperty textProperty() {
        return text;
    }
}
