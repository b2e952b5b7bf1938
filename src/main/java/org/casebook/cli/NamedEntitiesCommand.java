package org.casebook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casebook.model.EntityKind;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Organisations or places: name, forms seen, number of items. */
abstract class NamedEntitiesCommand implements Callable<Integer> {

    @ParentCommand
    CasebookCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line.")
    boolean json;

    abstract EntityKind kind();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openExistingWorkspace()) {
            CorrectionSupport.current(workspace);
            for (EntityRow e : workspace.entities().entities(kind())) {
                if (json) {
                    out.println(EntityListing.JSON.writeValueAsString(EntityListing.named(e)));
                } else {
                    out.printf("#%d  %s  (%d items)  %s%n", e.id(), e.name(), e.items().size(),
                            String.join(" | ", e.aliases()));
                }
            }
        }
        return 0;
    }

    @picocli.CommandLine.Command(name = "orgs", description = "List organisations.")
    static final class Organisations extends NamedEntitiesCommand {
        @Override
        EntityKind kind() {
            return EntityKind.ORGANISATION;
        }
    }

    @picocli.CommandLine.Command(name = "places", description = "List places.")
    static final class Places extends NamedEntitiesCommand {
        @Override
        EntityKind kind() {
            return EntityKind.PLACE;
        }
    }
}
