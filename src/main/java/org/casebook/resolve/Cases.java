package org.casebook.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.extract.entity.CaseFinder.CaseType;
import org.casebook.model.Decision;
import org.casebook.model.EntityKind;
import org.casebook.model.Resolution;
import org.casebook.model.Role;

/**
 * The cases of a pass: one per (type, person concerned), named "Prosecution of …" or "Extradition of …", with every
 * role link and its evidence item; the researcher's links and unlinks are applied last.
 */
final class Cases {

    private final EntityPass.IdAllocator ids;
    private final Map<String, Long> previousByName;
    private final Map<Long, String> names = new LinkedHashMap<>();
    private final Map<String, Long> byKey = new LinkedHashMap<>();
    private final Set<Resolution.CaseRole> roles = new LinkedHashSet<>();
    private final List<long[]> lawyers = new ArrayList<>();
    private final List<long[]> relatives = new ArrayList<>();
    private final Map<Long, String> personNames = new LinkedHashMap<>();

    Cases(EntityPass.IdAllocator ids, List<EntityPass.Person> persons, Map<String, Long> previousByName) {
        this.ids = ids;
        this.previousByName = previousByName;
        persons.forEach(p -> personNames.put(p.id, p.name()));
    }

    /** The case of this type about this person: keyed by the person, not the name two persons may share. */
    long caseFor(CaseType type, long personId) {
        return byKey.computeIfAbsent(type + ":" + personId, k -> create(caseName(type, personId)));
    }

    private String caseName(CaseType type, long personId) {
        return (type == CaseType.EXTRADITION ? "Extradition of " : "Prosecution of ") + personNames.get(personId);
    }

    private Long prosecutionOf(long personId) {
        return byKey.get(CaseType.PROSECUTION + ":" + personId);
    }

    /** The case the researcher names: an existing one of that name, or a new case made by hand. */
    private long named(String name) {
        return names.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey).findFirst()
                .orElseGet(() -> byKey.computeIfAbsent("named:" + name, k -> create(name)));
    }

    private long create(String name) {
        long id = ids.allocateNamed(previousByName.get(name));
        names.put(id, name);
        return id;
    }

    void role(long caseId, long personId, Role role, Long itemId, boolean byHand) {
        roles.add(new Resolution.CaseRole(caseId, personId, role, itemId, byHand));
    }

    /** "lawyer is the lawyer of client": the lawyer joins the client's prosecution, if there is one. */
    void lawyerFor(long clientId, long lawyerId, long itemId) {
        lawyers.add(new long[] {clientId, lawyerId, itemId});
    }

    /**
     * "person is family of other" (the wife of, the brother of): the relative joins the prosecution of the other,
     * the one of the two whose prosecution the workspace documents better ("Kuramshina, the wife of Vadim
     * Kuramshin"; "Yerimbetov, the brother of Botagoz Jardemalie").
     */
    void relatives(long personId, long otherId, long itemId) {
        relatives.add(new long[] {personId, otherId, itemId});
    }

    void applyLinks(List<Decision> links, List<EntityPass.Person> persons) {
        for (long[] l : lawyers) {
            Long caseId = prosecutionOf(l[0]);
            if (caseId != null) {
                role(caseId, l[1], Role.LAWYER, l[2], false);
            }
        }
        for (long[] r : relatives) {
            Long othersCase = prosecutionOf(r[1]);
            Long personsCase = prosecutionOf(r[0]);
            boolean othersIsTheCase = othersCase != null
                    && (personsCase == null || evidenceOf(othersCase) >= evidenceOf(personsCase));
            if (othersIsTheCase) {
                role(othersCase, r[0], Role.RELATIVE, r[2], false);
            } else if (personsCase != null) {
                role(personsCase, r[1], Role.RELATIVE, r[2], false);
            }
        }
        Decisions finder = new Decisions(persons);
        for (Decision d : links) {
            var person = finder.find(d.args().get("person"));
            if (person.isEmpty()) {
                continue;
            }
            Role role = Role.ofKey(d.args().get("role"));
            String caseName = d.args().get("case");
            if (d.action().equals("link")) {
                role(named(caseName), person.get().id, role, null, true);
            } else {
                Long caseId = names.entrySet().stream().filter(e -> e.getValue().equals(caseName))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
                if (caseId != null) {
                    long id = caseId;
                roles.removeIf(r -> r.caseId() == id && r.personId() == person.get().id && r.role() == role);
                }
            }
        }
    }

    private long evidenceOf(long caseId) {
        return roles.stream().filter(r -> r.caseId() == caseId).map(Resolution.CaseRole::itemId).distinct().count();
    }

    List<Resolution.Entity> entities() {
        Set<Long> used = new LinkedHashSet<>();
        roles.forEach(r -> used.add(r.caseId()));
        List<Resolution.Entity> entities = new ArrayList<>();
        names.forEach((id, name) -> {
            if (used.contains(id)) {
                entities.add(new Resolution.Entity(id, EntityKind.CASE, name, List.of(), List.of()));
            }
        });
        return entities;
    }

    List<Resolution.CaseRole> roles() {
        return new ArrayList<>(roles);
    }

    int count() {
        return entities().size();
    }
}
