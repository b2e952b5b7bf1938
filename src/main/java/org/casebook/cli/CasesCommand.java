package org.casebook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;

@Command(name = "cases", description = "List cases: the persons in each with their roles, items, first and last date.")
final class CasesCommand extends EntityCommand {

    @Override
    void run(Workspace workspace, PrintWriter out) throws Exception {
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
}
