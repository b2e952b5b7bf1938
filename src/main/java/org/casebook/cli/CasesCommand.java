package org.casebook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "cases", description = "List cases: the persons in each with their roles, items, first and last date.")
final class CasesCommand implements Callable<Integer> {

    @ParentCommand
    CasebookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openExistingWorkspace()) {
            CorrectionSupport.current(workspace);
            EntityListing listing = new EntityListing(workspace);
            for (EntityRow c : listing.cases().values()) {
                ObjectNode node = listing.caseNode(c);
                if (json) {
                    out.println(EntityListing.JSON.writeValueAsString(node));
                } else {
                    StringBuilder people = new StringBuilder();
                    for (JsonNode p : node.get("persons")) {
                        people.append(people.length() == 0 ? "" : "; ").append(p.get("name").asText()).append(" (")
                                .append(p.get("role").asText()).append(')');
                    }
                    out.printf("#%d  %s  [%s .. %s, %d items]%n    %s%n", c.id(), c.name(),
                            node.get("first").asText("-"), node.get("last").asText("-"), c.items().size(), people);
                }
            }
        }
        return 0;
    }
}
