package org.casebook.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.casebook.model.EntityKind;
import org.casebook.model.Role;
import org.casebook.resolve.EntityPass;
import org.casebook.resolve.PersonLookup;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The researcher's corrections. Each is stored as a decision and replayed after every automatic pass, so it
 * survives re-import and re-extraction; {@code undo} takes back the latest.
 */
final class CorrectionCommands {

    private CorrectionCommands() {
    }

    /** Common plumbing: the workspace, the output, and a person looked up by id or any form of the name. */
    abstract static class Correction implements Callable<Integer> {
        @ParentCommand
        CasebookCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Workspace workspace = parent.openExistingWorkspace()) {
                CorrectionSupport.current(workspace);
                run(workspace, spec.commandLine().getOut());
            }
            return 0;
        }

        abstract void run(Workspace workspace, PrintWriter out);

        static EntityRow person(Workspace workspace, String nameOrId) {
            return CorrectionSupport.find(workspace, EntityKind.PERSON, nameOrId);
        }
    }

    @Command(name = "merge", description = "Merge two persons into one (the first keeps its id and name).")
    static final class Merge extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "OTHER") String other;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            EntityRow a = person(workspace, person);
            EntityRow b = person(workspace, other);
            if (a.id() == b.id()) {
                throw new CliException("#" + a.id() + " " + a.name() + " and \"" + other + "\" are already one person");
            }
            CorrectionSupport.decide(workspace, "merge", Map.of("person", PersonLookup.handle(a),
                    "other", PersonLookup.handle(b)), out, "Merged #" + b.id() + " " + b.name() + " into #" + a.id()
                    + " " + a.name());
        }
    }

    @Command(name = "split", description = "Split one form of a person's name off into a person of its own.")
    static final class Split extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "FORM") String form;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            EntityRow p = person(workspace, person);
            if (!p.aliases().contains(form)) {
                throw new CliException("#" + p.id() + " " + p.name() + " is never written \"" + form + "\"");
            }
            CorrectionSupport.decide(workspace, "split", Map.of("alias", form), out,
                    "Split \"" + form + "\" off #" + p.id() + " " + p.name());
        }
    }

    @Command(name = "rename", description = "Set the name a person is listed under.")
    static final class Rename extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "NAME") String name;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            EntityRow p = person(workspace, person);
            CorrectionSupport.decide(workspace, "rename", Map.of("person", PersonLookup.handle(p), "name", name),
                    out, "Renamed #" + p.id() + " " + p.name() + " to " + name);
        }
    }

    @Command(name = "alias", description = "Add a form of a person's name, or remove one (--remove).")
    static final class Alias extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "FORM") String form;
        @Option(names = "--remove", description = "Remove the form: its mentions no longer count as this person.")
        boolean remove;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            EntityRow p = person(workspace, person);
            if (remove) {
                CorrectionSupport.decide(workspace, "remove-alias", Map.of("person", PersonLookup.handle(p),
                        "alias", form), out, "Removed \"" + form + "\" from #" + p.id() + " " + p.name());
            } else {
                CorrectionSupport.decide(workspace, "add-alias", Map.of("person", PersonLookup.handle(p),
                        "alias", form), out, "Added \"" + form + "\" to #" + p.id() + " " + p.name());
            }
        }
    }

    @Command(name = "not-person", description = "Mark a name as not a person: everywhere it is written so, or in one item.")
    static final class NotPerson extends Correction {
        @Parameters(paramLabel = "FORM") String form;
        @Option(names = "--item", paramLabel = "ID", description = "Only the mention in this item.") Long item;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            boolean written = workspace.entities().entities(EntityKind.PERSON).stream()
                    .anyMatch(p -> p.aliases().contains(form));
            if (!written) {
                throw new CliException("no person is written \"" + form + "\" in this workspace");
            }
            Map<String, String> args = item == null ? Map.of("alias", form)
                    : Map.of("alias", form, "item", String.valueOf(item));
            CorrectionSupport.decide(workspace, "not-person", args, out, "\"" + form + "\" is no longer read as a person"
                    + (item == null ? "" : " in item #" + item));
        }
    }

    @Command(name = "link", description = "Link a person to a case with a role (a new case name creates the case).")
    static final class Link extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "CASE", description = "Case id, or the name of a new case.") String kase;
        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "defendant, detainee, victim, relative, lawyer, judge, prosecutor, official, journalist, advocate")
        String role;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            EntityRow p = person(workspace, person);
            String caseName = caseName(workspace, kase, true);
            CorrectionSupport.decide(workspace, "link", Map.of("person", PersonLookup.handle(p), "case", caseName,
                    "role", checkedRole(role)), out, "Linked #" + p.id() + " " + p.name() + " to " + caseName
                    + " as " + role);
        }
    }

    @Command(name = "unlink", description = "Remove a person's role in a case.")
    static final class Unlink extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "CASE") String kase;
        @Option(names = "--role", required = true, paramLabel = "ROLE") String role;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            EntityRow p = person(workspace, person);
            String caseName = caseName(workspace, kase, false);
            CorrectionSupport.decide(workspace, "unlink", Map.of("person", PersonLookup.handle(p), "case", caseName,
                    "role", checkedRole(role)), out, "Unlinked #" + p.id() + " " + p.name() + " from " + caseName);
        }
    }

    @Command(name = "undo", description = "Take back the latest correction.")
    static final class Undo extends Correction {
        @Override
        void run(Workspace workspace, PrintWriter out) {
            EntityPass.Summary summary = workspace.inTransaction(() -> {
                var undone = workspace.entities().undoLast()
                        .orElseThrow(() -> new CliException("nothing to undo"));
                out.println("Undid " + undone.action() + " " + undone.args());
                return new EntityPass(workspace).runInCurrentTransaction();
            });
            CorrectionSupport.printSummary(summary, out);
        }
    }

    @Command(name = "resolve", description = "Run entity resolution again (--reextract: find names in every item anew).")
    static final class Resolve extends Correction {
        @Option(names = "--reextract", description = "Extract the names of every item again (after a gazetteer change).")
        boolean reextract;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            EntityPass pass = new EntityPass(workspace);
            EntityPass.Summary summary = reextract ? pass.reextractAndRun() : pass.run();
            CorrectionSupport.printSummary(summary, out);
        }
    }

    private static String caseName(Workspace workspace, String kase, boolean mayCreate) {
        if (kase.matches("\\d+")) {
            return CorrectionSupport.find(workspace, EntityKind.CASE, kase).name();
        }
        boolean exists = workspace.entities().entities(EntityKind.CASE).stream().anyMatch(c -> c.name().equals(kase));
        if (!exists && !mayCreate) {
            throw new CliException("no case named \"" + kase + "\"");
        }
        return kase;
    }

    private static String checkedRole(String role) {
        try {
            return Role.ofKey(role).key();
        } catch (IllegalArgumentException e) {
            throw new CliException("--role " + role + ": not a role; use defendant, detainee, victim, relative, "
                    + "lawyer, judge, prosecutor, official, journalist or advocate");
        }
    }
}
