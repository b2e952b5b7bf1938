package org.casebook.ui.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.casebook.model.Network;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;

/**
 * {@code casebook bench network}: the real network pane in a window of 1600×1000 on a given network. Measures the
 * time until GraphStream's layout reports itself stable (its stabilization limit), the JavaFX pulse intervals
 * meanwhile (frame time as the researcher sees it), then, with the layout frozen, the time to draw one frame of the
 * whole graph and to highlight the neighbours of the busiest node.
 */
public final class NetworkBench {

    private NetworkBench() {
    }

    public static List<String> run(Network network, long maxMillis) throws Exception {
        List<String> out = new ArrayList<>();
        long g0 = System.nanoTime();
        Graph graph = NetworkViewModel.graphOf(network);
        double built = (System.nanoTime() - g0) / 1e6;
        Object layoutMillis = graph.getAttribute("layout.millis");
        out.add(String.format("graph built and laid out off the FX thread in %.1f s: layout %s after %s steps in %.1f s "
                + "(%s, seed 42)%s", built / 1000,
                Boolean.TRUE.equals(graph.getAttribute("layout.stable")) ? "stable" : "NOT stable",
                graph.getAttribute("layout.steps"), layoutMillis == null ? 0 : ((Number) layoutMillis).longValue() / 1000.0,
                graph.getNodeCount() > org.casebook.network.NetworkLayout.FAST_ABOVE
                        ? "JGraphT's Fruchterman-Reingold with Barnes-Hut, cooled in a fixed number of rounds"
                        : "GraphStream's SpringBox until its stabilization limit",
                graph.getNode(0).hasAttribute("betweenness") ? "" : "; betweenness not measured above "
                        + NetworkViewModel.BETWEENNESS_UP_TO + " nodes"));
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        CompletableFuture<List<String>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                measure(network, graph, out, done);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        List<String> lines = done.get(maxMillis + 120_000, TimeUnit.MILLISECONDS);
        Platform.exit();
        return lines;
    }

    private static void measure(Network network, Graph graph, List<String> out,
                                CompletableFuture<List<String>> done) {
        NetworkViewModel model = new NetworkViewModel(null);
        NetworkPane pane = new NetworkPane(model);
        Stage stage = new Stage();
        stage.setScene(new Scene(pane, 1600, 1000));
        stage.show();
        long shown = System.nanoTime();
        model.show(new NetworkViewModel.Shown(network, graph));
        out.add(String.format("shown in the pane in %.0f ms", (System.nanoTime() - shown) / 1e6));
        // zoom in and out a little on every pulse, as a wheel would: the pulse intervals are the frame times
        List<Double> pulses = new ArrayList<>();
        AnimationTimer timer = new AnimationTimer() {
            private long last;
            private int n;

            @Override
            public void handle(long now) {
                if (last != 0 && n > 10) {
                    pulses.add((now - last) / 1e6);
                }
                last = now;
                n++;
                pane.zoomTo(0.6 + 0.4 * Math.abs(Math.sin(n / 20.0))); // as the wheel: links hidden meanwhile
                if (n > 160) {
                    stop();
                    out.add("frame time while zooming (JavaFX pulse intervals; the viewer redraws every 40 ms at most; "
                            + (pane.linksShownProperty().get() ? "links drawn" : "links hidden while the camera moves") + "): "
                            + stats(pulses));
                    // the links come back once the view rests: measure the still frames after that
                    javafx.animation.PauseTransition rest = new javafx.animation.PauseTransition(
                            javafx.util.Duration.millis(NetworkPane.LINKS_BACK_AFTER_MS + 200));
                    rest.setOnFinished(e -> afterwards(pane, model, graph, out, done));
                    rest.play();
                }
            }
        };
        timer.start();
    }

    private static void afterwards(NetworkPane pane, NetworkViewModel model, Graph graph, List<String> out,
                                   CompletableFuture<List<String>> done) {
        List<Double> frames = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t = System.nanoTime();
            pane.view().render(pane.view().getGraphics());
            frames.add((System.nanoTime() - t) / 1e6);
        }
        out.add("one frame of the whole graph drawn: " + stats(frames.subList(5, frames.size())));
        Node busiest = graph.nodes().max(java.util.Comparator.comparingInt(Node::getDegree)).orElseThrow();
        List<Double> hovers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            long t = System.nanoTime();
            pane.hover(busiest.getId());
            pane.hover(null);
            hovers.add((System.nanoTime() - t) / 1e6 / 2);
        }
        out.add(String.format("hover highlight of the busiest node (%d links): %s", busiest.getDegree(), stats(hovers)));
        // the live layout, unfrozen: pulse intervals while GraphStream animates all the nodes
        model.frozenProperty().set(false);
        List<Double> live = new ArrayList<>();
        long start = System.nanoTime();
        AnimationTimer timer = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    live.add((now - last) / 1e6);
                }
                last = now;
                if (now - start > 10_000_000_000L) {
                    stop();
                    out.add("frame time with the live layout running (unfrozen, 10 s): " + stats(live));
                    pane.dispose();
                    done.complete(out);
                }
            }
        };
        timer.start();
    }

    private static String stats(List<Double> values) {
        if (values.isEmpty()) {
            return "none";
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d samples)", sorted.get(sorted.size() / 2),
                sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.95))),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
