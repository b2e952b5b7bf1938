package org.casebook.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.casebook.model.Item;
import org.casebook.model.ItemDate;
import org.casebook.model.ItemQuery;
import org.casebook.model.Locator;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "items", description = "List items newest first (undated last), each report once unless --all.")
final class ItemsCommand implements Callable<Integer> {

    @ParentCommand
    CasebookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--all", description = "Include duplicates (repeats of a report listed elsewhere).")
    boolean all;

    @Option(names = "--from", paramLabel = "DATE", description = "Only items dated from DATE (2019, 2019-03 or 2019-03-19).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only items dated up to DATE, inclusive.")
    String to;

    @Option(names = "--source", paramLabel = "NAME", description = "Only items of the source with this file name.")
    String source;

    @Option(names = "--limit", paramLabel = "N", description = "At most N items (0 = all).")
    int limit;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ItemQuery query = new ItemQuery(all, DateArgument.startOf("--from", from), DateArgument.endOf("--to", to),
                source, limit);
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openExistingWorkspace()) {
            if (json) {
                JsonFactory factory = new JsonFactory();
                workspace.items().forEach(query, item -> out.println(toJson(factory, item)));
            } else {
                workspace.items().forEach(query, item -> out.println(toText(item)));
            }
        }
        out.flush();
        return 0;
    }

    private static String toText(Item item) {
        ItemDate date = item.date();
        String when = !date.isKnown() ? "undated" : date.isoStart()
                + (date.end() != null ? ".." + date.isoEnd() : "")
                + (date.origin() == org.casebook.model.DateOrigin.INFERRED ? " (inferred)" : "");
        String text = item.text().length() > 160 ? item.text().substring(0, 157) + "..." : item.text();
        return String.format("#%d  %s  %s %s%s%n    %s", item.id(), when, item.sourceName(), item.locator(),
                item.isDuplicate() ? "  duplicate of #" + item.duplicateOf() : "", text);
    }

    static String toJson(JsonFactory factory, Item item) {
        java.io.StringWriter buffer = new java.io.StringWriter();
        try (JsonGenerator g = factory.createGenerator(buffer)) {
            ItemDate date = item.date();
            Locator locator = item.locator();
            g.writeStartObject();
            g.writeNumberField("id", item.id());
            g.writeStringField("source", item.sourceName());
            g.writeObjectFieldStart("locator");
            if (locator.isLine()) {
                g.writeNumberField("line", locator.line());
            } else {
                g.writeNumberField("page", locator.page());
                g.writeNumberField("paragraph", locator.paragraph());
            }
            g.writeEndObject();
            if (locator.isLine()) {
                g.writeNumberField("line", locator.line());
            } else {
                g.writeNullField("line");
            }
            g.writeStringField("date", date.isoStart());
            g.writeStringField("date_end", date.isoEnd());
            g.writeStringField("precision", date.precision().key());
            g.writeStringField("date_origin", date.origin() == null ? null : date.origin().key());
            g.writeStringField("lang", item.lang());
            if (item.duplicateOf() == null) {
                g.writeNullField("duplicate_of");
            } else {
                g.writeNumberField("duplicate_of", item.duplicateOf());
            }
            g.writeStringField("text", item.text());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toString();
    }
}
