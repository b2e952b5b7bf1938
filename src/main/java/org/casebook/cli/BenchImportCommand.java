package org.casebook.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.casebook.ingest.ImportListener;
import org.casebook.ingest.ImportReport;
import org.casebook.ingest.Importer;
import org.casebook.resolve.EntityPass;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code casebook bench import --items N}: imports a scaled corpus into a fresh workspace and prints items per
 * second and the database size against the text size. The corpus is made by the shared generator
 * (gen-corpus.py) from the demo corpus bundled in the jar, or read from --corpus.
 */
@Command(name = "import", description = "Time the import of a scaled corpus of N report lines.")
final class BenchImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BenchCorpus corpus;

    @Option(names = "--workspace", paramLabel = "FILE", description = "Keep the benchmark workspace in FILE.")
    Path workspaceFile;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Option(names = "--entities", description = "Then time the entity pass (name extraction and resolution) too.")
    boolean entities;

    @Override
    public Integer call() throws Exception {
        Path scratch = Files.createTempDirectory("casebook-bench");
        try {
            Path corpusDir = corpus.folder(scratch);
            long textBytes = totalBytes(corpusDir);
            Path dbFile = workspaceFile != null ? workspaceFile : scratch.resolve("bench.db");
            if (Files.exists(dbFile)) {
                throw new CliException(dbFile + ": already exists; the benchmark needs a fresh workspace");
            }
            long started = System.nanoTime();
            ImportReport report;
            long dbBytes;
            EntityPass.Summary summary = null;
            double entitySeconds = 0;
            try (Workspace workspace = Workspace.open(dbFile)) {
                report = new Importer(workspace).importPaths(List.of(corpusDir), Importer.Options.DEFAULT,
                        ImportListener.NONE);
                workspace.checkpoint();
                dbBytes = workspace.sizeOnDisk();
                double seconds = (System.nanoTime() - started) / 1e9;
                print(report, seconds, textBytes, dbBytes);
                if (entities) {
                    long passStarted = System.nanoTime();
                    summary = new EntityPass(workspace).run();
                    entitySeconds = (System.nanoTime() - passStarted) / 1e9;
                    printEntities(summary, entitySeconds, report.items() - report.duplicates());
                }
            }
            return report.hasRejections() ? CasebookCommand.EXIT_SOME_REJECTED : 0;
        } finally {
            deleteTree(scratch);
        }
    }

    private void print(ImportReport report, double seconds, long textBytes, long dbBytes) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        double perSecond = report.items() / seconds;
        double ratio = (double) dbBytes / textBytes;
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("items", report.items());
            root.put("duplicates", report.duplicates());
            root.put("seconds", Math.round(seconds * 100) / 100.0);
            root.put("items_per_second", Math.round(perSecond));
            root.put("text_bytes", textBytes);
            root.put("db_bytes", dbBytes);
            root.put("db_to_text", Math.round(ratio * 100) / 100.0);
            out.println(Json.mapper().writeValueAsString(root));
        } else {
            out.printf("Imported %,d items (%,d duplicates) in %.2f s: %,.0f items/s%n", report.items(),
                    report.duplicates(), seconds, perSecond);
            out.printf("Text %,d bytes, database %,d bytes (%.2fx the text)%n", textBytes, dbBytes, ratio);
        }
    }

    private void printEntities(EntityPass.Summary summary, double seconds, int reports) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode root = Json.mapper().createObjectNode();
            root.put("entity_pass_seconds", Math.round(seconds * 100) / 100.0);
            root.put("reports", reports);
            root.put("persons", summary.persons());
            root.put("organisations", summary.organisations());
            root.put("places", summary.places());
            root.put("cases", summary.cases());
            out.println(Json.mapper().writeValueAsString(root));
        } else {
            out.printf("Entity pass (names of %,d distinct reports extracted and resolved) in %.2f s%n", reports,
                    seconds);
            CorrectionSupport.printSummary(summary, out);
        }
    }

    private static long totalBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
