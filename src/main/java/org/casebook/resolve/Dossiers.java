package org.casebook.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.casebook.model.EntityKind;
import org.casebook.model.Item;
import org.casebook.store.EntityStore;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.NoteStore;
import org.casebook.store.Workspace;

/**
 * A person's dossier as the window shows it: the name and every form of it, the cases with the role and the items
 * that state it, the related persons, the person's items newest first with their count per year, and the note. The
 * same content as {@code casebook dossier}, with the items themselves.
 */
public final class Dossiers {

    /** A role in a case, with its evidence items (ids). */
    public record CaseRole(long caseId, String caseName, String role, List<Long> evidence) {
    }

    /** A related person: "this person is the {@code relation} of {@code name}". */
    public record Related(long personId, String name, String relation, List<Long> evidence) {
    }

    public record Dossier(EntityRow person, List<CaseRole> cases, List<Related> related, List<Item> items,
                          Map<Integer, Long> perYear, String note) {
    }

    private final Workspace workspace;

    public Dossiers(Workspace workspace) {
        this.workspace = workspace;
    }

    /** Every person, by name. */
    public List<EntityRow> persons() {
        return workspace.entities().entities(EntityKind.PERSON);
    }

    /** Case names, for linking a person to a case. */
    public List<String> caseNames() {
        return workspace.entities().entities(EntityKind.CASE).stream().map(EntityRow::name).toList();
    }

    /** The dossier of a person; {@code null} when there is no such person (any more: merged, split off). */
    public Dossier of(long personId) {
        EntityStore store = workspace.entities();
        Map<Long, EntityRow> persons = new LinkedHashMap<>();
        store.entities(EntityKind.PERSON).forEach(p -> persons.put(p.id(), p));
        EntityRow person = persons.get(personId);
        if (person == null) {
            return null;
        }
        Map<Long, String> caseNames = new LinkedHashMap<>();
        store.entities(EntityKind.CASE).forEach(c -> caseNames.put(c.id(), c.name()));
        Map<String, CaseRole> cases = new LinkedHashMap<>();
        store.roles().stream().filter(r -> r.personId() == personId).forEach(r -> cases.computeIfAbsent(
                r.caseId() + "\t" + r.role(), k -> new CaseRole(r.caseId(), caseNames.get(r.caseId()), r.role(),
                        new ArrayList<>())).evidence().add(r.itemId()));
        cases.values().forEach(c -> {
            List<Long> distinct = c.evidence().stream().filter(Objects::nonNull).distinct().toList();
            c.evidence().clear();
            c.evidence().addAll(distinct);
        });
        Map<String, Related> related = new LinkedHashMap<>();
        store.relations().forEach(r -> {
            long other;
            String relation;
            if (r.personId() == personId) {
                other = r.otherId();
                relation = r.relation();
            } else if (r.otherId() == personId) {
                other = r.personId();
                relation = inverse(r.relation());
            } else {
                return;
            }
            EntityRow o = persons.get(other);
            List<Long> evidence = related.computeIfAbsent(other + "\t" + relation, k -> new Related(other,
                    o == null ? "#" + other : o.name(), relation, new ArrayList<>())).evidence();
            if (!evidence.contains(r.itemId())) {
                evidence.add(r.itemId());
            }
        });
        List<Item> items = workspace.items().findAll(person.items());
        Map<Integer, Long> perYear = new TreeMap<>();
        items.stream().filter(i -> i.date().isKnown())
                .forEach(i -> perYear.merge(i.date().start().getYear(), 1L, Long::sum));
        String note = workspace.notes().ofEntity(personId).map(NoteStore.Note::text).orElse("");
        return new Dossier(person, List.copyOf(cases.values()), List.copyOf(related.values()), items, perYear, note);
    }

    /** "person is the relation of other", read from the other side. */
    public static String inverse(String relation) {
        return switch (relation) {
            case "child" -> "parent";
            case "parent" -> "child";
            case "lawyer-of" -> "client-of";
            default -> relation;
        };
    }
}
