package org.casebook.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.casebook.store.Workspace;
import org.casebook.store.WorkspaceStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "stats", description = "Counts over the workspace: sources, items, duplicates, dates, languages.")
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    CasebookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the counts as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openExistingWorkspace()) {
            WorkspaceStats stats = workspace.items().stats();
            long bytes = workspace.sizeOnDisk();
            if (json) {
                ObjectNode root = Json.mapper().createObjectNode();
                root.put("workspace", workspace.file().toString());
                root.put("schema_version", workspace.schemaVersion());
                root.put("sources", stats.sources());
                root.put("items", stats.items());
                root.put("duplicates", stats.duplicates());
                root.put("reports", stats.primaries());
                putCounts(root.putObject("precision"), stats.byPrecision());
                putCounts(root.putObject("date_origin"), stats.byOrigin());
                putCounts(root.putObject("lang"), stats.byLanguage());
                root.put("earliest", stats.earliest());
                root.put("latest", stats.latest());
                root.put("db_bytes", bytes);
                out.println(Json.mapper().writeValueAsString(root));
            } else {
                out.printf("Workspace: %s (%,d bytes, schema v%d)%n", workspace.file(), bytes,
                        workspace.schemaVersion());
                out.printf("Sources: %d%n", stats.sources());
                out.printf("Items: %d (%d distinct reports, %d duplicates)%n", stats.items(), stats.primaries(),
                        stats.duplicates());
                out.printf("Dated from %s to %s%n", orDash(stats.earliest()), orDash(stats.latest()));
                out.printf("Distinct reports by date precision: %s%n", counts(stats.byPrecision()));
                out.printf("Distinct reports by date origin: %s%n", counts(stats.byOrigin()));
                out.printf("Distinct reports by language: %s%n", counts(stats.byLanguage()));
            }
        }
        return 0;
    }

    private static void putCounts(ObjectNode node, Map<String, Long> counts) {
        counts.forEach(node::put);
    }

    /** "day 234, month 15, unknown 406"; "none" stands for items without the value (no date, no language). */
    private static String counts(Map<String, Long> counts) {
        StringBuilder out = new StringBuilder();
        counts.forEach((key, n) -> out.append(out.length() == 0 ? "" : ", ").append(key).append(' ').append(n));
        return out.length() == 0 ? "-" : out.toString();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
