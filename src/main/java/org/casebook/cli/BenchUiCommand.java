package org.casebook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.casebook.ingest.ImportListener;
import org.casebook.ingest.Importer;
import org.casebook.resolve.EntityPass;
import org.casebook.search.SearchService;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casebook bench ui}: times the real window, each time in a new process started from the jar (so a cold
 * start is measured from process start): cold start to an interactive chronology on the demo workspace, the first
 * run (demo corpus imported), and queries typed into the search field on a large workspace, with the process's
 * resident memory after them. The window's side is {@code ui.WindowBench}, driven by {@code casebook.bench.*}
 * system properties. Needs a display: run under {@code xvfb-run}.
 */
@Command(name = "ui", description = "Time the window: cold start, typed queries and memory (needs a display; "
        + "run under xvfb-run -a -s \"-screen 0 1600x1000x24\").")
final class BenchUiCommand implements Callable<Integer> {

    static final List<String> QUERIES = List.of("Kozlov", "torture", "Tokaev", "Токаев", "\"open letter\"",
            "Kazakh*", "person:Ablyazov", "Zhanaozen OR Aktau", "extradition from:2015", "lang:en prison");

    @Spec
    CommandSpec spec;

    @Mixin
    BenchCorpus corpus;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Large workspace to type queries on (copied first, never changed); default: one built "
                    + "from the corpus (--items, --corpus).")
    Path workspaceFile;

    @Option(names = "--query", paramLabel = "Q", description = "A query to type (repeat the option; default: ten "
            + "fixed queries).")
    List<String> queries;

    @Option(names = "--starts", paramLabel = "N",
            description = "Cold starts on the demo workspace (default: ${DEFAULT-VALUE}; 0 skips them).")
    int starts = 5;

    @Option(names = "--rounds", paramLabel = "R",
            description = "Times each query is typed (default: ${DEFAULT-VALUE}; 0 skips the typing).")
    int rounds = 3;

    @Option(names = "--keystroke-ms", paramLabel = "MS",
            description = "Time between two keys (default: ${DEFAULT-VALUE}; under the 150 ms debounce).")
    int keystrokeMs = 60;

    @Option(names = "--java-option", paramLabel = "OPT",
            description = "JVM option for the window's process, e.g. --java-option=-Xmx1g (repeat the option).")
    List<String> javaOptions = new ArrayList<>();

    @Option(names = "--jar", paramLabel = "FILE", description = "Casebook jar to start (default: this one).")
    Path jar;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String display = System.getenv("DISPLAY");
        if ((display == null || display.isBlank()) && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new CliException("bench ui needs a display: run it under "
                    + "xvfb-run -a -s \"-screen 0 1600x1000x24\" java -jar target/casebook.jar bench ui …");
        }
        Path jarFile = jar != null ? jar : ownJar();
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("casebook-bench-ui");
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("java_options", String.join(" ", javaOptions));
        root.put("load_average_at_start", loadAverage());
        try {
            if (starts > 0) {
                coldStarts(jarFile, scratch, root, out);
            }
            if (rounds > 0) {
                typing(jarFile, scratch, root, out);
            }
            if (json) {
                out.println(Json.mapper().writeValueAsString(root));
            }
            return 0;
        } finally {
            BenchImportCommand.deleteTree(scratch);
        }
    }

    private void coldStarts(Path jarFile, Path scratch, ObjectNode root, PrintWriter out) throws Exception {
        Path demo = scratch.resolve("demo.db");
        int built = CasebookCommand.run(new String[] {"demo", "--workspace", demo.toString()},
                new PrintWriter(new StringWriter()), spec.commandLine().getErr());
        if (built != 0) {
            throw new CliException("could not build the demo workspace (exit " + built + ")");
        }
        long items;
        try (Workspace w = Workspace.open(demo)) {
            items = w.items().stats().items();
        }
        // the first start of a jar runs without a class archive and writes one as it exits (WindowJvm)
        Map<String, String> unarchived = window(jarFile, scratch, "start-first", demo, null);
        double firstStart = Double.parseDouble(unarchived.get("spawn_to_ready_ms"));
        List<Double> ready = new ArrayList<>();
        List<Double> readyInJvm = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < starts; i++) {
            Map<String, String> run = window(jarFile, scratch, "start-" + i, demo, null);
            ready.add(Double.parseDouble(run.get("spawn_to_ready_ms")));
            readyInJvm.add(Double.parseDouble(run.get("ready_ms")));
            shown.add(Double.parseDouble(run.get("shown_ms")));
            cpu.add(Double.parseDouble(run.getOrDefault("ready_cpu_ms", "-1")));
        }
        Map<String, String> first = window(jarFile, scratch, "first-run", null, null);
        double firstRun = Double.parseDouble(first.get("spawn_to_ready_ms"));
        ObjectNode node = root.putObject("cold_start");
        node.put("workspace_items", items);
        node.put("runs", starts);
        node.put("ready_median_ms", percentile(ready, 50));
        node.put("ready_max_ms", Collections.max(ready));
        node.put("ready_since_jvm_start_median_ms", percentile(readyInJvm, 50));
        node.put("window_shown_median_ms", percentile(shown, 50));
        node.put("cpu_until_ready_median_ms", percentile(cpu, 50));
        node.put("first_run_ready_ms", firstRun);
        node.put("first_start_of_jar_ready_ms", firstStart);
        if (!json) {
            out.printf("Cold start to an interactive chronology, demo workspace (%,d items), %d runs (load average "
                    + "%s at start; JVM options: %s):%n", items, starts, loadAverage(),
                    javaOptions.isEmpty() ? "(none)" : String.join(" ", javaOptions));
            out.printf("  from process start to the first rows laid out: median %.2f s, max %.2f s (in the window's JVM: "
                    + "median %.2f s; window shown at %.2f s; CPU time until then %.2f s)%n",
                    percentile(ready, 50) / 1000, Collections.max(ready) / 1000, percentile(readyInJvm, 50) / 1000,
                    percentile(shown, 50) / 1000, percentile(cpu, 50) / 1000);
            out.printf("  first start of this jar (no class archive yet; its JVM writes one as it exits): %.2f s%n",
                    firstStart / 1000);
            out.printf("  first run (new Casebook folder: creates the workspace, imports the demo corpus): %.2f s%n",
                    firstRun / 1000);
            out.flush();
        }
    }

    private void typing(Path jarFile, Path scratch, ObjectNode root, PrintWriter out) throws Exception {
        Path db = scratch.resolve("large.db");
        if (workspaceFile != null) {
            if (!Files.isRegularFile(workspaceFile)) {
                throw new CliException(workspaceFile + ": no such workspace");
            }
            for (String suffix : new String[] {"", "-wal"}) {
                Path from = Path.of(workspaceFile + suffix);
                if (Files.exists(from)) {
                    Files.copy(from, Path.of(db + suffix), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        long items;
        try (Workspace w = Workspace.open(db)) {
            if (workspaceFile == null) {
                new Importer(w).importPaths(List.of(corpus.folder(scratch)), Importer.Options.DEFAULT,
                        ImportListener.NONE);
            }
            new EntityPass(w).ensureCurrent(); // as the window would on opening; not what is measured
            new SearchService(w).ensureIndexed();
            w.checkpoint();
            items = w.items().stats().items();
        }
        List<String> typed = queries == null || queries.isEmpty() ? QUERIES : queries;
        Path queryFile = scratch.resolve("queries.txt");
        Files.write(queryFile, typed, StandardCharsets.UTF_8);
        Map<String, String> run = window(jarFile, scratch, "typing", db, queryFile);

        List<Double> total = new ArrayList<>();
        List<Double> afterDebounce = new ArrayList<>();
        List<Double> database = new ArrayList<>();
        Map<String, List<double[]>> byQuery = new LinkedHashMap<>();
        ArrayNode failures = Json.mapper().createArrayNode();
        for (String line : Files.readAllLines(scratch.resolve("typing.out"), StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f[0].equals("query")) {
                double[] t = {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7])};
                total.add(t[0]);
                afterDebounce.add(t[1]);
                database.add(t[2]);
                byQuery.computeIfAbsent(f[1], k -> new ArrayList<>()).add(t);
            } else if (f[0].equals("failed")) {
                failures.add(f[1] + ": " + f[2]);
            }
        }
        if (total.isEmpty()) {
            throw new CliException("no typed query showed its rows: " + failures);
        }
        long rss = Long.parseLong(run.getOrDefault("vmrss_kb", "-1"));
        long hwm = Long.parseLong(run.getOrDefault("vmhwm_kb", "-1"));
        ObjectNode node = root.putObject("typing");
        node.put("workspace_items", items);
        node.put("queries", typed.size());
        node.put("rounds", rounds);
        node.put("keystroke_ms", keystrokeMs);
        node.put("ready_ms", Double.parseDouble(run.get("spawn_to_ready_ms")));
        node.put("first_query_total_ms", total.get(0));
        node.put("after_debounce_p50_ms", percentile(afterDebounce, 50));
        node.put("after_debounce_p95_ms", percentile(afterDebounce, 95));
        node.put("after_debounce_max_ms", Collections.max(afterDebounce));
        node.put("total_p50_ms", percentile(total, 50));
        node.put("total_p95_ms", percentile(total, 95));
        node.put("total_max_ms", Collections.max(total));
        node.put("database_p50_ms", percentile(database, 50));
        node.put("vm_rss_mb", rss / 1024.0);
        node.put("vm_hwm_mb", hwm / 1024.0);
        node.put("heap_used_mb", Long.parseLong(run.getOrDefault("heap_used_kb", "-1")) / 1024.0);
        node.put("heap_max_mb", Long.parseLong(run.getOrDefault("heap_max_kb", "-1")) / 1024.0);
        ObjectNode per = node.putObject("per_query_p50_ms");
        byQuery.forEach((q, runs) -> per.put(q, percentile(runs.stream().map(t -> t[1]).toList(), 50)));
        node.set("failures", failures);
        if (!json) {
            out.printf("Typed queries, %s (%,d items), %d queries x %d rounds, a key every %d ms "
                    + "(window ready %.2f s after process start; load average %s after):%n", workspaceFile != null
                    ? workspaceFile : "generated workspace", items, typed.size(), rounds, keystrokeMs,
                    Double.parseDouble(run.get("spawn_to_ready_ms")) / 1000, loadAverage());
            out.printf("  after the 150 ms debounce to the new rows laid out: p50 %.1f ms, p95 %.1f ms, max %.1f ms "
                    + "(of which database thread p50 %.1f ms)%n", percentile(afterDebounce, 50),
                    percentile(afterDebounce, 95), Collections.max(afterDebounce), percentile(database, 50));
            out.printf("  from the last keystroke (debounce included):     p50 %.1f ms, p95 %.1f ms, max %.1f ms; "
                    + "first query of the process %.1f ms%n", percentile(total, 50), percentile(total, 95),
                    Collections.max(total), total.get(0));
            byQuery.forEach((q, runs) -> out.printf("    %-24s %8.0f matches  after debounce p50 %7.1f ms  "
                            + "(database %6.1f ms, table %5.1f ms)%n", q, runs.get(0)[5],
                    percentile(runs.stream().map(t -> t[1]).toList(), 50),
                    percentile(runs.stream().map(t -> t[2]).toList(), 50),
                    percentile(runs.stream().map(t -> t[3]).toList(), 50)));
            out.printf("  resident memory after the queries: %.0f MB (VmRSS), peak %.0f MB (VmHWM); heap used "
                    + "%.0f MB of max %.0f MB; JVM options: %s%n", rss / 1024.0, hwm / 1024.0,
                    node.get("heap_used_mb").asDouble(), node.get("heap_max_mb").asDouble(),
                    javaOptions.isEmpty() ? "(none)" : String.join(" ", javaOptions));
            failures.forEach(f -> out.println("  FAILED " + f.asText()));
        }
    }

    /** Starts the window in a new process and waits for it to write its figures and quit. */
    private Map<String, String> window(Path jarFile, Path scratch, String name, Path workspace, Path queryFile)
            throws IOException, InterruptedException {
        Path home = Files.createDirectories(scratch.resolve("home-" + name));
        Path figures = scratch.resolve(name + ".out");
        Path log = scratch.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-Dcasebook.home=" + home);
        command.add("-Dcasebook.cache=" + scratch.resolve("cache")); // class archive: made by the first start
        if (workspace != null) {
            command.add("-Dcasebook.workspace=" + workspace);
        }
        command.add("-Dcasebook.bench.ready=" + figures);
        if (queryFile != null) {
            command.add("-Dcasebook.bench.queries=" + queryFile);
            command.add("-Dcasebook.bench.rounds=" + rounds);
            command.add("-Dcasebook.bench.keystroke-ms=" + keystrokeMs);
        }
        command.add("-jar");
        command.add(jarFile.toString());
        long spawned = System.currentTimeMillis();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(queryFile == null ? 3 : 30, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly); // the window's JVM (WindowJvm)
            process.destroyForcibly();
            throw new CliException(name + ": the window did not finish in time; its output: " + tail(log));
        }
        if (!Files.isRegularFile(figures)) {
            throw new CliException(name + ": the window wrote no figures (exit " + process.exitValue()
                    + "); its output: " + tail(log));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(figures, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", 2);
            if (f.length == 2) {
                values.putIfAbsent(f[0], f[1]);
            }
        }
        values.put("spawn_to_ready_ms", Long.toString(Long.parseLong(values.get("ready_epoch_ms")) - spawned));
        return values;
    }

    /** The 1-minute load average (the machine's other work slows every figure), or "?". */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(none)";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static Path ownJar() {
        try {
            Path self = Path.of(BenchUiCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(self) && self.toString().endsWith(".jar")) {
                return self;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through
        }
        throw new CliException("cannot tell which Casebook jar runs; pass --jar target/casebook.jar");
    }

    private static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }
}
