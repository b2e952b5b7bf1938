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

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words, \"phrases\", OR, -word, prefix*, fields.")
    List<String> query = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "At most N results; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--json", description = "One JSON object per result line.")
    boolean json;

    @Option(names = "--count", description = "Print only the number of matching items.")
    boolean count;

    @Option(names = "--facets", description = "Print counts per year, month, source, and the top persons and cases.")
    boolean facets;

    @Option(names = "--batch", paramLabel = "FILE", description = "Run one query per line of FILE (- for standard "
            + "input); print one JSON line per query: query, total, results (or query, error).")
    String batch;

    static final int TOP = 10;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String text = String.join(" ", query);
        if (batch == null && text.isBlank()) {
            throw new CliException("search: give a query, or --batch FILE");
        }
        try (Workspace workspace = parent.openExistingWorkspace()) {
            SearchService search = new SearchService(workspace);
            search.ensureIndexed();
            if (batch != null) {
                runBatch(search, out);
                return 0;
            }
            if (facets) {
                printFacets(search.facets(text, TOP), out);
                return 0;
            }
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

    private void runBatch(SearchService search, PrintWriter out) throws java.io.IOException {
        java.io.BufferedReader lines = batch.equals("-")
                ? new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8))
                : java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(batch));
        try (lines) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode result = Json.mapper().createObjectNode();
                result.put("query", line);
                try {
                    SearchService.Results results = search.search(line, limit);
                    result.put("total", results.total());
                    com.fasterxml.jackson.databind.node.ArrayNode hits = result.putArray("results");
                    results.hits().forEach(h -> hits.add(toJson(h)));
                } catch (org.casebook.search.SearchSyntaxException e) {
                    result.remove("total");
                    result.put("error", e.getMessage());
                }
                out.println(Json.mapper().writeValueAsString(result));
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CliException(batch + ": no such file");
        }
    }

    private void printFacets(org.casebook.search.Facets f, PrintWriter out) throws java.io.IOException {
        if (json) {
            ObjectNode o = Json.mapper().createObjectNode();
            o.set("years", Json.mapper().valueToTree(f.years()));
            o.set("months", Json.mapper().valueToTree(f.months()));
            o.set("sources", Json.mapper().valueToTree(f.sources()));
            o.set("persons", Json.mapper().valueToTree(f.persons()));
            o.set("cases", Json.mapper().valueToTree(f.cases()));
            out.println(Json.mapper().writeValueAsString(o));
        } else {
            out.println("Years: " + f.years());
            out.println("Months: " + f.months());
            out.println("Sources: " + f.sources());
            out.println("Persons: " + f.persons());
            out.println("Cases: " + f.cases());
        }
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
