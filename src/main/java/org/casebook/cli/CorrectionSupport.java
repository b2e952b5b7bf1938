package org.casebook.cli;

import java.io.PrintWriter;
import org.casebook.model.EntityKind;
import org.casebook.resolve.Corrections;
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

    /** The corrections service (resolve.Corrections), shared with the window. */
    static Corrections corrections(Workspace workspace) {
        return new Corrections(workspace);
    }

    /** What a correction prints: what was done, then the counts of the pass that applied it. */
    static void print(Corrections.Done done, PrintWriter out) {
        out.println(done.message());
        printSummary(done.summary(), out);
    }

    static void printSummary(EntityPass.Summary s, PrintWriter out) {
        out.printf("Entities: %d persons, %d organisations, %d places, %d cases; %d names left unresolved, "
                + "%d merge suggestions%n", s.persons(), s.organisations(), s.places(), s.cases(), s.unresolved(),
                s.suggestions());
    }
}
