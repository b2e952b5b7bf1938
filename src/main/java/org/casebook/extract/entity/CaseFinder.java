package org.casebook.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.model.EntityKind;
import org.casebook.model.Mention;
import org.casebook.model.Relation;
import org.casebook.model.Role;

/**
 * Finds, in one report, the prosecutions, detentions, trials and extradition attempts it states and who takes part:
 * the person a trigger phrase is about ("the extradition of X", "criminal case against X", "X was detained") is the
 * defendant or detainee; persons named with a role word in the same sentence (lawyer, judge, prosecutor, MEP,
 * journalist, wife of) take that role in the case. Relations ("X, the brother of Y") are found alongside.
 */
public final class CaseFinder {

    /** What kind of case: an extradition attempt, or a prosecution (detention, charges, trial, sentence). */
    public enum CaseType { PROSECUTION, EXTRADITION }

    /** Where in a case a report stands: an arrest or charge begins it, a release or acquittal ends it. */
    public enum Phase { START, END, OTHER }

    /**
     * A case stated by a report: its type, the person it concerns (index into the mentions), other roles, and whether
     * the sentence tells the case's start or end.
     */
    public record CaseEvent(CaseType type, int subject, Role subjectRole, List<Participant> participants, Phase phase) {
    }

    public record Participant(int mention, Role role) {
    }

    /** "mention a is the relation of mention b". */
    public record RelationEvent(int person, int other, Relation relation) {
    }

    /**
     * Campaigners who speak for persons in a sentence that names no case ("appealed in defence of X", "filed a
     * written inquiry concerning X"): which of the defended persons' cases they join is decided over the workspace.
     */
    public record AdvocacyEvent(List<Integer> advocates, List<Integer> defended) {
    }

    /**
     * Officials acting, in a sentence that names no case, against "her husband" (or another relative) of the one
     * person named there: they act in the cases of whoever the workspace knows as that relative.
     */
    public record ReferenceEvent(int person, Relation relation, List<Participant> participants) {
    }

    public record Findings(List<CaseEvent> cases, List<RelationEvent> relations, List<AdvocacyEvent> advocacies,
                           List<ReferenceEvent> references) {
    }

    private static final String RELATIVES = "wife|husband|spouse|son|daughter|brother|sister|father|mother|relative|"
            + "nephew|niece|cousin";
    private static final String RELATION_WORDS = RELATIVES + "|lawyer|attorney|counsel|colleague|associate";
    private static final Pattern EXTRADITION = Pattern.compile("(?i)\\bextradit\\w*");
    private static final Pattern DETENTION = Pattern.compile("(?i)\\b(detained|detention|arrested|arrest|custody|"
            + "imprisoned|imprisonment|political prisoners?|behind bars|prison|colony|kidnapp\\w+|abducted|jailed|"
            + "released|release|freed|regained his freedom|regained her freedom|parole|mental hospital|psychiatric|"
            + "hunger strike)\\b(?!(?<=prison)\\s(officials?|service|administration|authorities|staff|guards))");
    /** A case's end: released, freed, acquitted. */
    private static final Pattern ENDED = Pattern.compile("(?i)\\b(released|freed|regained (his|her|their) freedom|"
            + "acquitted|release from|set free)\\b");
    /** A case's start: arrested, detained, charged, a criminal case opened. */
    private static final Pattern STARTED = Pattern.compile("(?i)\\b(arrested|detained|taken into custody|"
            + "placed under arrest|charged|indicted|initiated a criminal case|opened a criminal case)\\b");
    /** Words that make the person concerned a victim (of abduction, violence) rather than a detainee. */
    private static final Pattern VICTIMHOOD = Pattern.compile("(?i)\\b(abduct\\w*|kidnapp\\w*|killed|murdered|"
            + "assaulted|beaten)\\b");
    private static final Pattern PROSECUTION = Pattern.compile("(?i)\\b(criminal case|charges?|charged|accused|"
            + "prosecut\\w+|persecut\\w+|sentenced|sentence|convicted|conviction|trial|verdict|indicted|"
            + "investigation against|case against|case of|raided)\\b|[’']s case\\b");
    /** A sentence that only refers to a case ("decision on X’s case"): what happened is told elsewhere in the report. */
    private static final Pattern CASE_REFERENCE = Pattern.compile("(?i)\\b(case of)\\b|[’']s case\\b");
    /** What campaigners do: the persons named before such a verb speak for the ones the case is about. */
    private static final Pattern ADVOCACY = Pattern.compile("(?i)\\b(wrote|signed|urged|called on|called for|"
            + "appealed|addressed|expressed|submitted|demanded|demanding|raised|denounced|condemned|requested|"
            + "intervened|decrying|protested|filed a written|spoke out)\\b");
    /** A sentence ends at . ! ? — but not at the full stop of an initial or a title ("J. Stetina", "Mr. Kozlov"). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!(?<![\\p{L}])(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St))[.!?](\\s|$)");
    /** Persons named together with one event: tried, sentenced, detained together, or a group ("the journalists: A, B"). */
    private static final Pattern JOINT = Pattern.compile("(?i)\\b(trial of|tried (alongside|together)|alongside|"
            + "together with|as well as|co-?defendants?|sentenced|convicted|abducted|cases (against|of)|release of|"
            + "(were|have been|had been) (\\w+ ){0,2}(detained|arrested|charged|imprisoned|taken into custody|"
            + "placed under arrest))\\b|\\bthe\\s+\\p{Ll}{3,}s:\\s");
    /**
     * What stands between two names of one list: "A, B", "A and B", "A (Poland), B and C", "A, as well as B", and
     * with what each is set off by: "A, the editor of the newspaper, and the head of its department, B", "A and
     * his relative B".
     */
    private static final Pattern LIST_GAP = Pattern.compile("(\\s*\\([^()]{1,40}\\))?"
            + "(\\s*,\\s*(?:the|a|an)\\s[^.;:!?,]{1,80})?"
            + "\\s*(,\\s*(and\\s+)?|and\\s+|&\\s+|,?\\s*as well as\\s+)"
            + "((?:the|a|an)\\s[^.;:!?,]{1,80},\\s*|(?:his|her|their)\\s+(?:" + RELATIVES + ")\\s+)?");
    /**
     * "the brother of X", also with what X is written between ("a relative of the Kazakh opposition politician and
     * political refugee, X"): words and at most a comma before the name, no verb of a clause of its own.
     */
    private static final Pattern RELATION_WORD = Pattern.compile("(?i)\\b(" + RELATION_WORDS + ")s?\\s+of\\s+"
            + "((?!(?:is|was|were|are|been|has|have|had|who|which|that|with|by|to|from|against|for)\\b)"
            + "[\\p{L}’'-]+\\s+){0,10}(?:[\\p{L}’'-]+,\\s*)?$");

    /** "Vladimir Kozlov’s wife, Aliya Turusbekova" / "Ablyazov’s lawyer Botagoz Jardemalie". */
    private static final Pattern POSSESSIVE_RELATION = Pattern.compile("(?i)[’']s\\s+(" + RELATION_WORDS + ")s?"
            + "\\s*,?\\s*$");
    /** "Aliya Turusbekova, Vladimir Kozlov’s wife": the relation written after the second name. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("(?i)^(?:[’']s|[’'])\\s+(" + RELATION_WORDS
            + ")\\b");
    /** What stands between a name and the name of the one it is related to in "Aliya, Kozlov’s wife". */
    private static final Pattern APPOSITION_GAP = Pattern.compile("\\s*,\\s*");
    /** Campaigners speaking for someone without naming a case: "in defence of X", "an inquiry concerning X". */
    private static final Pattern SPOKEN_FOR = Pattern.compile("(?i)\\b(in defen[cs]e of|in support of|on behalf of|"
            + "concerning|regarding|on the case of|attention (?:to|for)|solidarity with)\\b");
    /** A relative named by a pronoun: "her husband", "his son". */
    private static final Pattern PRONOUN_RELATIVE = Pattern.compile("(?i)\\b(his|her|their)\\s+(" + RELATIVES
            + ")\\b");
    private static final java.util.Set<Role> ACTING_ROLES = java.util.EnumSet.of(Role.OFFICIAL, Role.JUDGE,
            Role.PROSECUTOR);
    /** What campaigners send, written before the sender: "the letter from X". */
    private static final Pattern LETTER_FROM = Pattern.compile("(?i)\\b(letters?|appeals?|petitions?|inquir(y|ies)|"
            + "questions?)\\s+(from|by)\\b");
    /** A name written as the one who does what campaigners do: "X, addressed a letter", "X has urged". */
    private static final Pattern ADVOCACY_AFTER_NAME = Pattern.compile("(?i)^\\s*,?\\s*(?:(?:has|have|had|also)\\s+)*"
            + "(wrote|signed|urged|called on|called for|appealed|addressed|submitted|demanded|intervened|"
            + "filed a written|spoke out)\\b");

    public Findings find(String text, List<Mention> mentions) {
        List<CaseEvent> cases = new ArrayList<>();
        List<RelationEvent> relations = new ArrayList<>();
        List<AdvocacyEvent> advocacies = new ArrayList<>();
        List<ReferenceEvent> references = new ArrayList<>();
        List<Integer> persons = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).kind() == EntityKind.PERSON) {
                persons.add(i);
            }
        }
        if (persons.isEmpty()) {
            return new Findings(cases, relations, advocacies, references);
        }
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        List<Participant> floatingAdvocates = new ArrayList<>();
        while (start < text.length()) {
            int stop = end.find(start) ? end.end() : text.length();
            int before = cases.size();
            Sentence sentence = new Sentence(text, start, stop, mentions, persons);
            sentence.relations(relations);
            sentence.cases(cases);
            if (cases.size() == before) {
                sentence.advocacy(advocacies);
                sentence.reference(references);
                floatingAdvocates.addAll(sentence.advocates());
            }
            start = stop;
        }
        return new Findings(withAdvocates(cases, floatingAdvocates), relations, advocacies, references);
    }

    /**
     * A report that states a case and names campaigners or relatives elsewhere ("reported by his wife, …"): they
     * take part in its cases.
     */
    private static List<CaseEvent> withAdvocates(List<CaseEvent> cases, List<Participant> advocates) {
        if (advocates.isEmpty() || cases.isEmpty()) {
            return cases;
        }
        List<CaseEvent> joined = new ArrayList<>();
        for (CaseEvent event : cases) {
            List<Participant> participants = new ArrayList<>(event.participants());
            for (Participant a : advocates) {
                if (a.mention() != event.subject() && participants.stream().noneMatch(p -> p.mention() == a.mention())) {
                    participants.add(a);
                }
            }
            joined.add(new CaseEvent(event.type(), event.subject(), event.subjectRole(), participants, event.phase()));
        }
        return joined;
    }

    /** One sentence of a report: its persons and the role each has in what the sentence tells. */
    private static final class Sentence {
        private final String text;
        private final int from;
        private final int to;
        private final List<Mention> mentions;
        private final List<Integer> here;
        /** The role a person has in this sentence's case: from the cue word, or from a relation; null: concerned. */
        private final java.util.Map<Integer, Role> roles = new java.util.HashMap<>();
        /** Persons named as the one another is family of ("Kozlov" in "Aliya, Kozlov’s wife, wrote"): not speakers. */
        private final java.util.Set<Integer> relatedOnly = new java.util.HashSet<>();

        Sentence(String text, int from, int to, List<Mention> mentions, List<Integer> persons) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.mentions = mentions;
            this.here = persons.stream().filter(i -> mentions.get(i).begin() >= from && mentions.get(i).end() <= to)
                    .toList();
            here.forEach(p -> roles.put(p, roleOf(mentions.get(p).cue())));
        }

        /**
         * "A, the brother of B" (A is the one the sentence is about, B is family in A's case), "B’s wife, A" and "A,
         * B’s wife" (A is family in B's case), "A, the lawyer of B".
         */
        void relations(List<RelationEvent> relations) {
            for (int i = 0; i < here.size(); i++) {
                int p = here.get(i);
                Mention m = mentions.get(p);
                int previous = i > 0 ? here.get(i - 1) : -1;
                int windowStart = Math.max(previous >= 0 ? mentions.get(previous).end() : from, m.begin() - 120);
                String before = text.substring(Math.min(windowStart, m.begin()), m.begin());
                Matcher relation = RELATION_WORD.matcher(before);
                Matcher possessive = POSSESSIVE_RELATION.matcher(before);
                if (previous >= 0 && relation.find()) {
                    Relation r = relationOf(relation.group(1));
                    relations.add(new RelationEvent(previous, p, r));
                    if (r == Relation.LAWYER_OF) {
                        roles.put(previous, Role.LAWYER);
                    } else if (r != Relation.COLLEAGUE) {
                        roles.put(p, Role.RELATIVE);
                        if (roles.get(previous) == Role.RELATIVE) {
                            roles.put(previous, null);
                        }
                    }
                } else if (previous >= 0 && possessive.find()
                        && m.begin() - mentions.get(previous).end() <= possessive.group().length() + 2) {
                    relatedTo(relations, p, previous, relationOf(possessive.group(1)));
                } else if (previous >= 0 && APPOSITION_GAP.matcher(text.substring(mentions.get(previous).end(),
                        m.begin())).matches()) {
                    Matcher after = POSSESSIVE_AFTER.matcher(text.substring(m.end(), Math.min(to, m.end() + 20)));
                    if (after.find()) {
                        relatedTo(relations, previous, p, relationOf(after.group(1)));
                    }
                }
            }
        }

        /** "relative is the relation of other", written with a possessive: other is the one concerned. */
        private void relatedTo(List<RelationEvent> relations, int relative, int other, Relation relation) {
            relations.add(new RelationEvent(relative, other, relation));
            relatedOnly.add(other);
            if (relation == Relation.LAWYER_OF) {
                roles.put(relative, Role.LAWYER);
            } else if (relation != Relation.COLLEAGUE) {
                roles.put(relative, Role.RELATIVE);
            }
        }

        void cases(List<CaseEvent> cases) {
            if (here.isEmpty() || here.stream().allMatch(p -> roles.get(p) != null
                    && !SUBJECT_ROLES.contains(roles.get(p)))) {
                return; // only lawyers, officials, advocates: nobody the case could be about
            }
            String sentence = text.substring(from, to);
            Matcher advocacy = ADVOCACY.matcher(sentence);
            int advocacyAt = advocacy.find() ? from + advocacy.start() : -1;
            if (EXTRADITION.matcher(sentence).find()) {
                addCase(sentence, CaseType.EXTRADITION, advocacyAt, Role.DEFENDANT, cases);
            }
            if (VICTIMHOOD.matcher(sentence).find()) {
                addCase(sentence, CaseType.PROSECUTION, advocacyAt, Role.VICTIM, cases);
            } else if (DETENTION.matcher(sentence).find()) {
                addCase(sentence, CaseType.PROSECUTION, advocacyAt, Role.DETAINEE, cases);
            } else if (PROSECUTION.matcher(sentence).find()) {
                Role role = Role.DEFENDANT;
                if (CASE_REFERENCE.matcher(sentence).find()) { // what the case is about is told in other sentences
                    role = VICTIMHOOD.matcher(text).find() ? Role.VICTIM
                            : DETENTION.matcher(text).find() ? Role.DETAINEE : Role.DEFENDANT;
                }
                addCase(sentence, CaseType.PROSECUTION, advocacyAt, role, cases);
            }
        }

        /**
         * Every person of the sentence named without a role word (or as a journalist, activist or politician, who
         * are the ones prosecuted in these reports) is concerned by the case; persons named with a case role word
         * (lawyer, judge, prosecutor, official, advocate, relative) take that role; persons named before a
         * campaigning verb speak for the others.
         */
        private void addCase(String sentence, CaseType type, int advocacyAt, Role role, List<CaseEvent> cases) {
            List<Integer> subjects = new ArrayList<>();
            List<Participant> participants = new ArrayList<>();
            for (int p : here) {
                Role cueRole = roles.get(p);
                boolean speaksFor = advocacyAt >= 0 && mentions.get(p).end() <= advocacyAt
                        && (cueRole == null || cueRole == Role.ADVOCATE) && !relatedOnly.contains(p);
                if (speaksFor) {
                    participants.add(new Participant(p, Role.ADVOCATE));
                } else if (cueRole == null || SUBJECT_ROLES.contains(cueRole)) {
                    subjects.add(p);
                } else {
                    participants.add(new Participant(p, cueRole));
                }
            }
            // persons listed together with a joint word ("sentenced Maks Bokayev and Talgat Ayan", "the trial of A,
            // B and C") are each in the others' case too; persons merely named in one sentence are not
            List<List<Integer>> lists = JOINT.matcher(sentence).find() ? lists(jointCandidates(subjects)) : List.of();
            for (List<Integer> list : lists) {
                for (int member : list) {
                    if (!subjects.contains(member)) { // "the cases against A and his relative B": B is in a case too
                        subjects.add(member);
                        participants.removeIf(w -> w.mention() == member);
                    }
                }
            }
            for (int subject : subjects) {
                List<Participant> with = participants;
                for (List<Integer> list : lists) {
                    if (list.contains(subject)) {
                        with = new ArrayList<>(participants);
                        for (int other : list) {
                            if (other != subject) {
                                with.removeIf(w -> w.mention() == other);
                                with.add(new Participant(other, subjectRole(mentions.get(other), role)));
                            }
                        }
                    }
                }
                cases.add(new CaseEvent(type, subject, subjectRole(mentions.get(subject), role), with, phase(sentence)));
            }
        }

        private static Phase phase(String sentence) {
            if (ENDED.matcher(sentence).find()) {
                return Phase.END;
            }
            return STARTED.matcher(sentence).find() ? Phase.START : Phase.OTHER;
        }

        /** The subjects, and relatives named as "and his relative B" right after one of them ("the cases against A and his relative B"). */
        private List<Integer> jointCandidates(List<Integer> subjects) {
            List<Integer> candidates = new ArrayList<>(subjects);
            for (int p : here) {
                if (!candidates.contains(p) && roles.get(p) == Role.RELATIVE) {
                    int previous = nearestBefore(p);
                    if (previous >= 0 && subjects.contains(previous) && text.substring(mentions.get(previous).end(),
                            mentions.get(p).begin()).matches("(?i)\\s+and\\s+(his|her|their)\\s+(" + RELATIVES + ")\\s+")) {
                        candidates.add(p);
                    }
                }
            }
            return candidates;
        }

        /** Runs of two or more of these persons written as one list (see {@link #LIST_GAP}). */
        private List<List<Integer>> lists(List<Integer> persons) {
            List<Integer> ordered = new ArrayList<>(persons);
            ordered.sort(java.util.Comparator.comparingInt(p -> mentions.get(p).begin()));
            List<List<Integer>> lists = new ArrayList<>();
            List<Integer> run = new ArrayList<>();
            for (int p : ordered) {
                if (!run.isEmpty()) {
                    int gapFrom = mentions.get(run.get(run.size() - 1)).end();
                    int gapTo = mentions.get(p).begin();
                    if (gapFrom > gapTo || !LIST_GAP.matcher(text.substring(gapFrom, gapTo)).matches()) {
                        if (run.size() > 1) {
                            lists.add(run);
                        }
                        run = new ArrayList<>();
                    }
                }
                run.add(p);
            }
            if (run.size() > 1) {
                lists.add(run);
            }
            return lists;
        }

        /**
         * In a sentence that states no case: campaigners before their verb who speak "in defence of" or write
         * "concerning" the persons named after it.
         */
        void advocacy(List<AdvocacyEvent> advocacies) {
            String sentence = text.substring(from, to);
            Matcher advocacy = ADVOCACY.matcher(sentence);
            Matcher letter = LETTER_FROM.matcher(sentence);
            boolean verb = advocacy.find();
            if (!verb && !letter.find()) {
                return;
            }
            Matcher spokenFor = SPOKEN_FOR.matcher(sentence);
            if (!spokenFor.find(verb ? advocacy.end() : letter.end())) {
                return;
            }
            // the writers are named before their verb, or in "the letter from X, MP, concerning Y" before "concerning"
            int verbAt = from + (verb ? advocacy.start() : spokenFor.start());
            int forAt = from + spokenFor.end();
            List<Integer> advocates = here.stream().filter(p -> mentions.get(p).end() <= verbAt
                    && (roles.get(p) == null || roles.get(p) == Role.ADVOCATE) && !relatedOnly.contains(p)).toList();
            Integer first = here.stream().filter(p -> mentions.get(p).begin() >= forAt
                    && (roles.get(p) == null || SUBJECT_ROLES.contains(roles.get(p)))).findFirst().orElse(null);
            if (advocates.isEmpty() || first == null) {
                return;
            }
            List<Integer> defended = lists(here.stream().filter(p -> mentions.get(p).begin() >= forAt).toList())
                    .stream().filter(l -> l.contains(first)).findFirst().orElse(List.of(first));
            advocacies.add(new AdvocacyEvent(advocates, defended));
        }

        /** "X received threats … about her husband from a representative of the NSC: Y". */
        void reference(List<ReferenceEvent> references) {
            Matcher relative = PRONOUN_RELATIVE.matcher(text.substring(from, to));
            List<Integer> named = here.stream().filter(p -> roles.get(p) == null).toList();
            List<Participant> acting = here.stream().filter(p -> ACTING_ROLES.contains(roles.get(p)))
                    .map(p -> new Participant(p, roles.get(p))).toList();
            if (relative.find() && named.size() == 1 && !acting.isEmpty()) {
                references.add(new ReferenceEvent(named.get(0), relationOf(relative.group(2)), acting));
            }
        }

        /**
         * Campaigners and relatives named as such (MEP, senators, his wife), or written as the ones who address,
         * urge or sign, in a sentence that states no case itself: an MEP's question, a letter of concern, a
         * relative's statement.
         */
        List<Participant> advocates() {
            List<Participant> advocates = new ArrayList<>();
            for (int p : here) {
                Role role = roles.get(p);
                Mention m = mentions.get(p);
                boolean actsAsCampaigner = role == null && ADVOCACY_AFTER_NAME.matcher(
                        text.substring(m.end(), Math.min(to, m.end() + 40))).find();
                if (role == Role.ADVOCATE || role == Role.RELATIVE || actsAsCampaigner) {
                    advocates.add(new Participant(p, actsAsCampaigner ? Role.ADVOCATE : role));
                }
            }
            return advocates;
        }

        private int nearestBefore(int person) {
            int best = -1;
            for (int p : here) {
                if (mentions.get(p).end() <= mentions.get(person).begin()) {
                    best = p;
                }
            }
            return best;
        }
    }

    /** "A victim of political prosecution" is that prosecution's defendant; victims come from what happened. */
    private static Role subjectRole(Mention subject, Role role) {
        return roleOf(subject.cue()) == Role.DETAINEE ? Role.DETAINEE : role;
    }

    /** Cue roles that describe the person a case is about rather than someone acting in it. */
    private static final java.util.Set<Role> SUBJECT_ROLES = java.util.EnumSet.of(Role.DETAINEE, Role.DEFENDANT,
            Role.VICTIM, Role.JOURNALIST);

    /** The case role a cue's role gives; politicians and activists are not, by that alone, part of a case. */
    static Role roleOf(String cueRole) {
        if (cueRole == null) {
            return null;
        }
        return switch (cueRole) {
            case "lawyer", "judge", "prosecutor", "official", "journalist", "advocate", "relative", "victim",
                 "detainee", "defendant" -> Role.ofKey(cueRole);
            default -> null;
        };
    }

    private static Relation relationOf(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "wife", "husband", "spouse" -> Relation.SPOUSE;
            case "son", "daughter" -> Relation.CHILD;
            case "father", "mother" -> Relation.PARENT;
            case "brother", "sister" -> Relation.SIBLING;
            case "lawyer", "attorney", "counsel" -> Relation.LAWYER_OF;
            case "colleague", "associate" -> Relation.COLLEAGUE;
            default -> Relation.RELATIVE;
        };
    }
}
