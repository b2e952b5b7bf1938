package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The first run: no workspace yet, so the window creates one, imports the demo corpus and shows the chronology. */
@ExtendWith(ApplicationExtension.class)
class FirstRunWindowTest {

    @TempDir
    static Path home;
    final AtomicBoolean ready = new AtomicBoolean();
    MainWindow window;

    @Start
    void start(Stage stage) {
        AppPreferences preferences = AppPreferences.at(home);
        window = CasebookApp.open(stage, preferences, home.resolve("casebook.db"), true, () -> ready.set(true));
    }

    @Test
    void theDemoCorpusIsImportedAndShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, ready::get);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(home.resolve("casebook.db")).exists();
        assertThat(window.lastImportSummary().getHeaderText()).startsWith("5 files imported (742 items, 81 repeated)");
        assertThat(robot.lookup("#result-count").queryAs(Label.class).getText()).isEqualTo("661 reports");
        assertThat(window.chronology().optionsProperty().get().persons()).isNotEmpty();
        assertThat(AppPreferences.at(home).recentWorkspaces()).containsExactly(home.resolve("casebook.db"));
        robot.interact(() -> {
            window.lastImportSummary().close();
            window.stage().close();
            window.model().shutdown();
        });
    }
}
