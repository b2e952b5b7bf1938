package org.casebook.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.extract.entity.CaseFinder;
import org.casebook.extract.entity.EntityExtractor;
import org.casebook.extract.entity.Gazetteer;
import org.casebook.model.Decision;
import org.casebook.model.EntityKind;
import org.casebook.model.Mention;
import org.casebook.model.Relation;
import org.casebook.model.Resolution;
import org.casebook.model.Role;
import org.casebook.model.StoredMention;
import org.casebook.store.EntityStore;
import org.casebook.store.Workspace;

/**
 * One resolution pass over the whole workspace: mentions become persons (PersonResolver), organisations and places
 * (by gazetteer name), cases and relations (CaseFinder), then the researcher's decisions are replayed in order, and
 * the result replaces the previous pass in one transaction. Entity ids are kept from the previous pass wherever the
 * same mentions resolve to the same entity.
 */
public final class EntityPass {

    /** What a pass produced, for the command line. */
    public record Summary(int persons, int organisations, int places, int cases, int unresolved, int suggestions) {
    }

    private final Workspace workspace;
    private final CaseFinder caseFinder = new CaseFinder();

    public EntityPass(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A person being assembled: its mentions, a name set by hand, aliases added by hand. */
    static final class Person {
        final List<PersonResolver.PersonMention> mentions = new ArrayList<>();
        String nameByHand;
        final Set<String> addedAliases = new LinkedHashSet<>();
        /** After a merge, the mentions of the person merged into: their id is the one kept. */
        List<Long> anchor;
        long id;

        /** The keys of every form, and each form's key as corrections recorded before 2026-11-26 wrote it. */
        Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            mentions.forEach(m -> {
                keys.add(NameKey.of(m.surface()));
                keys.add(NameKey.ofEveryWordAlike(m.surface()));
            });
            addedAliases.forEach(a -> {
                keys.add(NameKey.of(a));
                keys.add(NameKey.ofEveryWordAlike(a));
            });
            return keys;
        }

        String name() {
            return nameByHand != null ? nameByHand : new PersonResolver.Cluster(mentions).canonical();
        }
    }

    /** Extracts the names of items imported since the last pass, then resolves everything again. */
    public Summary run() {
        return workspace.inTransaction(() -> {
            extractPending();
            return runInCurrentTransaction();
        });
    }

    /**
     * Brings the entities up to date before they are shown: extracts the names of new items and resolves, but only
     * if something was imported since the last pass. Empty when they were current.
     */
    public java.util.Optional<Summary> ensureCurrent() {
        return workspace.inTransaction(() -> extractPending() > 0 || !workspace.entities().hasEntities()
                ? java.util.Optional.of(runInCurrentTransaction()) : java.util.Optional.empty());
    }

    /** Finds the names of every item again (after a gazetteer or extractor change), then resolves. */
    public Summary reextractAndRun() {
        return workspace.inTransaction(() -> {
            spanSnapshot = new HashMap<>();
            Map<Long, Long> assigned = workspace.entities().previousAssignment();
            workspace.entities().forEachMention(m -> {
                Long entity = assigned.get(m.id());
                if (entity != null) {
                    spanSnapshot.put(spanKey(m.itemId(), m.mention().begin(), m.mention().surface()), entity);
                }
            });
            workspace.entities().deleteAllMentions();
            extractPending();
            return runInCurrentTransaction();
        });
    }

    /** Before re-extraction: which entity each name, by item, position and spelling, belonged to. */
    private Map<String, Long> spanSnapshot;

    private static String spanKey(long itemId, int begin, String surface) {
        return itemId + ":" + begin + ":" + surface;
    }

    static final int EXTRACTION_BATCH = 2_000;

    /**
     * Names in the primary items not extracted yet, in batches extracted on all cores; a repeat names the same
     * people as its primary, so only primaries are read. Returns how many items were extracted.
     */
    private int extractPending() {
        EntityStore store = workspace.entities();
        int extracted = 0;
        EntityExtractor extractor = null; // the gazetteers are loaded only when there is something to read
        List<EntityStore.PendingItem> batch;
        while (!(batch = store.itemsToExtract(EXTRACTION_BATCH)).isEmpty()) {
            if (extractor == null) {
                extractor = new EntityExtractor(Gazetteer.standard());
            }
            EntityExtractor names = extractor;
            List<EntityStore.PendingItem> items = batch;
            List<List<Mention>> found = org.casebook.extract.Workers.POOL.submit(() -> items.parallelStream()
                    .map(i -> names.extract(i.text())).toList()).join();
            for (int k = 0; k < items.size(); k++) {
                store.insertMentions(items.get(k).id(), found.get(k));
            }
            store.markExtracted(items.stream().map(EntityStore.PendingItem::id).toList());
            extracted += items.size();
        }
        return extracted;
    }

    /** The pass, inside a transaction the caller holds (a correction records its decision in the same one). */
    public Summary runInCurrentTransaction() {
        EntityStore store = workspace.entities();
        Map<Long, List<StoredMention>> byItem = new LinkedHashMap<>();
        List<PersonResolver.PersonMention> personMentions = new ArrayList<>();
        Map<String, List<Long>> orgs = new LinkedHashMap<>();
        Map<String, List<Long>> places = new LinkedHashMap<>();
        store.forEachMention(m -> {
            byItem.computeIfAbsent(m.itemId(), i -> new ArrayList<>()).add(m);
            Mention mention = m.mention();
            switch (mention.kind()) {
                case PERSON -> personMentions.add(new PersonResolver.PersonMention(m.id(), m.itemId(), m.sourceId(),
                        m.line(), mention.surface()));
                case ORGANISATION -> orgs.computeIfAbsent(nameOf(mention), k -> new ArrayList<>()).add(m.id());
                case PLACE -> places.computeIfAbsent(nameOf(mention), k -> new ArrayList<>()).add(m.id());
                default -> { }
            }
        });
        addKnownSurnames(byItem, personMentions);
        List<Decision> decisions = store.decisions();
        Set<String> notPersons = new java.util.HashSet<>();
        decisions.stream().filter(d -> d.action().equals("not-person"))
                .forEach(d -> notPersons.add(d.args().get("alias") + "\t" + d.args().getOrDefault("item", "")));
        personMentions.removeIf(m -> notPersons.contains(m.surface() + "\t")
                || notPersons.contains(m.surface() + "\t" + m.itemId()));

        PersonResolver.Result resolved = new PersonResolver().resolve(personMentions);
        List<Person> persons = new ArrayList<>();
        Map<PersonResolver.Cluster, Person> personOf = new HashMap<>();
        for (PersonResolver.Cluster c : resolved.persons()) {
            Person p = new Person();
            p.mentions.addAll(c.mentions());
            persons.add(p);
            personOf.put(c, p);
        }
        List<Decision> links = new Decisions(persons).apply(decisions);

        Map<Long, Long> previous = store.previousAssignment();
        if (spanSnapshot != null) { // names extracted anew: match the old assignment by where the names stand
            store.forEachMention(m -> {
                Long entity = spanSnapshot.get(spanKey(m.itemId(), m.mention().begin(), m.mention().surface()));
                if (entity != null) {
                    previous.put(m.id(), entity);
                }
            });
        }
        Map<String, Long> idOfKey = store.personKeys();
        long maxKnownId = idOfKey.values().stream().mapToLong(Long::longValue).max().orElse(0);
        IdAllocator ids = new IdAllocator(previous, Math.max(store.nextEntityId(), maxKnownId + 1));
        persons.sort(Comparator.comparingInt((Person p) -> -p.mentions.size()));
        Map<String, Long> keysSeen = new HashMap<>();
        for (Person p : persons) {
            String key = NameKey.of(new PersonResolver.Cluster(p.mentions).canonical());
            p.id = p.anchor != null ? ids.allocate(p.anchor)
                    : ids.allocate(p.mentions.stream().map(PersonResolver.PersonMention::mentionId).toList(),
                    idOfKey.get(key));
            keysSeen.putIfAbsent(key, p.id);
        }
        store.recordPersonKeys(keysSeen);
        Map<Long, Long> personOfMention = new HashMap<>();
        persons.forEach(p -> p.mentions.forEach(m -> personOfMention.put(m.mentionId(), p.id)));

        List<Resolution.Entity> entities = new ArrayList<>();
        for (Person p : persons) {
            entities.add(new Resolution.Entity(p.id, EntityKind.PERSON, p.name(),
                    p.mentions.stream().map(PersonResolver.PersonMention::mentionId).toList(),
                    List.copyOf(p.addedAliases)));
        }
        addNamed(entities, ids, orgs, EntityKind.ORGANISATION);
        addNamed(entities, ids, places, EntityKind.PLACE);

        Map<String, Long> previousCases = new HashMap<>();
        Map<Long, String> previousCaseNames = new HashMap<>(); // two persons' cases may share a name
        store.entities(EntityKind.CASE).forEach(c -> {
            previousCases.put(c.name(), c.id());
            previousCaseNames.put(c.id(), c.name());
        });
        // "person:item" → the cases that report made the person a defendant, detainee or victim of
        Map<String, List<Cases.PreviousCase>> previousCasesOfReport = new HashMap<>();
        store.roles().stream().filter(r -> r.itemId() != null && Cases.CONCERNED.contains(Role.ofKey(r.role())))
                .forEach(r -> previousCasesOfReport.computeIfAbsent(r.personId() + ":" + r.itemId(),
                        k -> new ArrayList<>()).add(new Cases.PreviousCase(r.caseId(), previousCaseNames.get(r.caseId()))));
        Cases cases = new Cases(ids, persons, previousCases, previousCasesOfReport);
        List<Resolution.PersonRelation> relations = new ArrayList<>();
        Set<Long> officials = officials(byItem, personOfMention);
        List<Reference> references = new ArrayList<>();
        workspace.items().forEach(org.casebook.model.ItemQuery.primaries(), i -> {
            List<StoredMention> stored = byItem.get(i.id());
            if (stored != null && stored.stream().anyMatch(m -> personOfMention.containsKey(m.id()))) {
                cases.report(i.id(), i.date().start(), i.sourceId(), position(i.locator()));
                findCases(i.id(), i.text(), asOfficials(stored, personOfMention, officials), personOfMention, cases,
                        relations, references);
            }
        });
        resolveReferences(references, relations, cases);
        cases.applyLinks(links, persons);

        entities.addAll(cases.entities());

        List<Resolution.Suggestion> suggestions = new ArrayList<>();
        for (PersonResolver.Suggestion s : resolved.suggestions()) {
            Person a = personOf.get(s.a());
            Person b = personOf.get(s.b());
            if (a != null && b != null && persons.contains(a) && persons.contains(b) && a != b) {
                suggestions.add(new Resolution.Suggestion(a.id, b.id, s.reason()));
            }
        }
        store.replaceResolution(new Resolution(entities, cases.roles(), relations, suggestions));
        return new Summary(persons.size(), orgs.size(), places.size(), cases.count(), resolved.unresolved().size(),
                suggestions.size());
    }

    /** A report's place in its source, to find the reports next to it: its line, or page and paragraph. */
    private static long position(org.casebook.model.Locator locator) {
        if (locator == null) {
            return 0;
        }
        if (locator.isLine()) {
            return locator.line();
        }
        return 10_000L * (locator.page() == null ? 0 : locator.page())
                + (locator.paragraph() == null ? 0 : locator.paragraph());
    }

    /**
     * Persons the workspace mostly names with an office (President Nazarbayev, Prosecutor General Daulbaev): named
     * without it, they are still not the ones a case is about.
     */
    private static Set<Long> officials(Map<Long, List<StoredMention>> byItem, Map<Long, Long> personOfMention) {
        Map<Long, int[]> counts = new HashMap<>();
        byItem.values().forEach(ms -> ms.forEach(m -> {
            Long person = personOfMention.get(m.id());
            if (person != null && m.mention().cue() != null) {
                int[] c = counts.computeIfAbsent(person, k -> new int[2]);
                c[0]++;
                if (m.mention().cue().equals("official")) {
                    c[1]++;
                }
            }
        }));
        Set<Long> officials = new java.util.HashSet<>();
        counts.forEach((person, c) -> {
            if (c[1] >= MIN_OFFICIAL_CUES && 2 * c[1] >= c[0]) {
                officials.add(person);
            }
        });
        return officials;
    }

    static final int MIN_OFFICIAL_CUES = 2;

    private static List<StoredMention> asOfficials(List<StoredMention> stored, Map<Long, Long> personOfMention,
                                                   Set<Long> officials) {
        List<StoredMention> out = new ArrayList<>(stored.size());
        for (StoredMention m : stored) {
            Long person = personOfMention.get(m.id());
            Mention mention = m.mention();
            if (person != null && officials.contains(person) && mention.cue() == null) {
                mention = new Mention(mention.kind(), mention.surface(), mention.begin(), mention.end(),
                        mention.canonical(), "official");
            }
            out.add(new StoredMention(m.id(), m.itemId(), m.sourceId(), m.line(), mention));
        }
        return out;
    }

    private void findCases(long itemId, String text, List<StoredMention> stored, Map<Long, Long> personOfMention,
                           Cases cases, List<Resolution.PersonRelation> relations, List<Reference> references) {
        List<Mention> mentions = stored.stream().map(StoredMention::mention).toList();
        CaseFinder.Findings findings = caseFinder.find(text, mentions);
        Map<Long, Long> statedCases = new HashMap<>(); // the person a case of this report is about → that case
        for (CaseFinder.CaseEvent event : findings.cases()) {
            Long subject = personOfMention.get(stored.get(event.subject()).id());
            if (subject == null) {
                continue;
            }
            long caseId = cases.caseFor(event.type(), subject);
            if (event.type() == CaseFinder.CaseType.PROSECUTION) {
                statedCases.put(subject, caseId); // family joins the prosecution rather than the extradition
            } else {
                statedCases.putIfAbsent(subject, caseId);
            }
            cases.role(caseId, subject, event.subjectRole(), itemId, false);
            cases.phase(caseId, itemId, event.phase());
            for (CaseFinder.Participant participant : event.participants()) {
                Long person = personOfMention.get(stored.get(participant.mention()).id());
                if (person != null && !person.equals(subject)) {
                    cases.role(caseId, person, participant.role(), itemId, false);
                }
            }
        }
        for (CaseFinder.RelationEvent relation : findings.relations()) {
            Long a = personOfMention.get(stored.get(relation.person()).id());
            Long b = personOfMention.get(stored.get(relation.other()).id());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            relations.add(new Resolution.PersonRelation(a, b, relation.relation(), itemId));
            if (relation.relation() == Relation.LAWYER_OF) {
                cases.lawyerFor(b, a, itemId);
            } else if (relation.relation() != Relation.COLLEAGUE) {
                // family of the one whose case this report tells ("In 2013, Alma Shalabayeva, wife of …") is in
                // that case; otherwise the workspace decides
                Long aCase = statedCases.get(a);
                Long bCase = statedCases.get(b);
                if (aCase != null && bCase == null) {
                    cases.role(aCase, b, Role.RELATIVE, itemId, false);
                } else if (bCase != null && aCase == null) {
                    cases.role(bCase, a, Role.RELATIVE, itemId, false);
                } else if (aCase == null) {
                    cases.relatives(a, b, itemId);
                }
            }
        }
        for (CaseFinder.AdvocacyEvent advocacy : findings.advocacies()) {
            for (int defended : advocacy.defended()) {
                Long person = personOfMention.get(stored.get(defended).id());
                for (int advocate : advocacy.advocates()) {
                    Long speaker = personOfMention.get(stored.get(advocate).id());
                    if (person != null && speaker != null && !person.equals(speaker)) {
                        cases.joinCasesAbout(person, speaker, Role.ADVOCATE, itemId);
                    }
                }
            }
        }
        for (CaseFinder.ReferenceEvent reference : findings.references()) {
            Long person = personOfMention.get(stored.get(reference.person()).id());
            for (CaseFinder.Participant participant : reference.participants()) {
                Long actor = personOfMention.get(stored.get(participant.mention()).id());
                if (person != null && actor != null) {
                    references.add(new Reference(person, reference.relation(), actor, participant.role(), itemId));
                }
            }
        }
    }

    /** An official acting against the relation ("her husband") of a named person, resolved once all relations are known. */
    private record Reference(long person, Relation relation, long actor, Role role, long itemId) {
    }

    /**
     * The one person the workspace knows as that relation of the named person: "her husband" of Aliya Turusbekova
     * is the one she is the wife of.
     */
    private static void resolveReferences(List<Reference> references, List<Resolution.PersonRelation> relations,
                                          Cases cases) {
        for (Reference r : references) {
            Set<Long> candidates = new java.util.TreeSet<>();
            for (Resolution.PersonRelation known : relations) {
                if (known.personId() == r.person() && known.relation() == inverse(r.relation())) {
                    candidates.add(known.otherId()); // "Aliya is the wife of X": her husband is X
                } else if (known.otherId() == r.person() && known.relation() == r.relation()) {
                    candidates.add(known.personId()); // "X is the husband of Aliya"
                }
            }
            if (candidates.size() == 1) {
                cases.joinCasesAbout(candidates.iterator().next(), r.actor(), r.role(), r.itemId());
            }
        }
    }

    private static Relation inverse(Relation relation) {
        return switch (relation) {
            case CHILD -> Relation.PARENT;
            case PARENT -> Relation.CHILD;
            default -> relation;
        };
    }

    /**
     * A surname written alone in one item is a person when another item names that person in full: such mentions
     * are found here, over the whole workspace, and stored like the others.
     */
    private void addKnownSurnames(Map<Long, List<StoredMention>> byItem, List<PersonResolver.PersonMention> persons) {
        EntityExtractor extractor = new EntityExtractor(Gazetteer.standard());
        Set<String> surnames = new java.util.HashSet<>();
        for (PersonResolver.PersonMention m : persons) {
            String surface = m.surface();
            int space = surface.lastIndexOf(' ');
            if (space > 0 && !surface.contains(".")) {
                String surname = surface.substring(space + 1);
                if (extractor.canBeSurnameAlone(surname)) {
                    surnames.add(surname);
                }
            }
        }
        if (surnames.isEmpty()) {
            return;
        }
        boolean[] foundAny = {false};
        workspace.items().forEach(org.casebook.model.ItemQuery.primaries(), item -> {
            if (EntityExtractor.words(item.text()).stream().noneMatch(surnames::contains)) {
                return;
            }
            List<StoredMention> stored = byItem.getOrDefault(item.id(), List.of());
            List<Mention> found = extractor.knownSurnames(item.text(),
                    stored.stream().map(StoredMention::mention).toList(), surnames);
            if (found.isEmpty()) {
                return;
            }
            workspace.entities().insertMentions(item.id(), found);
            foundAny[0] = true;
        });
        if (foundAny[0]) {
            byItem.clear();
            persons.clear();
            workspace.entities().forEachMention(m -> {
                byItem.computeIfAbsent(m.itemId(), i -> new ArrayList<>()).add(m);
                if (m.mention().kind() == EntityKind.PERSON) {
                    persons.add(new PersonResolver.PersonMention(m.id(), m.itemId(), m.sourceId(), m.line(),
                            m.mention().surface()));
                }
            });
        }
    }


    private static String nameOf(Mention m) {
        return m.canonical() != null ? m.canonical() : m.surface();
    }

    private static void addNamed(List<Resolution.Entity> entities, IdAllocator ids, Map<String, List<Long>> named,
                                 EntityKind kind) {
        named.entrySet().stream().sorted(Comparator.comparingInt(e -> -e.getValue().size())).forEach(e ->
                entities.add(new Resolution.Entity(ids.allocate(e.getValue()), kind, e.getKey(), e.getValue(),
                        List.of())));
    }

    /** Hands out entity ids: the previous id most of the mentions had, if still free; else a new one. */
    static final class IdAllocator {
        private final Map<Long, Long> previous;
        private final Set<Long> taken = new java.util.HashSet<>();
        private long next;

        IdAllocator(Map<Long, Long> previous, long next) {
            this.previous = previous;
            this.next = next;
        }

        long allocate(List<Long> mentionIds) {
            return allocate(mentionIds, null);
        }

        /** The id first given to this name if free, else the previous id most of the mentions had, else new. */
        long allocate(List<Long> mentionIds, Long idOfName) {
            if (idOfName != null && !taken.contains(idOfName)) {
                taken.add(idOfName);
                return idOfName;
            }
            Map<Long, Integer> votes = new HashMap<>();
            for (long m : mentionIds) {
                Long id = previous.get(m);
                if (id != null && !taken.contains(id)) {
                    votes.merge(id, 1, Integer::sum);
                }
            }
            long id = votes.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElseGet(() -> next++);
            taken.add(id);
            return id;
        }

        /**
         * An id for a case told apart from another by year: the previous id of its name, else the previous case that
         * held most of its reports, else new.
         */
        long allocateByVotes(Map<Long, Integer> votes, Long previousId) {
            if (previousId != null && !taken.contains(previousId)) {
                taken.add(previousId);
                return previousId;
            }
            long id = votes.entrySet().stream().filter(v -> !taken.contains(v.getKey()))
                    .max(Map.Entry.<Long, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(-1L);
            if (id < 0) {
                return allocateNamed(previousId);
            }
            taken.add(id);
            return id;
        }

        /** Gives back an id allocated in this pass and left unused (a case told apart into cases by year). */
        void release(long id) {
            taken.remove(id);
        }

        /** An id for an entity without mentions (a case), reusing the previous id of the same name. */
        long allocateNamed(Long previousId) {
            if (previousId != null && !taken.contains(previousId)) {
                taken.add(previousId);
                return previousId;
            }
            long id = next++;
            taken.add(id);
            return id;
        }
    }
}
