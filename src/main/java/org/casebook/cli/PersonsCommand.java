package org.casebook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "persons", description = "List persons: name, every form seen, items and cases.")
final class PersonsCommand implements Callable<Integer> {

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
        return 0;
    }
}
