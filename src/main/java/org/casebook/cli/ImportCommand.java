package org.casebook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.casebook.ingest.ImportReport;
import org.casebook.ingest.ImportReport.SourceOutcome;
import org.casebook.ingest.ImportReport.Status;
import org.casebook.ingest.Importer;
import org.casebook.model.DatePrecision;
import org.casebook.model.SourceLayout;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import files or folders (TXT, PDF, DOCX, HTML) into the workspace.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    CasebookCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--layout", paramLabel = "list|document",
            description = "Read text files as a list (one report per line) or as one document; default: decide per file.")
    String layout;

    @Option(names = "--json", description = "Print the summary as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Importer.Options options = new Importer.Options(layout == null ? null : layoutOf(layout));
        ImportReport report;
        try (Workspace workspace = parent.openWorkspace()) {
            report = new Importer(workspace).importPaths(paths, options, new ConsoleProgress(spec, json));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(toJson(report)));
        } else {
            printSummary(report, out);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (SourceOutcome rejected : report.with(Status.REJECTED)) {
            err.println("casebook: " + rejected.path() + ": " + rejected.reason());
        }
        return report.hasRejections() ? CasebookCommand.EXIT_SOME_REJECTED : 0;
    }

    private static SourceLayout layoutOf(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "list" -> SourceLayout.LIST;
            case "document" -> SourceLayout.DOCUMENT;
            default -> throw new CliException("--layout " + value + ": write list or document");
        };
    }

    private static void printSummary(ImportReport report, PrintWriter out) {
        out.printf("Sources: %d imported, %d already imported, %d rejected%n",
                report.with(Status.IMPORTED).size(), report.with(Status.ALREADY_IMPORTED).size(),
                report.with(Status.REJECTED).size());
        out.printf("Items: %d stored, %d of them duplicates of earlier reports%n", report.items(),
                report.duplicates());
        Map<DatePrecision, Integer> precisions = report.precisions();
        out.printf("Dates: %d to the day, %d to the month, %d to the year, %d unknown%n",
                precisions.get(DatePrecision.DAY), precisions.get(DatePrecision.MONTH),
                precisions.get(DatePrecision.YEAR), precisions.get(DatePrecision.UNKNOWN));
        for (SourceOutcome outcome : report.outcomes()) {
            switch (outcome.status()) {
                case IMPORTED -> out.printf("  imported  %s: %s, %s%n", outcome.path(),
                        plural(outcome.items(), "item"), plural(outcome.duplicates(), "duplicate"));
                case ALREADY_IMPORTED -> out.printf("  skipped   %s: %s, nothing added%n", outcome.path(),
                        outcome.reason());
                case REJECTED -> out.printf("  rejected  %s: %s%n", outcome.path(), outcome.reason());
            }
        }
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static ObjectNode toJson(ImportReport report) {
        ObjectNode root = Json.mapper().createObjectNode();
        ObjectNode sources = root.putObject("sources");
        sources.put("imported", report.with(Status.IMPORTED).size());
        sources.put("already_imported", report.with(Status.ALREADY_IMPORTED).size());
        sources.put("rejected", report.with(Status.REJECTED).size());
        root.put("items", report.items());
        root.put("duplicates", report.duplicates());
        ObjectNode precision = root.putObject("precision");
        report.precisions().forEach((p, n) -> precision.put(p.key(), n));
        ArrayNode rejected = root.putArray("rejected");
        for (SourceOutcome outcome : report.with(Status.REJECTED)) {
            rejected.addObject().put("path", outcome.path().toString()).put("reason", outcome.reason());
        }
        ArrayNode files = root.putArray("files");
        for (SourceOutcome outcome : report.outcomes()) {
            ObjectNode file = files.addObject();
            file.put("path", outcome.path().toString());
            file.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
            file.put("reason", outcome.reason());
            file.put("items", outcome.items());
            file.put("duplicates", outcome.duplicates());
        }
        return root;
    }
}
