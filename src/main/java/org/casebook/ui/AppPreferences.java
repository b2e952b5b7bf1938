package org.casebook.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.casebook.store.Workspace;

/**
 * What the window remembers between runs (recent workspaces, window size, last pane, theme), in a small properties
 * file {@code ui.properties} in the Casebook folder: {@code ~/.casebook}, or the folder named by the system property
 * {@code casebook.home} (tests use a temporary one, never the user's home).
 */
public final class AppPreferences {

    public static final String HOME_PROPERTY = "casebook.home";
    static final int MAX_RECENT = 8;

    private final Path file;
    private final Path home;
    private final Properties values = new Properties();

    private AppPreferences(Path home) {
        this.home = home;
        this.file = home.resolve("ui.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                values.clear(); // unreadable preferences are forgotten, never fatal
            }
        }
    }

    /** The preferences of the Casebook folder in use (see {@link #HOME_PROPERTY}). */
    public static AppPreferences load() {
        return at(home());
    }

    public static AppPreferences at(Path home) {
        return new AppPreferences(home);
    }

    static Path home() {
        String override = System.getProperty(HOME_PROPERTY);
        return override != null && !override.isBlank() ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".casebook");
    }

    /** The workspace opened when nothing else is asked for: {@link Workspace#defaultFile()} unless home is overridden. */
    public Path defaultWorkspace() {
        return System.getProperty(HOME_PROPERTY) == null ? Workspace.defaultFile() : home.resolve("casebook.db");
    }

    public List<Path> recentWorkspaces() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String p = values.getProperty("recent." + i);
            if (p != null) {
                recent.add(Path.of(p));
            }
        }
        return recent;
    }

    /** Puts the workspace first among the recent ones (at most {@value #MAX_RECENT} are kept). */
    public void rememberWorkspace(Path workspace) {
        List<Path> recent = new ArrayList<>(recentWorkspaces());
        Path absolute = workspace.toAbsolutePath().normalize();
        recent.remove(absolute);
        recent.add(0, absolute);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty("recent." + i, recent.get(i).toString());
            } else {
                values.remove("recent." + i);
            }
        }
        save();
    }

    public double windowWidth() {
        return number("window.width", 1280);
    }

    public double windowHeight() {
        return number("window.height", 800);
    }

    public void rememberWindowSize(double width, double height) {
        values.setProperty("window.width", Long.toString(Math.round(width)));
        values.setProperty("window.height", Long.toString(Math.round(height)));
        save();
    }

    public String lastPane() {
        return values.getProperty("pane", "");
    }

    public void rememberPane(String pane) {
        values.setProperty("pane", pane);
        save();
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(values.getProperty("theme.dark", "false"));
    }

    public void rememberDarkTheme(boolean dark) {
        values.setProperty("theme.dark", Boolean.toString(dark));
        save();
    }

    private double number(String key, double fallback) {
        try {
            double v = Double.parseDouble(values.getProperty(key, ""));
            return v >= 200 && v <= 20_000 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void save() {
        try {
            Files.createDirectories(home);
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "Casebook window preferences");
            }
        } catch (IOException e) {
            // preferences are a convenience: a read-only home must not stop the window
        }
    }
}
