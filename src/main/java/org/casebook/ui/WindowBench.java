package org.casebook.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;
import org.casebook.ui.chronology.ChronologyViewModel;
import org.casebook.ui.chronology.ChronologyViewModel.RunTiming;

/**
 * The window's side of {@code casebook bench ui}. Its system properties are read here and nowhere else; without
 * {@value #READY_PROPERTY} the window behaves as always.
 *
 * <ul>
 * <li>{@value #READY_PROPERTY}{@code =FILE}: once the chronology table has laid out its first rows, writes the time
 * since the JVM started, the wall clock (for {@code bench ui}, which started the process) and the process's CPU time
 * into FILE, then quits, unless queries are given:</li>
 * <li>{@value #QUERIES_PROPERTY}{@code =FILE}: types each line of FILE into the search field, a key every
 * {@value #KEYSTROKE_PROPERTY} ms (default 60), {@value #ROUNDS_PROPERTY} times (default 3), and writes for each
 * the time from the last keystroke, and from the end of the debounce, to the layout of the new rows; then the
 * resident memory (VmRSS, VmHWM), and quits.</li>
 * </ul>
 */
final class WindowBench {

    static final String READY_PROPERTY = "casebook.bench.ready";
    static final String QUERIES_PROPERTY = "casebook.bench.queries";
    static final String ROUNDS_PROPERTY = "casebook.bench.rounds";
    static final String KEYSTROKE_PROPERTY = "casebook.bench.keystroke-ms";

    private static final long QUERY_TIMEOUT_MS = 60_000;

    private final Path out;
    private final List<String> queries;
    private final int rounds;
    private final int keystrokeMs;
    private final List<String> lines = new ArrayList<>();
    private MainWindow window;

    private WindowBench(Path out, List<String> queries, int rounds, int keystrokeMs) {
        this.out = out;
        this.queries = queries;
        this.rounds = rounds;
        this.keystrokeMs = keystrokeMs;
    }

    /** The benchmark asked for by the system properties, or null (the normal window). */
    static WindowBench fromSystemProperties() {
        String ready = System.getProperty(READY_PROPERTY);
        if (ready == null || ready.isBlank()) {
            return null;
        }
        List<String> queries = List.of();
        String file = System.getProperty(QUERIES_PROPERTY);
        if (file != null && !file.isBlank()) {
            try {
                queries = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream()
                        .filter(q -> !q.isBlank()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new WindowBench(Path.of(ready), queries, Integer.getInteger(ROUNDS_PROPERTY, 3),
                Integer.getInteger(KEYSTROKE_PROPERTY, 60));
    }

    /** Call right after the window is shown, on the FX thread. */
    void attach(MainWindow shown) {
        this.window = shown;
        record("shown_ms", sinceJvmStart());
        ChronologyViewModel chronology = shown.chronology();
        ChangeListener<RunTiming> first = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RunTiming> o, RunTiming was,
                                RunTiming now) {
                if (now != null && now.rows() > 0) {
                    chronology.lastRunProperty().removeListener(this);
                    afterLayout(() -> {
                        long epoch = System.currentTimeMillis();
                        record("ready_ms", sinceJvmStart());
                        record("ready_epoch_ms", epoch);
                        record("ready_cpu_ms", cpuMillis());
                        record("ready_rows", now.rows());
                        record("ready_busy", shown.model().busyProperty().get() ? 1 : 0);
                        if (queries.isEmpty() || rounds <= 0) {
                            finish();
                        } else {
                            shown.whenIdle(() -> typeAll(0));
                        }
                    });
                }
            }
        };
        chronology.lastRunProperty().addListener(first);
    }

    private void typeAll(int index) {
        if (index >= queries.size() * rounds) {
            memory();
            finish();
            return;
        }
        String query = queries.get(index % queries.size());
        TextField field = (TextField) window.scene().lookup("#search-field");
        field.requestFocus();
        field.selectAll();
        Timeline keys = new Timeline();
        for (int i = 0; i < query.length(); i++) {
            String ch = query.substring(i, i + 1);
            boolean last = i == query.length() - 1;
            keys.getKeyFrames().add(new KeyFrame(Duration.millis((double) i * keystrokeMs), e -> {
                field.fireEvent(new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false,
                        false));
                if (last) {
                    awaitRows(query, System.nanoTime(), () -> {
                        PauseTransition rest = new PauseTransition(Duration.millis(400));
                        rest.setOnFinished(r -> typeAll(index + 1));
                        rest.play();
                    });
                }
            }));
        }
        keys.play();
    }

    /** Waits for the run of this query started after the last keystroke, then for the layout of its rows. */
    private void awaitRows(String query, long lastKey, Runnable next) {
        if (!query.trim().equals(window.chronology().queryProperty().get().trim())) {
            lines.add("failed\t" + query + "\tthe search field holds '" + window.chronology().queryProperty().get()
                    + "'");
            next.run();
            return;
        }
        ChronologyViewModel chronology = window.chronology();
        AtomicBoolean done = new AtomicBoolean();
        PauseTransition timeout = new PauseTransition(Duration.millis(QUERY_TIMEOUT_MS));
        ChangeListener<RunTiming> shownRun = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends RunTiming> o, RunTiming was,
                                RunTiming run) {
                if (run == null || run.startedNanos() < lastKey || !run.query().equals(query.trim())) {
                    return;
                }
                chronology.lastRunProperty().removeListener(this);
                timeout.stop();
                afterLayout(() -> {
                    long laidOut = System.nanoTime();
                    done.set(true);
                    lines.add(String.join("\t", "query", query, ms(laidOut - lastKey), ms(laidOut - run.startedNanos()),
                            ms(run.computedNanos() - run.startedNanos()), ms(laidOut - run.computedNanos()),
                            Integer.toString(run.rows()), Long.toString(run.total())));
                    next.run();
                });
            }
        };
        chronology.lastRunProperty().addListener(shownRun);
        timeout.setOnFinished(e -> {
            chronology.lastRunProperty().removeListener(shownRun);
            if (!done.get()) {
                lines.add("failed\t" + query + "\tno rows within " + QUERY_TIMEOUT_MS + " ms"
                        + (chronology.problemProperty().get() == null ? "" : ": " + chronology.problemProperty().get()));
                next.run();
            }
        });
        timeout.play();
    }

    /** Runs once the next layout pulse is over: the table has laid out the rows just set (painting follows). */
    private void afterLayout(Runnable then) {
        Scene scene = window.scene();
        AtomicBoolean ran = new AtomicBoolean();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (ran.compareAndSet(false, true)) {
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    String[] parts = line.split("\\s+");
                    record(parts[0].replace(":", "").toLowerCase(Locale.ROOT) + "_kb", Long.parseLong(parts[1]));
                }
            }
        } catch (IOException | RuntimeException e) {
            lines.add("memory\tunreadable: " + e.getMessage());
        }
        Runtime rt = Runtime.getRuntime();
        record("heap_used_kb", (rt.totalMemory() - rt.freeMemory()) / 1024);
        record("heap_committed_kb", rt.totalMemory() / 1024);
        record("heap_max_kb", rt.maxMemory() / 1024);
    }

    private void finish() {
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("casebook: " + out + ": cannot write the benchmark figures: " + e.getMessage());
        }
        Platform.exit();
    }

    private void record(String key, long value) {
        lines.add(key + "\t" + value);
    }

    /** CPU time of the process so far (all threads, user and system), from /proc/self/stat; -1 if unreadable. */
    private static long cpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10; // utime, stime in ticks of 10 ms
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
