package org.casebook.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.casebook.search.SearchService;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = "Search the items (language: docs/search.md), best matches first.")
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    CasebookCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, \"phrases\", OR, -word, prefix*, fields.")
    List<String> query;

    @Option(names = "--limit", paramLabel = "N", description = "At most N results; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--json", description = "One JSON object per result line.")
    boolean json;

    @Option(names = "--count", description = "Print only the number of matching items.")
    boolean count;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String text = String.join(" ", query);
        try (Workspace workspace = parent.openExistingWorkspace()) {
            SearchService search = new SearchService(workspace);
            search.ensureIndexed();
            if (count) {
                out.println(search.count(text));
                return 0;
            }
            SearchService.Results results = search.search(text, limit);
            for (SearchService.Found hit : results.hits()) {
                if (json) {
                    out.println(Json.mapper().writeValueAsString(toJson(hit)));
                } else {
                    out.printf("#%d  %s  %s %s  (%.2f)%n    %s%n", hit.id(), hit.date() == null ? "undated" : hit.date(),
                            hit.source(), hit.locator(), hit.score(), hit.snippet());
                }
            }
            if (!json) {
                out.printf("%d items match; %d shown%n", results.total(), results.hits().size());
            }
        }
        return 0;
    }

    private static ObjectNode toJson(SearchService.Found hit) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("id", hit.id());
        o.put("source", hit.source());
        if (hit.locator().isLine()) {
            o.put("line", hit.locator().line());
        } else {
            o.putNull("line");
        }
        ObjectNode locator = o.putObject("locator");
        if (hit.locator().isLine()) {
            locator.put("line", hit.locator().line());
        } else {
            locator.put("page", hit.locator().page());
            locator.put("paragraph", hit.locator().paragraph());
        }
        o.put("date", hit.date());
        o.put("score", Math.round(hit.score() * 1000) / 1000.0);
        o.put("snippet", hit.snippet());
        return o;
    }
}
