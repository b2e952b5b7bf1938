package org.casebook.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * journalist, wife of) take that role in the case. Relations ("X, the brother of Y") are found alongside, and what
 * needs the whole workspace is handed on: campaigners speaking "in defence of" someone without naming a case, officials
 * acting against "her husband", and whether a sentence tells a case's start or end (for one case or two). The rules,
 * with their examples and limits, are in docs/decisions/0005-person-resolution.md.
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
    /** A case's end, told right after the name: "X was released", "X also regained his freedom"; not "X was not released". */
    private static final Pattern ENDED_AFTER = Pattern.compile("(?i)(?:(?!\\b(?:who|whose|whom|which)\\b)[^.;:]){0,60}?\\b(?:(?:was|were|"
            + "has been|have been|had been)\\s+(?:(?!not\\b|never\\b)\\w+\\s+)?(?:released|freed|acquitted|set free)|"
            + "regained (?:his|her|their) freedom)\\b");
    /** A case's start, told right after the name: "X was arrested", not "X, who was arrested in 2010", "X was never charged". */
    private static final Pattern STARTED_AFTER = Pattern.compile("(?i)(?:(?!\\b(?:who|whose|whom|which)\\b)[^.;:]){0,60}?\\b(?:was|were|has "
            + "been|have been|had been)\\s+(?:(?!not\\b|never\\b)\\w+\\s+)?(?:arrested|detained|charged|indicted|"
            + "taken into custody|placed under arrest)\\b");
    /**
     * A case's start told before the name, by whoever did it: "officers arrested a theatre director, X", "the KNB
     * detained X", "opened a criminal case against X"; not "the formerly detained X", "this detained journalist X",
     * nor across "; " or "the release of".
     */
    private static final Pattern STARTED_BEFORE = Pattern.compile("(?i)(?:\\b(?!(?:the|a|an|his|her|their|its|this|"
            + "that|these|those|was|were|has|had|have|is|as|been|being|newly|\\w+ly)\\b)\\w+\\s+(?:had\\s+|have\\s+)?"
            + "(?:arrested|detained|charged)|\\b(?:initiated|opened|launched|brought)\\s+(?:a\\s+)?(?:new\\s+)?criminal "
            + "(?:case|proceedings) against|\\bcriminal case (?:was|has been) (?:opened|initiated) against)\\b"
            + "(?![^;]*(?:;|\\brelease of\\b|\\breleased\\b|\\bfreed\\b))");
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
    /**
     * Persons named together with one event: tried, sentenced, detained together, or a group ("the journalists: A,
     * B"); also a list right after an arrest ({@code arrestedTogether}).
     */
    private static final Pattern JOINT = Pattern.compile("(?i)\\b(trial of|tried (alongside|together)|alongside|"
            + "together with|co-?defendants?|sentenced|convicted|abducted|"
            + "(were|have been|had been) (\\w+ ){0,2}(detained|arrested|charged|imprisoned|taken into custody|"
            + "placed under arrest))\\b|\\bthe\\s+\\p{Ll}{3,}s:\\s");
    /** "The cases against A and his relative B": each has a case of their own, not a place in the other's. */
    private static final Pattern SEPARATE_CASES = Pattern.compile("(?i)\\bcases\\s+(against|of)\\b");
    /** A trial's defendants, however many: "the trial of A, B, …", "co-defendants". */
    private static final Pattern TRIED_TOGETHER = Pattern.compile("(?i)\\b(trial of|tried (alongside|together)|"
            + "co-?defendants?)\\b[^;]*$");
    /** Even at a trial, a list this long is a roll of names, not co-defendants to link pairwise. */
    static final int MAX_TRIED_TOGETHER = 60;
    /**
     * Longer lists name prisoners one after another ("political prisoners: A, B, …"), not co-defendants, unless a
     * trial is named ({@link #TRIED_TOGETHER}).
     */
    static final int MAX_CO_DEFENDANTS = 8;
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

    /** What may stand between a name and the relation word of its apposition. */
    private static final Pattern RELATION_LEAD = Pattern.compile("(?i)\\s*[,–—-]?\\s*(?:(?:who|which)\\s+(?:is|was)\\s+|"
            + "is\\s+|was\\s+)?(?:(?:the|a|an|his|her|their)\\s+)?(?:(?:older|younger|elder|eldest|youngest|late|"
            + "former|current)\\s+)?");

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
    /** Speaking for someone whatever the verb; "concerning", "regarding" need a campaign word ({@link #CAMPAIGN}). */
    private static final Pattern STRONGLY_FOR = Pattern.compile("(?i)in defen[cs]e of|in support of|on behalf of|"
            + "solidarity with");
    private static final Pattern CAMPAIGN = Pattern.compile("(?i)\\b(appeal|appealed|letters?|inquiry|inquiries|"
            + "petitions?|urged|demand|demanded|demanding|called for|intervened|questions?)\\b");
    /** "She may have to face extradition", "he was arrested again": the pronoun is the one the case is about. */
    private static final Pattern PRONOUN_CASE = Pattern.compile("(?i)\\b(?:she|he)\\s+(?:(?:was|is|has|had)\\s+"
            + "(?:(?!that\\b|who\\b|which\\b)\\w+\\s+)?(?:been\\s+)?|(?:may|might|could|will|would)\\s+(?:have\\s+to\\s+)?|"
            + "faces?\\s+|faced\\s+|risks?\\s+|remains?\\s+)(?:(?!that\\b|who\\b|which\\b)\\w+\\s+){0,2}?"
            + "(?:arrested|detained|detention|charged|sentenced|convicted|imprisoned|tried|prosecuted|extradit\\w*|"
            + "released|freed|custody|prison)\\b");
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
            + "((?:wrote|signed|addressed|submitted|sent)\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:letter|appeal|petition|"
            + "question|inquiry|statement)|urged|called on|called for|appealed|demanded|intervened|filed a written|"
            + "spoke out)\\b");

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
        List<Participant> namedAdvocates = new ArrayList<>();
        List<Participant> actingAdvocates = new ArrayList<>();
        List<Integer> caseSentences = new ArrayList<>(); // the sentence each case was told in
        List<Integer> actingSentences = new ArrayList<>();
        int carried = -1; // the one person the sentence before named
        for (int index = 0; start < text.length(); index++) {
            int stop = end.find(start) ? end.end() : text.length();
            int before = cases.size();
            Sentence sentence = new Sentence(text, start, stop, mentions, persons);
            sentence.relations(relations);
            sentence.cases(cases);
            if (carried >= 0) {
                sentence.pronounCases(carried, cases);
            }
            carried = sentence.solePerson();
            for (int k = before; k < cases.size(); k++) {
                caseSentences.add(index);
            }
            if (cases.size() == before) {
                sentence.advocacy(advocacies);
                sentence.reference(references);
                namedAdvocates.addAll(sentence.namedAdvocates());
                for (Participant acting : sentence.actingAdvocates()) {
                    actingAdvocates.add(acting);
                    actingSentences.add(index);
                }
            }
            start = stop;
        }
        List<CaseEvent> joined = new ArrayList<>();
        for (int k = 0; k < cases.size(); k++) {
            List<Participant> with = new ArrayList<>(namedAdvocates);
            for (int a = 0; a < actingAdvocates.size(); a++) {
                int distance = caseSentences.get(k) - actingSentences.get(a);
                if (distance >= -ACTING_REACH && distance <= ACTING_REACH) {
                    with.add(actingAdvocates.get(a));
                }
            }
            joined.add(withAdvocates(cases.get(k), with));
        }
        return new Findings(joined, relations, advocacies, references);
    }

    /** How many sentences away a case may be told from "X, addressed a letter …" for X to speak for it. */
    static final int ACTING_REACH = 2;
    /** How far after "a decision on X’s case" the report is read for what the case is about (characters). */
    static final int REFERENCE_REACH = 400;

    /**
     * A report that states a case and names campaigners or relatives elsewhere ("reported by his wife, …"): they
     * take part in its cases.
     */
    private static CaseEvent withAdvocates(CaseEvent event, List<Participant> advocates) {
        if (advocates.isEmpty()) {
            return event;
        }
        List<Participant> participants = new ArrayList<>(event.participants());
        for (Participant a : advocates) {
            if (a.mention() != event.subject() && participants.stream().noneMatch(p -> p.mention() == a.mention())) {
                participants.add(a);
            }
        }
        return new CaseEvent(event.type(), event.subject(), event.subjectRole(), participants, event.phase());
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
                if (previous >= 0 && mentions.get(previous).end() > m.begin()) {
                    continue; // overlapping names: no words between them to read
                }
                int windowStart = Math.max(previous >= 0 ? mentions.get(previous).end() : from, m.begin() - 120);
                String before = text.substring(Math.min(windowStart, m.begin()), m.begin());
                Matcher relation = RELATION_WORD.matcher(before);
                Matcher possessive = POSSESSIVE_RELATION.matcher(before);
                // the relation word must follow the earlier name as its apposition: "A, a relative of …", "A – the
                // wife of …", "A who is the brother of …"; not "A … support to the wife and the daughter of B"
                if (previous >= 0 && relation.find() && windowStart == mentions.get(previous).end()
                        && RELATION_LEAD.matcher(before.substring(0, relation.start())).matches()) {
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

        /**
         * A sentence that names nobody but has "she" or "he" as the one a case verb is about ("Now she may have to
         * face extradition", "He was arrested again") is about the one person the sentence before named.
         */
        void pronounCases(int carried, List<CaseEvent> cases) {
            String sentence = text.substring(from, to);
            Matcher pronoun = PRONOUN_CASE.matcher(sentence);
            if (!here.isEmpty() || !pronoun.find() || ADVOCACY.matcher(sentence).find()) {
                return; // "He said political prisoners must be freed" is about others
            }
            sentence = sentence.substring(pronoun.start());
            Phase phase = STARTED_AFTER.matcher(sentence).lookingAt() ? Phase.START
                    : ENDED_AFTER.matcher(sentence).lookingAt() ? Phase.END : Phase.OTHER;
            if (EXTRADITION.matcher(sentence).find()) {
                cases.add(new CaseEvent(CaseType.EXTRADITION, carried, subjectRole(mentions.get(carried),
                        Role.DEFENDANT), List.of(), Phase.OTHER));
            }
            Role role = prosecutionRole(sentence);
            if (role != null) {
                cases.add(new CaseEvent(CaseType.PROSECUTION, carried, subjectRole(mentions.get(carried), role),
                        List.of(), phase));
            }
        }

        /** The one person this sentence names and could be the one a case is about, or -1. */
        int solePerson() {
            return here.size() == 1 && (roles.get(here.get(0)) == null || SUBJECT_ROLES.contains(roles.get(here.get(0))))
                    ? here.get(0) : -1;
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
            Role role = prosecutionRole(sentence);
            if (role == Role.DEFENDANT && CASE_REFERENCE.matcher(sentence).find()) {
                // what the case is about is told just after ("decision on X’s case. … her abduction")
                role = prosecutionRole(text.substring(from, Math.min(text.length(), to + REFERENCE_REACH)));
            }
            if (role != null) {
                addCase(sentence, CaseType.PROSECUTION, advocacyAt, role, cases);
            }
        }

        /** The role a prosecution gives the one it is about: victim (of abduction, violence), detainee, defendant. */
        private static Role prosecutionRole(String told) {
            return VICTIMHOOD.matcher(told).find() ? Role.VICTIM : DETENTION.matcher(told).find() ? Role.DETAINEE
                    : PROSECUTION.matcher(told).find() ? Role.DEFENDANT : null;
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
            if (SEPARATE_CASES.matcher(sentence).find()) {
                for (List<Integer> list : lists(jointCandidates(subjects))) {
                    for (int member : list) {
                        if (!subjects.contains(member)) { // "the cases against A and his relative B": B's case too
                            subjects.add(member);
                            participants.removeIf(w -> w.mention() == member);
                        }
                    }
                }
            }
            // persons listed together with a joint word ("sentenced Maks Bokayev and Talgat Ayan", "the trial of A,
            // B and C") are each in the others' case too; persons merely named in one sentence are not
            boolean joint = JOINT.matcher(sentence).find();
            List<List<Integer>> written = lists(subjects);
            List<List<Integer>> lists = written.stream().filter(l -> (l.size() <= MAX_CO_DEFENDANTS
                    || l.size() <= MAX_TRIED_TOGETHER && triedTogether(l)) && (joint || arrestedTogether(l))).toList();
            Map<Integer, List<Integer>> listOf = new java.util.HashMap<>();
            lists.forEach(list -> list.forEach(member -> listOf.put(member, list)));
            Map<Integer, List<Integer>> writtenWith = new java.util.HashMap<>(); // "A and B were released": both
            written.forEach(list -> list.forEach(member -> writtenWith.put(member, list)));
            for (int subject : subjects) {
                List<Participant> with = participants;
                List<Integer> list = listOf.get(subject);
                List<Integer> told = writtenWith.getOrDefault(subject, List.of(subject));
                Phase phase = phaseOf(subject, subject, false);
                if (phase == Phase.OTHER && told.size() > 1) { // "A and B were released": both
                    phase = phaseOf(told.get(0), told.get(told.size() - 1), true);
                }
                if (list != null) {
                    with = new ArrayList<>(participants);
                    for (int other : list) {
                        if (other != subject) {
                            with.add(new Participant(other, subjectRole(mentions.get(other), role)));
                        }
                    }
                }
                cases.add(new CaseEvent(type, subject, subjectRole(mentions.get(subject), role), with, phase));
            }
        }

        /** A clause set off after a name: ", who was released in 2012,", "(who was …)", "– whose son … –". */
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i)^\\s*(?:,\\s*(?:who|whose|whom|which)\\b[^,]*,|"
            + "\\([^)]*\\)|[–—]\\s[^–—]*[–—])");
    /** A list's own verb: "A and B were released", "… have been arrested". */
    private static final Pattern PLURAL_VERB = Pattern.compile("(?i)\\s*,?\\s*(?:\\w+\\s+)?(?:were|have been|had been)\\b");

    /** "Officers arrested a theatre director, A, as well as the leader of …, B": one arrest of all the list. */
        /** "The trial of A, B, … and K": a trial word right before the list. */
        private boolean triedTogether(List<Integer> list) {
            return TRIED_TOGETHER.matcher(before(list.get(0))).find();
        }

        /** The words between a name and the name before it (or the sentence start), at most 120 characters. */
        private String before(int person) {
            int head = mentions.get(person).begin();
            int previous = nearestBefore(person);
            int start = Math.max(previous >= 0 ? mentions.get(previous).end() : from, head - 120);
            return text.substring(Math.min(start, head), head);
        }

        private boolean arrestedTogether(List<Integer> list) {
            return STARTED_BEFORE.matcher(before(list.get(0))).find();
        }

        /**
         * What the sentence tells of the case of a person, or of a list from its first to its last name ("A and B
         * were released"): "X was released", "X regained his freedom" (the end); "X was arrested", "officers
         * arrested … X" (the start); not "HRW released a report on X", "X, who was arrested in 2010, …", "demanded
         * that X be released", "X was not released".
         */
        private Phase phaseOf(int first, int last, boolean plural) {
            Mention m = mentions.get(last);
            int next = here.stream().filter(p -> mentions.get(p).begin() >= m.end()).mapToInt(p -> mentions.get(p).begin())
                    .min().orElse(to);
            String after = RELATIVE_CLAUSE.matcher(text.substring(m.end(), Math.max(m.end(), Math.min(next,
                    Math.min(to, m.end() + 160))))).replaceFirst(""); // "X, who was released in 2012, was arrested again"
            // for a list, only a verb of the list: "Police detained A and B was released" tells B's release alone
            boolean ownVerb = !plural || PLURAL_VERB.matcher(after).lookingAt();
            if (ownVerb && ENDED_AFTER.matcher(after).lookingAt()) {
                return Phase.END;
            }
            if (ownVerb && STARTED_AFTER.matcher(after).lookingAt()) {
                return Phase.START;
            }
            return STARTED_BEFORE.matcher(before(first)).find() ? Phase.START : Phase.OTHER;
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
            if (!spokenFor.find(verb ? advocacy.end() : letter.end())
                    || !STRONGLY_FOR.matcher(spokenFor.group()).matches() && !CAMPAIGN.matcher(sentence).find()) {
                return; // "expressed his views regarding X" is no campaign
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
         * Campaigners and relatives named as such (MEP, senators, his wife) in a sentence that states no case itself:
         * an MEP's question, a letter of concern, a relative's statement. They speak for every case of the report.
         */
        List<Participant> namedAdvocates() {
            return here.stream().filter(p -> roles.get(p) == Role.ADVOCATE || roles.get(p) == Role.RELATIVE)
                    .map(p -> new Participant(p, roles.get(p))).toList();
        }

        /**
         * Persons written as the ones who address, urge or sign ("X, addressed a letter …"), without a role word:
         * they speak for the cases told near them ({@link #ACTING_REACH}), not for every case of a long letter.
         */
        List<Participant> actingAdvocates() {
            return here.stream().filter(p -> roles.get(p) == null && ADVOCACY_AFTER_NAME.matcher(text.substring(
                    mentions.get(p).end(), Math.min(to, mentions.get(p).end() + 40))).find())
                    .map(p -> new Participant(p, Role.ADVOCATE)).toList();
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
