package org.casebook.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.casebook.model.Role;
import org.casebook.resolve.Corrections;
import org.casebook.resolve.EntityPass;
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
    }

    @Command(name = "merge", description = "Merge two persons into one (the first keeps its id and name).")
    static final class Merge extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "OTHER") String other;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            CorrectionSupport.print(CorrectionSupport.corrections(workspace).merge(person, other), out);
        }
    }

    @Command(name = "split", description = "Split one form of a person's name off into a person of its own.")
    static final class Split extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "FORM") String form;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            CorrectionSupport.print(CorrectionSupport.corrections(workspace).split(person, form), out);
        }
    }

    @Command(name = "rename", description = "Set the name a person is listed under.")
    static final class Rename extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "NAME") String name;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            CorrectionSupport.print(CorrectionSupport.corrections(workspace).rename(person, name), out);
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
            Corrections corrections = CorrectionSupport.corrections(workspace);
            CorrectionSupport.print(remove ? corrections.removeAlias(person, form)
                    : corrections.addAlias(person, form), out);
        }
    }

    @Command(name = "not-person", description = "Mark a name as not a person: everywhere it is written so, or in one item.")
    static final class NotPerson extends Correction {
        @Parameters(paramLabel = "FORM") String form;
        @Option(names = "--item", paramLabel = "ID", description = "Only the mention in this item.") Long item;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            CorrectionSupport.print(CorrectionSupport.corrections(workspace).notPerson(form, item), out);
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
            String checked = checkedRole(role);
            CorrectionSupport.print(CorrectionSupport.corrections(workspace).link(person, kase, checked), out);
        }
    }

    @Command(name = "unlink", description = "Remove a person's role in a case.")
    static final class Unlink extends Correction {
        @Parameters(index = "0", paramLabel = "PERSON") String person;
        @Parameters(index = "1", paramLabel = "CASE") String kase;
        @Option(names = "--role", required = true, paramLabel = "ROLE") String role;

        @Override
        void run(Workspace workspace, PrintWriter out) {
            String checked = checkedRole(role);
            CorrectionSupport.print(CorrectionSupport.corrections(workspace).unlink(person, kase, checked), out);
        }
    }

    @Command(name = "undo", description = "Take back the latest correction.")
    static final class Undo extends Correction {
        @Override
        void run(Workspace workspace, PrintWriter out) {
            Corrections.Undone undone = CorrectionSupport.corrections(workspace).undoLast();
            out.println("Undid " + undone.decision().action() + " " + undone.decision().args());
            CorrectionSupport.printSummary(undone.summary(), out);
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

    private static String checkedRole(String role) {
        try {
            return Role.ofKey(role).key();
        } catch (IllegalArgumentException e) {
            throw new CliException("--role " + role + ": not a role; use defendant, detainee, victim, relative, "
                    + "lawyer, judge, prosecutor, official, journalist or advocate");
        }
    }
}
