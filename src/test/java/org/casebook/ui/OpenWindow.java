package org.casebook.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window opened on a workspace for a test, and the waits a test needs before it looks. */
final class OpenWindow {

    final MainWindow window;
    private final AtomicBoolean ready = new AtomicBoolean();

    private OpenWindow(Stage stage, Path home, Path workspaceFile) {
        window = CasebookApp.open(stage, AppPreferences.at(home), workspaceFile, false, () -> ready.set(true));
    }

    static OpenWindow on(Stage stage, Path home, Path workspaceFile) {
        return new OpenWindow(stage, home, workspaceFile);
    }

    /** Waits until the workspace is shown and no background work is pending. */
    void awaitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, ready::get);
        WaitForAsyncUtils.waitForFxEvents();
        AtomicBoolean idle = new AtomicBoolean();
        WaitForAsyncUtils.asyncFx(() -> window.whenIdle(() -> idle.set(true)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, idle::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close(FxRobot robot) {
        robot.interact(() -> {
            window.stage().close();
            window.model().shutdown();
        });
    }
}
