package org.casebook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window remembers recent workspaces, its size, the last pane and the theme, in the folder it is given. */
class AppPreferencesTest {

    @TempDir
    Path home;

    @Test
    void whatIsRememberedIsThereNextTime() {
        AppPreferences first = AppPreferences.at(home);
        assertThat(first.recentWorkspaces()).isEmpty();
        assertThat(first.windowWidth()).isEqualTo(1280);
        for (int i = 0; i < 10; i++) {
            first.rememberWorkspace(home.resolve("case" + i + ".db"));
        }
        first.rememberWorkspace(home.resolve("case3.db"));
        first.rememberWindowSize(1500, 950);
        first.rememberPane("CHRONOLOGY");
        first.rememberDarkTheme(true);

        AppPreferences next = AppPreferences.at(home);
        assertThat(next.recentWorkspaces()).hasSize(AppPreferences.MAX_RECENT)
                .startsWith(home.resolve("case3.db"), home.resolve("case9.db"), home.resolve("case8.db"))
                .doesNotContain(home.resolve("case0.db"));
        assertThat(next.windowWidth()).isEqualTo(1500);
        assertThat(next.windowHeight()).isEqualTo(950);
        assertThat(Pane.ofName(next.lastPane())).isEqualTo(Pane.CHRONOLOGY);
        assertThat(next.darkTheme()).isTrue();
        assertThat(home.resolve("ui.properties")).exists();
    }

    @Test
    void damagedPreferencesAreForgottenNotFatal() throws Exception {
        Files.writeString(home.resolve("ui.properties"), "window.width=abc\nrecent.0=\\u12");
        AppPreferences prefs = AppPreferences.at(home);
        assertThat(prefs.windowWidth()).isEqualTo(1280);
        assertThat(Pane.ofName("NETWORK")).isEqualTo(Pane.NETWORK);
        assertThat(Pane.ofName("SOMETHING")).as("a pane that does not exist").isEqualTo(Pane.CHRONOLOGY);
        assertThat(Pane.ofName("ITEM")).as("the item detail needs an item").isEqualTo(Pane.CHRONOLOGY);
        assertThat(Pane.ofName("dossier")).isEqualTo(Pane.DOSSIER);
    }
}
