package org.casebook.cli;

import java.io.PrintWriter;
import org.casebook.model.EntityKind;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;

/** Organisations or places: name, forms seen, number of items. */
abstract class NamedEntitiesCommand extends EntityCommand {

    abstract EntityKind kind();

    @Override
    void run(Workspace workspace, PrintWriter out) throws Exception {
        for (EntityRow e : workspace.entities().entities(kind())) {
            if (json) {
                out.println(EntityListing.JSON.writeValueAsString(EntityListing.named(e)));
            } else {
                out.printf("#%d  %s  (%d items)  %s%n", e.id(), e.name(), e.items().size(),
                        String.join(" | ", e.aliases()));
            }
        }
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
