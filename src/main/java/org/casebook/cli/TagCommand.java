package org.casebook.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casebook tag ITEM TAG...}: the researcher's tags on an item (searchable with {@code tag:}). */
@Command(name = "tag", description = "Tag an item (or remove tags with --remove); with only ITEM, list its tags; "
        + "with --list, every tag and how many items have it.")
final class TagCommand implements Callable<Integer> {

    @ParentCommand
    CasebookCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ITEM", description = "Item id (as `items` and `search` show).")
    Long item;

    @Parameters(index = "1..*", paramLabel = "TAG", description = "Tags to add (or remove).")
    List<String> tags = List.of();

    @Option(names = "--remove", description = "Remove the tags instead of adding them.")
    boolean remove;

    @Option(names = "--list", description = "Every tag in the workspace with its number of items.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = parent.openExistingWorkspace()) {
            if (list) {
                workspace.tags().counts().forEach((tag, n) -> out.printf("%s\t%d%n", tag, n));
                return 0;
            }
            if (item == null) {
                throw new CliException("name an item (tag ITEM TAG...) or use --list");
            }
            if (workspace.items().find(item).isEmpty()) {
                throw new CliException("no item #" + item);
            }
            for (String tag : tags) {
                if (tag.isBlank()) {
                    throw new CliException("a tag cannot be empty");
                }
            }
            workspace.inTransaction(() -> {
                tags.forEach(tag -> {
                    if (remove) {
                        workspace.tags().remove(item, tag);
                    } else {
                        workspace.tags().add(item, tag);
                    }
                });
                return null;
            });
            out.println("#" + item + " " + String.join(", ", workspace.tags().of(item)));
        }
        return 0;
    }
}
