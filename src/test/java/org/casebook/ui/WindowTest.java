package org.casebook.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/** A test of the real window, opened anew on the subclass's workspace for each test and closed after it. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    OpenWindow opened;
    MainWindow window;

    /** The Casebook folder (preferences) the window uses. */
    abstract Path home();

    /** The workspace the window opens. */
    abstract Path workspace();

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
