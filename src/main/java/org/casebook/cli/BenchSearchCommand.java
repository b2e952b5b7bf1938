package org.casebook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * {@code casebook bench search}: a fixed set of queries on a scaled workspace, each run several times: p50 and
 * p95 of a ranked top 50 with count and facets, the same queries as raw FTS5 MATCH, and {@code rg -c -i} over the
 * same text for the single-word ones.
 */
@Command(name = "search", description = "Time a fixed set of queries on a scaled corpus.")
final class BenchSearchCommand implements Callable<Integer> {

    static final List<String> QUERIES = List.of("Kozlov", "Nazarbayev", "torture", "prison", "Strasbourg", "Tokaev",
            "Токаев", "Austrevicius", "\"open letter\"", "\"political prisoner\"", "\"human rights\"",
            "Zhanaozen OR Aktau", "letter -Nazarbayev", "Kazakh*", "NEAR(Kozlov prison, 5)", "person:Ablyazov",
            "person:Tokaev", "Kozlov from:2012 to:2013", "extradition from:2015", "lang:en torture");

    @Spec
    CommandSpec spec;

    @Mixin
    BenchCorpus corpus;

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace to search; built from the corpus if it does not exist yet (and then kept).")
    Path workspaceFile;

    @Option(names = "--repeat", paramLabel = "R", description = "Runs of each query (default: ${DEFAULT-VALUE}).")
    int repeat = 5;

    @Option(names = "--warmup", paramLabel = "W",
            description = "Uncounted rounds first, so the times are those of a warm process (default: ${DEFAULT-VALUE}).")
    int warmup = 20;

    @Option(names = "--per-query", description = "Also print each query's median times and its number of matches.")
    boolean perQuery;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("casebook-bench");
        try {
            Path corpusDir = corpus.folder(scratch);
            Path db = workspaceFile != null ? workspaceFile : scratch.resolve("bench.db");
            boolean fresh = !Files.exists(db);
            try (Workspace workspace = Workspace.open(db)) {
                if (fresh) {
                    new Importer(workspace).importPaths(List.of(corpusDir), Importer.Options.DEFAULT,
                            ImportListener.NONE);
                }
                new EntityPass(workspace).ensureCurrent();
                SearchService search = new SearchService(workspace);
                search.ensureIndexed();
                long cold = System.nanoTime();
                search.search(QUERIES.get(0), 50);
                search.facets(QUERIES.get(0), 10);
                double coldMillis = (System.nanoTime() - cold) / 1e6;
                List<Double> full = new ArrayList<>();
                List<Double> raw = new ArrayList<>();
                java.util.Map<String, List<double[]>> byQuery = new java.util.LinkedHashMap<>();
                for (int r = 1 - warmup; r <= repeat; r++) { // rounds up to 0 warm up and are not counted
                    for (String q : QUERIES) {
                        long t0 = System.nanoTime();
                        search.search(q, 50);
                        search.facets(q, 10);
                        long t1 = System.nanoTime();
                        String match = search.matchExpression(q);
                        if (match != null) {
                            workspace.search().rawMatch(match, 50);
                        }
                        long t2 = System.nanoTime();
                        if (r > 0) {
                            byQuery.computeIfAbsent(q, k -> new ArrayList<>())
                                    .add(new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6});
                            full.add((t1 - t0) / 1e6);
                            if (match != null) {
                                raw.add((t2 - t1) / 1e6);
                            }
                        }
                    }
                }
                out.printf("%d queries x %d runs on %s (%,d items)%n", QUERIES.size(), repeat, db,
                        workspace.items().stats().items());
                out.printf("first query of a new process (reads the item columns): %.1f ms%n", coldMillis);
                out.printf("casebook search, top 50 + count + facets: p50 %.1f ms, p95 %.1f ms%n",
                        percentile(full, 50), percentile(full, 95));
                out.printf("raw FTS5 MATCH, top 50 by rank:          p50 %.1f ms, p95 %.1f ms%n",
                        percentile(raw, 50), percentile(raw, 95));
                if (perQuery) {
                    byQuery.forEach((q, runs) -> out.printf("  %-28s %8d matches  casebook %7.1f ms  raw %7.1f ms%n",
                            q, search.count(q), percentile(runs.stream().map(t -> t[0]).toList(), 50),
                            percentile(runs.stream().map(t -> t[1]).toList(), 50)));
                }
                ripgrep(corpusDir, out);
            }
            return 0;
        } finally {
            BenchImportCommand.deleteTree(scratch);
        }
    }

    private void ripgrep(Path corpusDir, PrintWriter out) throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r <= repeat; r++) {
            for (String q : QUERIES) {
                if (!q.matches("[\\p{L}]+")) {
                    continue;
                }
                long t0 = System.nanoTime();
                Process rg;
                try {
                    rg = new ProcessBuilder("rg", "-c", "-i", q, corpusDir.toString())
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                } catch (IOException e) {
                    out.println("rg -c -i: ripgrep is not installed (apt-get install ripgrep)");
                    return;
                }
                rg.waitFor(1, TimeUnit.MINUTES);
                if (r > 0) {
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        out.printf("rg -c -i over the corpus text (word queries): p50 %.1f ms, p95 %.1f ms%n", percentile(times, 50),
                percentile(times, 95));
    }

    private static double percentile(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
