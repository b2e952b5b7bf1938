package org.casebook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.model.EntityKind;
import org.casebook.store.EntityStore;
import org.casebook.store.EntityStore.EntityRow;
import org.casebook.store.EntityStore.RoleRow;
import org.casebook.store.Workspace;

/** What the entity commands print: one JSON object per entity, or a readable line, built from the store. */
final class EntityListing {

    static final ObjectMapper JSON = Json.mapper();

    private final EntityStore store;
    private final Map<Long, EntityRow> persons = new LinkedHashMap<>();
    private final Map<Long, EntityRow> cases = new LinkedHashMap<>();
    private final List<RoleRow> roles;

    EntityListing(Workspace workspace) {
        this.store = workspace.entities();
        store.entities(EntityKind.PERSON).forEach(p -> persons.put(p.id(), p));
        store.entities(EntityKind.CASE).forEach(c -> cases.put(c.id(), c));
        this.roles = store.roles();
    }

    Map<Long, EntityRow> persons() {
        return persons;
    }

    Map<Long, EntityRow> cases() {
        return cases;
    }

    List<Long> casesOf(long personId) {
        return roles.stream().filter(r -> r.personId() == personId).map(RoleRow::caseId).distinct().toList();
    }

    ObjectNode person(EntityRow p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        strings(o.putArray("aliases"), p.aliases());
        o.put("items", p.items().size());
        ArrayNode caseIds = o.putArray("cases");
        casesOf(p.id()).forEach(caseIds::add);
        return o;
    }

    ObjectNode dossier(EntityRow p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", p.id());
        o.put("name", p.name());
        strings(o.putArray("aliases"), p.aliases());
        ArrayNode caseArray = o.putArray("cases");
        Map<String, List<Long>> evidence = new LinkedHashMap<>();
        roles.stream().filter(r -> r.personId() == p.id())
                .forEach(r -> evidence.computeIfAbsent(r.caseId() + "\t" + r.role(), k -> new ArrayList<>())
                        .add(r.itemId()));
        evidence.forEach((key, items) -> {
            long caseId = Long.parseLong(key.substring(0, key.indexOf('\t')));
            ObjectNode c = caseArray.addObject();
            c.put("id", caseId);
            c.put("name", cases.containsKey(caseId) ? cases.get(caseId).name() : null);
            c.put("role", key.substring(key.indexOf('\t') + 1));
            ArrayNode ev = c.putArray("evidence");
            items.stream().filter(java.util.Objects::nonNull).distinct().forEach(ev::add);
        });
        ArrayNode relations = o.putArray("relations");
        Map<String, List<Long>> related = new LinkedHashMap<>();
        store.relations().forEach(r -> {
            if (r.personId() == p.id()) {
                related.computeIfAbsent(r.otherId() + "\t" + r.relation(), k -> new ArrayList<>()).add(r.itemId());
            } else if (r.otherId() == p.id()) {
                related.computeIfAbsent(r.personId() + "\t" + inverse(r.relation()), k -> new ArrayList<>())
                        .add(r.itemId());
            }
        });
        related.forEach((key, items) -> {
            long other = Long.parseLong(key.substring(0, key.indexOf('\t')));
            ObjectNode rel = relations.addObject();
            rel.put("person", other);
            rel.put("name", persons.containsKey(other) ? persons.get(other).name() : null);
            rel.put("relation", key.substring(key.indexOf('\t') + 1));
            ArrayNode ev = rel.putArray("evidence");
            items.stream().distinct().forEach(ev::add);
        });
        ArrayNode items = o.putArray("items");
        p.items().forEach(items::add);
        Map<Long, String> dates = store.itemDates(p.items());
        o.put("first_seen", dates.values().stream().min(Comparator.naturalOrder()).orElse(null));
        o.put("last_seen", dates.values().stream().max(Comparator.naturalOrder()).orElse(null));
        return o;
    }

    /** "person is the <relation> of other", read from the other side. */
    private static String inverse(String relation) {
        return switch (relation) {
            case "child" -> "parent";
            case "parent" -> "child";
            case "lawyer-of" -> "client-of";
            default -> relation;
        };
    }

    ObjectNode caseNode(EntityRow c) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", c.id());
        o.put("name", c.name());
        ArrayNode people = o.putArray("persons");
        roles.stream().filter(r -> r.caseId() == c.id()).map(r -> r.personId() + "\t" + r.role()).distinct()
                .forEach(k -> {
                    long personId = Long.parseLong(k.substring(0, k.indexOf('\t')));
                    ObjectNode person = people.addObject();
                    person.put("id", personId);
                    person.put("name", persons.containsKey(personId) ? persons.get(personId).name() : null);
                    person.put("role", k.substring(k.indexOf('\t') + 1));
                });
        ArrayNode items = o.putArray("items");
        c.items().forEach(items::add);
        Map<Long, String> dates = store.itemDates(c.items());
        o.put("first", dates.values().stream().min(Comparator.naturalOrder()).orElse(null));
        o.put("last", dates.values().stream().max(Comparator.naturalOrder()).orElse(null));
        return o;
    }

    static ObjectNode named(EntityRow e) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", e.id());
        o.put("name", e.name());
        strings(o.putArray("aliases"), e.aliases());
        o.put("items", e.items().size());
        return o;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
