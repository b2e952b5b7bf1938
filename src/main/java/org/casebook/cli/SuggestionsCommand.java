package org.casebook.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.EntityStore.SuggestionRow;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "suggestions", description = "Pairs of persons that may be one: decide with merge, or leave them apart.")
final class SuggestionsCommand implements Callable<Integer> {

    @ParentCommand
    CasebookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line: person, other, reason.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openExistingWorkspace()) {
            CorrectionSupport.current(workspace);
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
        return 0;
    }
}
