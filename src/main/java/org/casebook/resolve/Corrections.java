package org.casebook.resolve;

import java.util.Map;
import java.util.Optional;
import org.casebook.model.Decision;
import org.casebook.model.EntityKind;
import org.casebook.model.Role;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.Workspace;

/**
 * The researcher's corrections of persons and cases, for the command line and the window alike. Each is checked,
 * recorded as a decision and applied by a new entity pass, all in one transaction; the decisions are replayed after
 * every later pass, so a correction survives re-import and re-extraction. Undo marks a decision undone and runs the
 * pass again; redo records the same decision anew.
 */
public final class Corrections {

    /** A correction that cannot be made (unknown person, nothing to undo…); the message says why, in one line. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** A correction made: its decision, what to tell the researcher, and the pass that applied it. */
    public record Done(long decisionId, String action, Map<String, String> args, String message,
                       EntityPass.Summary summary) {
    }

    /** A decision taken back, and the pass without it. */
    public record Undone(Decision decision, EntityPass.Summary summary) {
    }

    private final Workspace workspace;

    public Corrections(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Extracts and resolves what was imported since the last pass, so lookups see every item. */
    public void current() {
        new EntityPass(workspace).ensureCurrent();
    }

    /** An entity by id or any spelling of its name; {@link PersonLookup.NotFound} says what is wrong. */
    public EntityRow find(EntityKind kind, String nameOrId) {
        return new PersonLookup(workspace.entities()).find(kind, nameOrId);
    }

    public Done merge(String person, String other) {
        EntityRow a = find(EntityKind.PERSON, person);
        EntityRow b = find(EntityKind.PERSON, other);
        if (a.id() == b.id()) {
            throw new Refused("#" + a.id() + " " + a.name() + " and \"" + other + "\" are already one person");
        }
        return decide("merge", Map.of("person", PersonLookup.handle(a), "other", PersonLookup.handle(b)),
                "Merged #" + b.id() + " " + b.name() + " into #" + a.id() + " " + a.name());
    }

    public Done split(String person, String form) {
        EntityRow p = find(EntityKind.PERSON, person);
        if (!p.aliases().contains(form)) {
            throw new Refused("#" + p.id() + " " + p.name() + " is never written \"" + form + "\"");
        }
        return decide("split", Map.of("alias", form), "Split \"" + form + "\" off #" + p.id() + " " + p.name());
    }

    public Done rename(String person, String name) {
        EntityRow p = find(EntityKind.PERSON, person);
        return decide("rename", Map.of("person", PersonLookup.handle(p), "name", name),
                "Renamed #" + p.id() + " " + p.name() + " to " + name);
    }

    public Done addAlias(String person, String form) {
        EntityRow p = find(EntityKind.PERSON, person);
        return decide("add-alias", Map.of("person", PersonLookup.handle(p), "alias", form),
                "Added \"" + form + "\" to #" + p.id() + " " + p.name());
    }

    public Done removeAlias(String person, String form) {
        EntityRow p = find(EntityKind.PERSON, person);
        return decide("remove-alias", Map.of("person", PersonLookup.handle(p), "alias", form),
                "Removed \"" + form + "\" from #" + p.id() + " " + p.name());
    }

    /** A name written so is not a person: everywhere, or (item not null) only in that item. */
    public Done notPerson(String form, Long item) {
        boolean written = workspace.entities().entities(EntityKind.PERSON).stream()
                .anyMatch(p -> p.aliases().contains(form));
        if (!written) {
            throw new Refused("no person is written \"" + form + "\" in this workspace");
        }
        Map<String, String> args = item == null ? Map.of("alias", form)
                : Map.of("alias", form, "item", String.valueOf(item));
        return decide("not-person", args, "\"" + form + "\" is no longer read as a person"
                + (item == null ? "" : " in item #" + item));
    }

    /** Links a person to a case (id, or name; a new name creates the case) with a role key. */
    public Done link(String person, String kase, String role) {
        EntityRow p = find(EntityKind.PERSON, person);
        String caseName = caseName(kase, true);
        boolean existing = foundByThePass(caseName);
        // a case found by the pass may change its name ("… (2012)" → "… (2011–2012)"); one made by hand does not
        return decide("link", Map.of("person", PersonLookup.handle(p), "case", caseName, "role", Role.ofKey(role).key(),
                        "found", String.valueOf(existing)),
                "Linked #" + p.id() + " " + p.name() + " to " + caseName + " as " + role);
    }

    public Done unlink(String person, String kase, String role) {
        EntityRow p = find(EntityKind.PERSON, person);
        String caseName = caseName(kase, false);
        return decide("unlink", Map.of("person", PersonLookup.handle(p), "case", caseName,
                "role", Role.ofKey(role).key()), "Unlinked #" + p.id() + " " + p.name() + " from " + caseName);
    }

    /** Takes back the latest decision in force (what {@code casebook undo} does). */
    public Undone undoLast() {
        return workspace.inTransaction(() -> {
            Decision undone = workspace.entities().undoLast().orElseThrow(() -> new Refused("nothing to undo"));
            return new Undone(undone, new EntityPass(workspace).runInCurrentTransaction());
        });
    }

    /** Takes back one decision (the window's undo of the correction it made). */
    public EntityPass.Summary undo(long decisionId) {
        return workspace.inTransaction(() -> {
            if (!workspace.entities().setUndone(decisionId, true)) {
                throw new Refused("no decision #" + decisionId);
            }
            return new EntityPass(workspace).runInCurrentTransaction();
        });
    }

    /** Records a decision (again, for redo) and applies it with a new pass, in one transaction. */
    public Done decide(String action, Map<String, String> args, String message) {
        return workspace.inTransaction(() -> {
            long id = workspace.entities().addDecision(action, args);
            return new Done(id, action, args, message, new EntityPass(workspace).runInCurrentTransaction());
        });
    }

    /**
     * Whether this name stands for a case the pass found, and may rename as reports arrive: it exists, or it is "X
     * (2012)" and a case "X (2011–2012)" exists, whose years hold 2012. Any other name is a case made by hand.
     */
    private boolean foundByThePass(String caseName) {
        var typed = DatedCaseName.parse(caseName);
        return workspace.entities().entities(EntityKind.CASE).stream().anyMatch(c -> c.name().equals(caseName)
                || typed.isPresent() && DatedCaseName.parse(c.name()).filter(d -> d.holds(typed.get())).isPresent());
    }

    private String caseName(String kase, boolean mayCreate) {
        if (kase.matches("\\d+")) {
            return find(EntityKind.CASE, kase).name();
        }
        // a case told apart by year ("Prosecution of X (2012)", "… (2017)") may be named without its years
        boolean exists = workspace.entities().entities(EntityKind.CASE).stream()
                .anyMatch(c -> c.name().equals(kase) || DatedCaseName.isPartOf(c.name(), kase));
        if (!exists && !mayCreate) {
            throw new Refused("no case named \"" + kase + "\"");
        }
        return kase;
    }
}
