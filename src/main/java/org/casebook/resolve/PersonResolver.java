package org.casebook.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups person mentions into persons. Full names meet by surname key and given-name key (spelling variants meet
 * through {@link NameKey}); a given name that is the only longer form of a short one under the same surname
 * (Bota / Botagoz) joins it; an initial ("P. Austrevicius") joins the one person whose given name it starts; a
 * surname alone joins the one person with that surname — in the workspace, else in the same item, else within
 * three lines of the same list. Whatever stays ambiguous is left unresolved, never guessed; similar persons are
 * offered as merge suggestions. Details: docs/decisions/0005-person-resolution.md.
 */
public final class PersonResolver {

    /** How far (in lines of one list) a surname alone looks for the person it names. */
    static final int NEIGHBOUR_LINES = 3;
    static final int MIN_SHORT_GIVEN = 3;

    /** A person mention to resolve: where it is (item, source, line) and how it is written. */
    public record PersonMention(long mentionId, long itemId, long sourceId, int line, String surface) {
    }

    /** One resolved person: its mentions, in input order. */
    public record Cluster(List<PersonMention> mentions) {

        /** The most frequent full name (given name and surname), the longest on a tie; else the most frequent form. */
        public String canonical() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (PersonMention m : mentions) {
                counts.merge(m.surface(), 1, Integer::sum);
            }
            Comparator<String> byFullness = Comparator.comparing((String s) -> PersonName.parse(s).hasGivenName());
            return counts.keySet().stream().max(byFullness.thenComparing(counts::get)
                    .thenComparing(String::length).thenComparing(Comparator.reverseOrder())).orElseThrow();
        }

        /** Every distinct surface form, in order of first appearance. */
        public List<String> aliases() {
            Set<String> aliases = new LinkedHashSet<>();
            mentions.forEach(m -> aliases.add(m.surface()));
            return List.copyOf(aliases);
        }
    }

    /** Two persons that may be one; the researcher decides. */
    public record Suggestion(Cluster a, Cluster b, String reason) {
    }

    public record Result(List<Cluster> persons, List<PersonMention> unresolved, List<Suggestion> suggestions) {
    }

    private static final class Group {
        final List<PersonMention> mentions = new ArrayList<>();
        final String surnameKey;
        final String givenKey;
        final Set<String> initials = new LinkedHashSet<>();
        Group parent = this;

        Group(String surnameKey, String givenKey) {
            this.surnameKey = surnameKey;
            this.givenKey = givenKey;
        }

        Group root() {
            Group g = this;
            while (g.parent != g) {
                g = g.parent;
            }
            return g;
        }
    }

    public Result resolve(List<PersonMention> mentions) {
        Map<String, Group> full = new LinkedHashMap<>();
        List<PersonMention> initialOnly = new ArrayList<>();
        List<PersonMention> surnameOnly = new ArrayList<>();
        for (PersonMention m : mentions) {
            PersonName name = PersonName.parse(m.surface());
            if (name.surnameKey().isEmpty()) {
                continue;
            }
            if (name.hasGivenName()) {
                Group g = full.computeIfAbsent(name.surnameKey() + "|" + name.givenKey(),
                        k -> new Group(name.surnameKey(), name.givenKey()));
                g.mentions.add(m);
                g.initials.add(firstLetter(m.surface()));
            } else if (name.isInitialOnly()) {
                initialOnly.add(m);
            } else {
                surnameOnly.add(m);
            }
        }
        joinSpellingSlips(full.values());
        joinShortGivenNames(full.values());

        Map<String, List<Group>> bySurname = new HashMap<>();
        for (Group g : full.values()) {
            if (g.root() == g) {
                bySurname.computeIfAbsent(g.surnameKey, k -> new ArrayList<>()).add(g);
            }
        }
        for (Group g : full.values()) {
            if (g.root() != g) {
                g.root().initials.addAll(g.initials);
            }
        }
        List<PersonMention> unresolved = new ArrayList<>();
        Map<String, Group> byInitial = new LinkedHashMap<>();
        for (PersonMention m : initialOnly) {
            PersonName name = PersonName.parse(m.surface());
            List<Group> candidates = bySurname.getOrDefault(name.surnameKey(), List.of()).stream()
                    .filter(g -> g.initials.contains(name.initial())).toList();
            if (candidates.size() == 1) {
                candidates.get(0).mentions.add(m);
            } else if (candidates.isEmpty()) {
                byInitial.computeIfAbsent(name.surnameKey() + "|" + name.initial(),
                        k -> new Group(name.surnameKey(), "")).mentions.add(m);
            } else {
                unresolved.add(m);
            }
        }
        byInitial.values().forEach(g -> bySurname.computeIfAbsent(g.surnameKey, k -> new ArrayList<>()).add(g));

        Map<Group, List<Group>> members = membersByRoot(full.values());
        Map<Long, Set<Group>> byItem = new HashMap<>();
        for (List<Group> groups : bySurname.values()) {
            for (Group g : groups) {
                for (Group member : members.getOrDefault(g, List.of(g))) {
                    member.mentions.forEach(m -> byItem.computeIfAbsent(m.itemId(), i -> new LinkedHashSet<>()).add(g));
                }
            }
        }
        Map<String, Group> surnameAlone = new LinkedHashMap<>();
        for (PersonMention m : surnameOnly) {
            String key = PersonName.parse(m.surface()).surnameKey();
            List<Group> candidates = bySurname.getOrDefault(key, List.of());
            Group chosen = candidates.size() == 1 ? candidates.get(0) : null;
            if (candidates.size() > 1) {
                chosen = only(candidates, byItem.getOrDefault(m.itemId(), Set.of()));
                if (chosen == null) {
                    chosen = nearby(m, candidates, members);
                }
            }
            if (chosen != null) {
                chosen.mentions.add(m);
            } else if (candidates.isEmpty()) {
                surnameAlone.computeIfAbsent(key, k -> new Group(k, "")).mentions.add(m);
            } else {
                unresolved.add(m);
            }
        }

        Map<Group, List<PersonMention>> clustered = new LinkedHashMap<>();
        for (Group g : full.values()) {
            clustered.computeIfAbsent(g.root(), r -> new ArrayList<>()).addAll(g.mentions);
        }
        byInitial.values().forEach(g -> clustered.put(g, g.mentions));
        surnameAlone.values().forEach(g -> clustered.put(g, g.mentions));
        List<Cluster> persons = new ArrayList<>();
        Map<Group, Cluster> clusterOf = new HashMap<>();
        clustered.forEach((g, ms) -> {
            List<PersonMention> ordered = new ArrayList<>(ms);
            ordered.sort(Comparator.comparingLong(PersonMention::mentionId));
            Cluster c = new Cluster(List.copyOf(ordered));
            persons.add(c);
            clusterOf.put(g, c);
        });
        return new Result(persons, unresolved, suggestions(bySurname, clusterOf));
    }

    /**
     * Typing slips: the same given name with a surname one letter off (Ketebayev / Ketabayev / Ketebaeyv), or the
     * same surname with a given name one letter off (Nursultan / Nursltan), for names long enough that one letter
     * does not make another name; and a double-barrelled surname with its first part (Delvaux-Stehres / Delvaux).
     * Gender endings differ at the end and never count as a slip (Kozlov / Kozlova).
     */
    private static void joinSpellingSlips(java.util.Collection<Group> groups) {
        Map<String, List<Group>> byGiven = new HashMap<>();
        Map<String, List<Group>> bySurname = new HashMap<>();
        for (Group g : groups) {
            if (!g.givenKey.isEmpty()) {
                byGiven.computeIfAbsent(g.givenKey, k -> new ArrayList<>()).add(g);
            }
            bySurname.computeIfAbsent(g.surnameKey, k -> new ArrayList<>()).add(g);
        }
        for (List<Group> sameGiven : byGiven.values()) { // compared within a block, not all pairs of the workspace
            forEachPair(sameGiven, (a, b) -> {
                boolean surnameSlip = a.surnameKey.length() >= MIN_SLIP_LENGTH && sameGender(a.surnameKey, b.surnameKey)
                        && withinOneEdit(a.surnameKey, b.surnameKey);
                boolean doubleBarrelled = a.surnameKey.startsWith(b.surnameKey)
                        && a.surnameKey.length() - b.surnameKey.length() >= MIN_SECOND_SURNAME
                        || b.surnameKey.startsWith(a.surnameKey)
                        && b.surnameKey.length() - a.surnameKey.length() >= MIN_SECOND_SURNAME;
                return surnameSlip || doubleBarrelled;
            });
        }
        for (List<Group> sameSurname : bySurname.values()) {
            forEachPair(sameSurname, (a, b) -> a.givenKey.length() >= MIN_SLIP_LENGTH
                    && b.givenKey.length() >= MIN_SLIP_LENGTH && withinOneEdit(a.givenKey, b.givenKey));
        }
    }

    private static void forEachPair(List<Group> block, java.util.function.BiPredicate<Group, Group> sameRule) {
        for (int i = 0; i < block.size(); i++) {
            for (int j = i + 1; j < block.size(); j++) {
                Group a = block.get(i);
                Group b = block.get(j);
                if (a.root() != b.root() && sameRule.test(a, b)) {
                    b.root().parent = a.root();
                }
            }
        }
    }

    static final int MIN_SLIP_LENGTH = 6;
    /** Mady Delvaux-Stehres is Mady Delvaux: a second surname adds at least this many letters. */
    static final int MIN_SECOND_SURNAME = 4;

    /** Russian and Kazakh feminine surnames end in -a: Kozlov and Kozlova are two people, never a slip. */
    private static boolean sameGender(String a, String b) {
        return a.endsWith("a") == b.endsWith("a");
    }

    /** One insertion, deletion, substitution or swap of neighbours apart. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }

    /** Bota joins Botagoz when Botagoz is the only longer given name starting with Bota under that surname. */
    private static void joinShortGivenNames(java.util.Collection<Group> groups) {
        Map<String, List<Group>> bySurname = new HashMap<>();
        groups.forEach(g -> bySurname.computeIfAbsent(g.surnameKey, k -> new ArrayList<>()).add(g));
        for (List<Group> same : bySurname.values()) {
            for (Group shorter : same) {
                if (shorter.givenKey.length() < MIN_SHORT_GIVEN) {
                    continue;
                }
                List<Group> longer = same.stream().filter(g -> g != shorter && g.givenKey.length() > shorter.givenKey.length()
                        && g.givenKey.startsWith(shorter.givenKey)).toList();
                if (longer.size() == 1) {
                    shorter.root().parent = longer.get(0).root();
                }
            }
        }
    }

    /** Every full-name group under its root, found in one pass (the root first). */
    private static Map<Group, List<Group>> membersByRoot(java.util.Collection<Group> full) {
        Map<Group, List<Group>> members = new HashMap<>();
        for (Group g : full) {
            if (g.root() == g) {
                members.computeIfAbsent(g, r -> new ArrayList<>()).add(0, g);
            } else {
                members.computeIfAbsent(g.root(), r -> new ArrayList<>()).add(g);
            }
        }
        return members;
    }

    private static Group only(List<Group> candidates, Set<Group> inItem) {
        List<Group> present = candidates.stream().filter(inItem::contains).toList();
        return present.size() == 1 ? present.get(0) : null;
    }

    private static Group nearby(PersonMention m, List<Group> candidates, Map<Group, List<Group>> members) {
        if (m.line() <= 0) {
            return null;
        }
        List<Group> near = new ArrayList<>();
        for (Group candidate : candidates) {
            boolean close = members.getOrDefault(candidate, List.of(candidate)).stream()
                    .flatMap(g -> g.mentions.stream())
                    .anyMatch(o -> o.sourceId() == m.sourceId() && o.line() > 0
                            && Math.abs(o.line() - m.line()) <= NEIGHBOUR_LINES);
            if (close) {
                near.add(candidate);
            }
        }
        return near.size() == 1 ? near.get(0) : null;
    }

    /** Persons sharing a surname whose given names start or read alike (Pavel / Pavlo): perhaps one person. */
    private static List<Suggestion> suggestions(Map<String, List<Group>> bySurname, Map<Group, Cluster> clusterOf) {
        List<Suggestion> suggestions = new ArrayList<>();
        for (List<Group> same : bySurname.values()) {
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    Group a = same.get(i);
                    Group b = same.get(j);
                    if (clusterOf.get(a) == null || clusterOf.get(b) == null) {
                        continue;
                    }
                    boolean oneInitialOnly = a.givenKey.isEmpty() != b.givenKey.isEmpty();
                    boolean alike = !a.givenKey.isEmpty() && !b.givenKey.isEmpty()
                            && (a.givenKey.length() >= 3 && b.givenKey.length() >= 3
                            && a.givenKey.substring(0, 3).equals(b.givenKey.substring(0, 3))
                            || withinOneEdit(a.givenKey, b.givenKey)); // Aliya / Alia
                    if (oneInitialOnly || alike) {
                        suggestions.add(new Suggestion(clusterOf.get(a), clusterOf.get(b),
                                oneInitialOnly ? "same surname, one known only by an initial"
                                        : "same surname, given names written alike"));
                    }
                }
            }
        }
        return suggestions;
    }

    private static String firstLetter(String surface) {
        return surface.substring(0, 1).toUpperCase(java.util.Locale.ROOT);
    }
}
