package org.casebook.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.casebook.model.EntityKind;
import org.casebook.resolve.EntityPass;
import org.casebook.resolve.PersonLookup;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;

/** Shared by the correction commands: find what the researcher names, record the decision, re-run the pass. */
final class CorrectionSupport {

    private CorrectionSupport() {
    }

    /** Extracts and resolves what was imported since the last pass, so listings show every item. */
    static void current(Workspace workspace) {
        new EntityPass(workspace).ensureCurrent();
    }

    static EntityRow find(Workspace workspace, EntityKind kind, String nameOrId) {
        try {
            return new PersonLookup(workspace.entities()).find(kind, nameOrId);
        } catch (PersonLookup.NotFound e) {
            throw new CliException(e.getMessage());
        }
    }

    /** Records the decision and applies it with a new pass, all in one transaction. */
    static void decide(Workspace workspace, String action, Map<String, String> args, PrintWriter out, String done) {
        EntityPass.Summary summary = workspace.inTransaction(() -> {
            workspace.entities().addDecision(action, args);
            return new EntityPass(workspace).runInCurrentTransaction();
        });
        out.println(done);
        printSummary(summary, out);
    }

    static void printSummary(EntityPass.Summary s, PrintWriter out) {
        out.printf("Entities: %d persons, %d organisations, %d places, %d cases; %d names left unresolved, "
                + "%d merge suggestions%n", s.persons(), s.organisations(), s.places(), s.cases(), s.unresolved(),
                s.suggestions());
    }
}
