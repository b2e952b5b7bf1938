package org.casebook.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The window. Started by {@link org.casebook.Main} without arguments (Main itself is not an Application: a fat jar
 * started with {@code java -jar} cannot launch one directly, and the command line must run without a display).
 *
 * <p>System properties: {@code casebook.workspace} opens that workspace; {@code casebook.home} moves the
 * preferences and the default workspace (tests); {@code casebook.snapshots=DIR} writes PNGs of every pane into DIR
 * once the chronology has loaded, then quits (docs/screenshots); {@code casebook.bench.*} are read by
 * {@link WindowBench} ({@code casebook bench ui}).
 */
public final class CasebookApp extends Application {

    public static final String WORKSPACE_PROPERTY = "casebook.workspace";
    public static final String SNAPSHOTS_PROPERTY = "casebook.snapshots";

    /**
     * What {@link #launchWindow} started before JavaFX: {@code Application.launch} makes the instance itself, so
     * this is how it reaches {@link #start}.
     */
    private static volatile Launch launch;

    private record Launch(AppPreferences preferences, WorkspaceOpening opening) {
        static Launch begin() {
            AppPreferences preferences = AppPreferences.load();
            return new Launch(preferences, WorkspaceOpening.begin(workspace(preferences)));
        }
    }

    private MainWindow window;
    private WorkspaceOpening opening;

    /** Starts opening the workspace, then JavaFX: the window is built while the workspace opens. */
    public static void launchWindow(String[] args) {
        launch = Launch.begin();
        Application.launch(CasebookApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Launch started = launch != null ? launch : Launch.begin();
        opening = started.opening();
        AppPreferences preferences = started.preferences();
        boolean demoIfNew = started.opening().file().equals(preferences.defaultWorkspace());
        window = open(stage, preferences, started.opening(), demoIfNew, () -> {
            String snapshots = System.getProperty(SNAPSHOTS_PROPERTY);
            if (snapshots != null) {
                new Snapshots(window, Path.of(snapshots)).run(Platform::exit);
            }
        });
        WindowBench bench = WindowBench.fromSystemProperties();
        if (bench != null) {
            bench.attach(window);
        }
    }

    /**
     * Shows the main window on a stage and opens the workspace (creating it, with the demo corpus imported, when it
     * does not exist and {@code demoIfNew}). {@code ready} runs once the chronology has its first rows.
     */
    public static MainWindow open(Stage stage, AppPreferences preferences, Path workspace, boolean demoIfNew,
                                  Runnable ready) {
        return open(stage, preferences, WorkspaceOpening.begin(workspace), demoIfNew, ready);
    }

    private static MainWindow open(Stage stage, AppPreferences preferences, WorkspaceOpening opening,
                                   boolean demoIfNew, Runnable ready) {
        MainViewModel model = new MainViewModel(preferences);
        MainWindow window = new MainWindow(stage, model);
        stage.show();
        model.start(opening, demoIfNew, () -> window.whenIdle(ready));
        return window;
    }

    /** The workspace asked for, else the most recent one that still exists, else the default. */
    private static Path workspace(AppPreferences preferences) {
        String asked = System.getProperty(WORKSPACE_PROPERTY);
        if (asked != null && !asked.isBlank()) {
            return Path.of(asked);
        }
        return preferences.recentWorkspaces().stream().filter(Files::isRegularFile).findFirst()
                .orElse(preferences.defaultWorkspace());
    }

    @Override
    public void stop() {
        if (opening != null) {
            opening.abandon(); // closed before the workspace was shown: closed once opened
        }
        if (window != null) {
            window.saveNotes();
            window.model().shutdown();
        }
    }
}
