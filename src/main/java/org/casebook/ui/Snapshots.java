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
 * dossier, the network and the network around a person with a shortest path. Started by the system
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
        step(next -> {
            // the whole network of the demo, laid out, then frozen so the picture is the settled one
            window.model().navigation().go(Navigation.Place.of(Pane.NETWORK));
            afterLayout(() -> shoot(window.scene(), "network.png", next));
        });
        step(next -> {
            // the network around Vladimir Kozlov (depth 2), opened from his dossier, with a shortest path
            window.dossier().openNetwork(2);
            afterLayout(() -> {
                var persons = window.network().persons();
                var kozlov = persons.stream().filter(p -> p.label().equals("Vladimir Kozlov")).findFirst();
                var far = persons.stream().filter(p -> kozlov.isPresent() && !p.equals(kozlov.get())).reduce((a, b) -> b);
                if (kozlov.isPresent() && far.isPresent()) {
                    window.network().pathFromProperty().set(kozlov.get());
                    window.network().pathToProperty().set(far.get());
                    window.network().findPath();
                }
                javafx.animation.PauseTransition drawn = new javafx.animation.PauseTransition(
                        javafx.util.Duration.millis(400));
                drawn.setOnFinished(f -> shoot(window.scene(), "network-ego.png", next));
                drawn.play();
            });
        });
        step(next -> done.run());
        advance();
    }

    /** Waits for the network to be built and its layout to settle (at most 12 s), freezes it, then goes on. */
    private void afterLayout(Runnable then) {
        window.whenIdle(() -> {
            long start = System.currentTimeMillis();
            javafx.animation.Timeline poll = new javafx.animation.Timeline();
            poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(200), e -> {
                var layout = window.networkPane().runningLayout();
                boolean settled = layout == null || layout.getStabilization() >= layout.getStabilizationLimit();
                if (settled || System.currentTimeMillis() - start > 12_000) {
                    poll.stop();
                    window.network().frozenProperty().set(true);
                    javafx.animation.PauseTransition pause = new javafx.animation.PauseTransition(
                            javafx.util.Duration.millis(400));
                    pause.setOnFinished(f -> then.run());
                    pause.play();
                }
            }));
            poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
            poll.play();
        });
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
