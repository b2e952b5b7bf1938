package org.casebook.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.extract.entity.CaseFinder.CaseType;
import org.casebook.extract.entity.CaseFinder.Phase;
import org.casebook.model.Decision;
import org.casebook.model.EntityKind;
import org.casebook.model.Resolution;
import org.casebook.model.Role;

/**
 * The cases of a pass: one per (type, person concerned), named "Prosecution of …" or "Extradition of …", told apart
 * by year when the reports tell two apart ({@link CaseEpisodes}), with every role link and its evidence item; the
 * researcher's links and unlinks are applied last.
 */
final class Cases {

    private final EntityPass.IdAllocator ids;
    private final Map<String, Long> previousByName;
    private final Map<Long, String> names = new LinkedHashMap<>();
    private final Map<String, Long> byKey = new LinkedHashMap<>();
    private final Set<Resolution.CaseRole> roles = new LinkedHashSet<>();
    private final List<long[]> lawyers = new ArrayList<>();
    private final List<long[]> relatives = new ArrayList<>();
    private final List<Joining> joining = new ArrayList<>();
    private final Map<Long, String> personNames = new LinkedHashMap<>();
    private final Map<Long, CaseEpisodes.Report> reports = new java.util.HashMap<>();
    /** What each report tells of a case it states, per case. */
    private final Map<Long, Map<Long, Phase>> phases = new java.util.HashMap<>();
    /** A case told apart into several (see {@link CaseEpisodes}): its name → the cases, oldest first. */
    private final Map<String, List<Long>> episodes = new java.util.HashMap<>();

    private final Map<String, List<PreviousCase>> previousCasesOfReport;

    /** A case of the previous pass: its id and name. */
    record PreviousCase(long id, String name) {
    }

    Cases(EntityPass.IdAllocator ids, List<EntityPass.Person> persons, Map<String, Long> previousByName,
          Map<String, List<PreviousCase>> previousCasesOfReport) {
        this.ids = ids;
        this.previousByName = previousByName;
        this.previousCasesOfReport = previousCasesOfReport;
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

    /**
     * The case the researcher names: an existing one of that name, or a new case made by hand. Names of cases told
     * apart by year move as reports arrive, so a name that no longer exists is read by its base and years: the name
     * without years is the latest of the cases told apart, "… (2012)" the one whose years now hold 2012, or the one
     * case when they are no longer told apart (if the pass had found it: a name made by hand stays the researcher's).
     */
    private long named(String name, boolean foundByThePass) {
        return existing(name).or(() -> foundByThePass ? withoutYears(name) : java.util.Optional.empty())
                .orElseGet(() -> byKey.computeIfAbsent("named:" + name, k -> create(name)));
    }

    /** "Prosecution of X (2010–2012)", linked when the pass told it apart, is "Prosecution of X" when it no longer does. */
    private java.util.Optional<Long> withoutYears(String name) {
        return DatedCaseName.parse(name).flatMap(dated -> names.entrySet().stream()
                .filter(e -> e.getValue().equals(dated.base())).map(Map.Entry::getKey).findFirst());
    }

    private java.util.Optional<Long> existing(String name) {
        java.util.Optional<Long> exact = names.entrySet().stream().filter(e -> e.getValue().equals(name))
                .map(Map.Entry::getKey).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Long> told = episodes.get(name);
        if (told != null) {
            return java.util.Optional.of(told.get(told.size() - 1));
        }
        // "… (2012)" is the case whose years now hold 2012; a case of another year is the researcher's own
        return DatedCaseName.parse(name).flatMap(typed -> episodes.getOrDefault(typed.base(), List.of()).stream()
                .filter(part -> DatedCaseName.parse(names.get(part)).filter(d -> d.holds(typed)).isPresent())
                .findFirst());
    }

    /** Where a report that states a case stands: its date (null if unknown), source and line or paragraph. */
    void report(long itemId, java.time.LocalDate date, long sourceId, long position) {
        reports.put(itemId, new CaseEpisodes.Report(date, sourceId, position));
    }

    /** What a report tells of the case about its subject: the start (arrest), the end (release), or neither. */
    void phase(long caseId, long itemId, Phase phase) {
        phases.computeIfAbsent(caseId, k -> new java.util.HashMap<>()).merge(itemId, phase,
                (a, b) -> a == Phase.END || b == Phase.END ? Phase.END : a == Phase.START || b == Phase.START
                        ? Phase.START : Phase.OTHER);
    }

    /** Each automatic case whose reports tell two or more cases apart becomes one case per episode, named by year. */
    private void tellEpisodesApart() {
        CaseEpisodes teller = new CaseEpisodes(reports);
        Map<Long, List<Resolution.CaseRole>> rolesOf = new java.util.HashMap<>();
        roles.forEach(r -> rolesOf.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<String, Long> key : byKey.entrySet()) {
            long caseId = key.getValue();
            if (key.getKey().startsWith("named:") || !phases.getOrDefault(caseId, Map.of()).containsValue(Phase.END)) {
                continue; // made by hand, or no release told: one case
            }
            long subject = Long.parseLong(key.getKey().substring(key.getKey().indexOf(':') + 1));
            List<Resolution.CaseRole> caseRoles = rolesOf.getOrDefault(caseId, List.of());
            List<Long> subjectReports = caseRoles.stream().filter(r -> r.personId() == subject && r.itemId() != null
                    && CONCERNED.contains(r.role())).map(Resolution.CaseRole::itemId).toList();
            CaseEpisodes.Split parts = teller.episodes(subjectReports, phases.getOrDefault(caseId, Map.of()));
            if (parts.count() < 2) {
                continue;
            }
            String name = names.remove(caseId);
            ids.release(caseId);
            // each case keeps the id of the case that held most of its reports before (the larger ones first)
            Long[] episodeIds = new Long[parts.count()];
            List<Integer> bySize = new ArrayList<>();
            for (int k = 0; k < parts.count(); k++) {
                bySize.add(k);
            }
            bySize.sort(Comparator.comparingInt((Integer k) -> -parts.reports(k).size()).thenComparing(k -> k));
            for (int k : bySize) {
                Map<Long, Integer> votes = new java.util.HashMap<>();
                // only the previous cases of this person and kind: the name, or the name with its years
                parts.reports(k).forEach(r -> previousCasesOfReport.getOrDefault(subject + ":" + r, List.of()).stream()
                        .filter(c -> c.name() != null && (c.name().equals(name) || DatedCaseName.isPartOf(c.name(), name)))
                        .forEach(c -> votes.merge(c.id(), 1, Integer::sum)));
                String episodeName = name + " (" + parts.years(k) + ")";
                episodeIds[k] = ids.allocateByVotes(votes, previousByName.get(episodeName));
                names.put(episodeIds[k], episodeName);
            }
            List<Long> told = List.of(episodeIds);
            episodes.put(name, told);
            roles.removeAll(caseRoles);
            for (Resolution.CaseRole r : caseRoles) {
                long episode = told.get(parts.episodeOf(r.itemId()));
                roles.add(new Resolution.CaseRole(episode, r.personId(), r.role(), r.itemId(), r.byHand()));
            }
        }
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

    /**
     * A person who takes part in whatever the workspace has about another, from a report that names no case: an
     * advocate "in defence of X", an official threatening X's wife. Every case about X gets them.
     */
    void joinCasesAbout(long concernedId, long personId, Role role, long itemId) {
        joining.add(new Joining(concernedId, personId, role, itemId));
    }

    private record Joining(long concernedId, long personId, Role role, long itemId) {
    }

    static final Set<Role> CONCERNED = java.util.EnumSet.of(Role.DEFENDANT, Role.DETAINEE, Role.VICTIM);

    void applyLinks(List<Decision> links, List<EntityPass.Person> persons) {
        Map<Long, Set<Long>> casesAbout = new java.util.HashMap<>(); // a person → the cases about them, not ones they share
        byKey.forEach((key, caseId) -> {
            if (!key.startsWith("named:")) {
                casesAbout.computeIfAbsent(Long.parseLong(key.substring(key.indexOf(':') + 1)),
                        k -> new java.util.TreeSet<>()).add(caseId);
            }
        });
        for (Joining j : joining) {
            for (long caseId : casesAbout.getOrDefault(j.concernedId(), Set.of())) {
                role(caseId, j.personId(), j.role(), j.itemId(), false);
            }
        }
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
        tellEpisodesApart();
        Decisions finder = new Decisions(persons);
        for (Decision d : links) {
            var person = finder.find(d.args().get("person"));
            if (person.isEmpty()) {
                continue;
            }
            Role role = Role.ofKey(d.args().get("role"));
            String caseName = d.args().get("case");
            if (d.action().equals("link")) {
                role(named(caseName, "true".equals(d.args().get("found"))), person.get().id, role, null, true);
            } else {
                Set<Long> caseIds = new java.util.HashSet<>(episodes.getOrDefault(caseName, List.of()));
                existing(caseName).or(() -> withoutYears(caseName)).ifPresent(caseIds::add);
                roles.removeIf(r -> caseIds.contains(r.caseId()) && r.personId() == person.get().id
                        && r.role() == role);
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
