package org.casebook.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.casebook.ingest.DemoCorpus;
import org.casebook.ui.chronology.ChronologyViewModel;

/**
 * Walks the real window through its panes and writes a PNG of each (docs/screenshots): the chronology, a search,
 * a brushed timeline, the summary of an import with a refused file, the dark theme, an item's detail and a person's
 * dossier. Started by the system
 * property {@code casebook.snapshots=DIR}; quits when done.
 */
final class Snapshots {

    private final MainWindow window;
    private final Path folder;
    private final Deque<Consumer<Runnable>> steps = new ArrayDeque<>();

    Snapshots(MainWindow window, Path folder) {
        this.window = window;
        this.folder = folder;
    }

    void run(Runnable done) {
        ChronologyViewModel chronology = window.chronology();
        step(next -> shoot(window.scene(), "chronology.png", next));
        step(next -> {
            chronology.queryProperty().set("Tokaev");
            window.whenIdle(() -> shoot(window.scene(), "chronology-search.png", next));
        });
        step(next -> {
            chronology.queryProperty().set("");
            List<String> keys = window.chronologyPane().timeline().keys();
            window.chronologyPane().timeline().brush(Math.max(0, keys.size() - 12), keys.size() - 1);
            window.whenIdle(() -> shoot(window.scene(), "chronology-timeline-brushed.png", next));
        });
        step(next -> {
            chronology.rangeProperty().set(null);
            window.model().importPaths(List.of(badFile(), demoFile()));
            window.whenIdle(() -> shoot(window.lastImportSummary().getDialogPane().getScene(), "import-summary.png",
                    () -> {
                        window.lastImportSummary().close();
                        next.run();
                    }));
        });
        step(next -> {
            window.model().darkThemeProperty().set(true);
            chronology.queryProperty().set("person:Ablyazov extradition");
            window.whenIdle(() -> shoot(window.scene(), "chronology-dark.png", () -> {
                window.model().darkThemeProperty().set(false);
                next.run();
            }));
        });
        step(next -> {
            // a report naming several persons, then the dossier of one of them (aliases, cases, relations, items)
            chronology.queryProperty().set("person:Kozlov");
            window.whenIdle(() -> {
                var rows = window.chronologyPane().table().getItems();
                var withNames = rows.stream().filter(r -> r.persons().size() >= 3).findFirst()
                        .orElse(rows.isEmpty() ? null : rows.get(0));
                if (withNames == null) {
                    next.run();
                    return;
                }
                window.model().openItem(withNames.id());
                window.whenIdle(() -> shoot(window.scene(), "item-detail.png", next));
            });
        });
        step(next -> {
            window.dossier().filterProperty().set("Kozlov");
            window.whenIdle(() -> {
                var kozlov = window.dossier().persons().stream()
                        .filter(p -> p.name().equals("Vladimir Kozlov")).findFirst();
                kozlov.ifPresent(p -> window.model().openPerson(p.id()));
                window.whenIdle(() -> shoot(window.scene(), "dossier.png", next));
            });
        });
        step(next -> done.run());
        advance();
    }

    private void step(Consumer<Runnable> step) {
        steps.add(step);
    }

    private void advance() {
        Consumer<Runnable> step = steps.poll();
        if (step != null) {
            step.accept(this::advance);
        }
    }

    private void shoot(Scene scene, String name, Runnable then) {
        try {
            Files.createDirectories(folder);
            WritableImage image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", folder.resolve(name).toFile());
            System.out.println("wrote " + folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        then.run();
    }

    /** A file Casebook refuses (binary data), to show a rejection in the import summary. */
    private static Path badFile() {
        try {
            Path dir = Files.createTempDirectory("casebook-snapshot");
            Path bad = dir.resolve("scan-0413.txt");
            byte[] bytes = new byte[4096];
            new java.util.Random(7).nextBytes(bytes);
            Files.write(bad, bytes);
            bad.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return bad;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demo file, already in the workspace: shown as "already imported". */
    private static Path demoFile() {
        try {
            Path dir = Files.createTempDirectory("casebook-snapshot");
            DemoCorpus.copyTo(dir, List.of(DemoCorpus.FILES.get(0)));
            Path file = dir.resolve(DemoCorpus.FILES.get(0));
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
