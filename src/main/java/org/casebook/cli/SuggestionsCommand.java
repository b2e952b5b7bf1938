package org.casebook.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.EntityStore.SuggestionRow;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;

@Command(name = "suggestions", description = "Pairs of persons that may be one: decide with merge, or leave them apart.")
final class SuggestionsCommand extends EntityCommand {

    @Override
    void run(Workspace workspace, PrintWriter out) throws Exception {
        EntityListing listing = new EntityListing(workspace);
        for (SuggestionRow s : workspace.entities().suggestions()) {
            EntityRow a = listing.persons().get(s.personId());
            EntityRow b = listing.persons().get(s.otherId());
            if (json) {
                ObjectNode o = EntityListing.JSON.createObjectNode();
                o.put("person", s.personId());
                o.put("other", s.otherId());
                o.put("reason", s.reason());
                out.println(EntityListing.JSON.writeValueAsString(o));
            } else {
                out.printf("#%d %s  ~  #%d %s  (%s)%n", s.personId(), a == null ? "?" : a.name(), s.otherId(),
                        b == null ? "?" : b.name(), s.reason());
            }
        }
    }
}
