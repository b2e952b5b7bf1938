package org.casebook.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.casebook.store.Workspace;
import org.casebook.testing.DemoCorpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/** A test of the real window, opened anew on the subclass's workspace for each test and closed after it. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    /** A folder of the test class's own (JUnit makes one per class for a static field). */
    @TempDir
    static Path temp;
    static Path workspaceFile;

    OpenWindow opened;
    MainWindow window;

    /**
     * Resolves the demo corpus into a workspace of this name in the class's folder, which the window will open, with
     * the window's preferences beside it; the caller reads what it needs and closes it.
     */
    static Workspace demoWorkspace(String fileName) {
        System.setProperty(AppPreferences.HOME_PROPERTY, temp.resolve("home").toString());
        workspaceFile = temp.resolve(fileName);
        return DemoCorpus.resolved(workspaceFile);
    }

    /** The Casebook folder (preferences) the window uses. */
    Path home() {
        return temp.resolve("home");
    }

    /** The workspace the window opens. */
    Path workspace() {
        return workspaceFile;
    }

    /** On TestFX's primary stage (its @Start is looked for on the test class only, not here). */
    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.setupStage((Stage stage) -> {
            opened = OpenWindow.on(stage, home(), workspace());
            window = opened.window;
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        opened.close(robot);
    }

    void awaitIdle() throws Exception {
        opened.awaitIdle();
    }
}
