package org.casebook.cli;

import java.io.PrintWriter;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;

@Command(name = "persons", description = "List persons: name, every form seen, items and cases.")
final class PersonsCommand extends EntityCommand {

    @Override
    void run(Workspace workspace, PrintWriter out) throws Exception {
        EntityListing listing = new EntityListing(workspace);
        for (EntityRow p : listing.persons().values()) {
            if (json) {
                out.println(EntityListing.JSON.writeValueAsString(listing.person(p)));
            } else {
                out.printf("#%d  %s  (%d items%s)%n", p.id(), p.name(), p.items().size(),
                        listing.casesOf(p.id()).isEmpty() ? "" : ", cases " + listing.casesOf(p.id()));
                if (p.aliases().size() > 1) {
                    out.printf("    also: %s%n", String.join(" | ", p.aliases()));
                }
            }
        }
    }
}
