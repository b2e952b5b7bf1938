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

    /** A case stated by a report: its type, the person it concerns (index into the mentions) and other roles. */
    public record CaseEvent(CaseType type, int subject, Role subjectRole, List<Participant> participants) {
    }

    public record Participant(int mention, Role role) {
    }

    /** "mention a is the relation of mention b". */
    public record RelationEvent(int person, int other, Relation relation) {
    }

    public record Findings(List<CaseEvent> cases, List<RelationEvent> relations) {
    }

    private static final Pattern EXTRADITION = Pattern.compile("(?i)\\bextradit\\w*");
    private static final Pattern DETENTION = Pattern.compile("(?i)\\b(detained|detention|arrested|arrest|custody|"
            + "imprisoned|imprisonment|political prisoners?|behind bars|prison|colony|kidnapp\\w+|abducted|jailed|"
            + "released|release|freed|regained his freedom|regained her freedom|parole|mental hospital|psychiatric|"
            + "hunger strike)\\b");
    /** Words that make the person concerned a victim (of abduction, violence) rather than a detainee. */
    private static final Pattern VICTIMHOOD = Pattern.compile("(?i)\\b(abduct\\w*|kidnapp\\w*|killed|murdered|"
            + "assaulted|beaten)\\b");
    private static final Pattern PROSECUTION = Pattern.compile("(?i)\\b(criminal case|charges?|charged|accused|"
            + "prosecut\\w+|persecut\\w+|sentenced|sentence|convicted|conviction|trial|verdict|indicted|"
            + "investigation against|case against|case of)\\b");
    /** What campaigners do: the persons named before such a verb speak for the ones the case is about. */
    private static final Pattern ADVOCACY = Pattern.compile("(?i)\\b(wrote|signed|urged|called on|called for|"
            + "appealed|addressed|expressed|submitted|demanded|demanding|raised|denounced|condemned|requested|"
            + "intervened|decrying|protested|filed a written|spoke out)\\b");
    /** A sentence ends at . ! ? — but not at the full stop of an initial or a title ("J. Stetina", "Mr. Kozlov"). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!(?<![\\p{L}])(?:\\p{Lu}|Mr|Mrs|Ms|Dr|Prof|St))[.!?](\\s|$)");
    /** Persons named together with one event: tried, sentenced, detained together (co-defendants). */
    private static final Pattern JOINT = Pattern.compile("(?i)\\b(trial of|tried (alongside|together)|alongside|"
            + "together with|co-?defendants?|sentenced|convicted|abducted|(were|have been|had been) (\\w+ )?"
            + "(detained|arrested|charged|imprisoned))\\b");
    /** What stands between two names of one list: "A, B", "A and B", "A (Poland), B and C". */
    private static final Pattern LIST_GAP = Pattern.compile("(\\s*\\([^()]{1,40}\\))?\\s*(,\\s*(and\\s+)?|and\\s+|&\\s+)");
    private static final Pattern RELATION_WORD = Pattern.compile("(?i)\\b(wife|husband|spouse|son|daughter|brother|"
            + "sister|father|mother|relative|nephew|niece|cousin|lawyer|attorney|counsel|colleague|associate)"
            + "(?:s)?\\s+of\\s*$");

    /** "Vladimir Kozlov’s wife, Aliya Turusbekova" / "Ablyazov’s lawyer Botagoz Jardemalie". */
    private static final Pattern POSSESSIVE_RELATION = Pattern.compile("(?i)[’']s\\s+(wife|husband|spouse|son|"
            + "daughter|brother|sister|father|mother|relative|nephew|niece|cousin|lawyer|attorney|counsel|colleague|"
            + "associate)s?\\s*,?\\s*$");

    public Findings find(String text, List<Mention> mentions) {
        List<CaseEvent> cases = new ArrayList<>();
        List<RelationEvent> relations = new ArrayList<>();
        List<Integer> persons = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).kind() == EntityKind.PERSON) {
                persons.add(i);
            }
        }
        if (persons.isEmpty()) {
            return new Findings(cases, relations);
        }
        int start = 0;
        Matcher end = SENTENCE_END.matcher(text);
        List<Integer> floatingAdvocates = new ArrayList<>();
        while (start < text.length()) {
            int stop = end.find(start) ? end.end() : text.length();
            int before = cases.size();
            sentence(text, start, stop, mentions, persons, cases, relations);
            if (cases.size() == before) {
                floatingAdvocates.addAll(advocatesIn(start, stop, mentions, persons));
            }
            start = stop;
        }
        return new Findings(withAdvocates(cases, mentions, floatingAdvocates), relations);
    }

    /**
     * Campaigners and relatives named as such (MEP, senators, his wife) in a sentence that states no case itself:
     * an MEP's question, a letter of concern, a statement by a relative. A verb alone is not enough here: in a long letter too many people
     * "express" or "address" something.
     */
    private static List<Integer> advocatesIn(int from, int to, List<Mention> mentions, List<Integer> persons) {
        List<Integer> advocates = new ArrayList<>();
        for (int p : persons) {
            Mention m = mentions.get(p);
            Role role = roleOf(m.cue());
            if (m.begin() >= from && m.end() <= to && (role == Role.ADVOCATE || role == Role.RELATIVE)) {
                advocates.add(p);
            }
        }
        return advocates;
    }

    /**
     * A report that states a case and names campaigners or relatives elsewhere ("reported by his wife, …"): they
     * take part in its cases.
     */
    private static List<CaseEvent> withAdvocates(List<CaseEvent> cases, List<Mention> mentions,
                                                 List<Integer> advocates) {
        if (advocates.isEmpty() || cases.isEmpty()) {
            return cases;
        }
        List<CaseEvent> joined = new ArrayList<>();
        for (CaseEvent event : cases) {
            List<Participant> participants = new ArrayList<>(event.participants());
            for (int a : advocates) {
                if (a != event.subject() && participants.stream().noneMatch(p -> p.mention() == a)) {
                    participants.add(new Participant(a, roleOf(mentions.get(a).cue())));
                }
            }
            joined.add(new CaseEvent(event.type(), event.subject(), event.subjectRole(), participants));
        }
        return joined;
    }

    /** The family or professional relation written just before a name ("brother of", "lawyer of"), or null. */
    private static Relation relationBefore(String text, Mention m) {
        String before = text.substring(Math.max(0, m.begin() - 40), m.begin());
        Matcher relation = RELATION_WORD.matcher(before);
        if (relation.find()) {
            return relationOf(relation.group(1));
        }
        Matcher possessive = POSSESSIVE_RELATION.matcher(before);
        return possessive.find() ? relationOf(possessive.group(1)) : null;
    }

    private static void sentence(String text, int from, int to, List<Mention> mentions, List<Integer> persons,
                                 List<CaseEvent> cases, List<RelationEvent> relations) {
        List<Integer> here = persons.stream().filter(i -> mentions.get(i).begin() >= from
                && mentions.get(i).end() <= to).toList();
        if (here.isEmpty()) {
            return;
        }
        String sentence = text.substring(from, to);
        for (int p : here) {
            Mention m = mentions.get(p);
            String before = text.substring(Math.max(from, m.begin() - 40), m.begin());
            Matcher relation = RELATION_WORD.matcher(before);
            Matcher possessive = POSSESSIVE_RELATION.matcher(before);
            if (relation.find()) {
                int subjectOfRelation = nearestBefore(mentions, here, m.begin());
                if (subjectOfRelation >= 0) {
                    relations.add(new RelationEvent(subjectOfRelation, p, relationOf(relation.group(1))));
                }
            } else if (possessive.find()) {
                int owner = nearestBefore(mentions, here, m.begin());
                if (owner >= 0 && m.begin() - mentions.get(owner).end() <= possessive.group().length() + 2) {
                    relations.add(new RelationEvent(p, owner, relationOf(possessive.group(1))));
                }
            }
        }
        if (here.stream().allMatch(p -> roleOf(mentions.get(p).cue()) != null
                && !SUBJECT_ROLES.contains(roleOf(mentions.get(p).cue())))) {
            return; // only lawyers, officials, advocates: nobody the case could be about
        }
        Matcher advocacy = ADVOCACY.matcher(sentence);
        int advocacyAt = advocacy.find() ? from + advocacy.start() : -1;
        Matcher extradition = EXTRADITION.matcher(sentence);
        if (extradition.find()) {
            addCase(text, sentence, CaseType.EXTRADITION, advocacyAt, Role.DEFENDANT, mentions, here, cases);
        }
        Matcher detention = DETENTION.matcher(sentence);
        Matcher prosecution = PROSECUTION.matcher(sentence);
        if (VICTIMHOOD.matcher(sentence).find()) {
            addCase(text, sentence, CaseType.PROSECUTION, advocacyAt, Role.VICTIM, mentions, here, cases);
        } else if (detention.find()) {
            addCase(text, sentence, CaseType.PROSECUTION, advocacyAt, Role.DETAINEE, mentions, here, cases);
        } else if (prosecution.find()) {
            addCase(text, sentence, CaseType.PROSECUTION, advocacyAt, Role.DEFENDANT, mentions, here, cases);
        }
    }

    /**
     * The subject is the first person after the trigger ("extradition of X") unless a person precedes it closely
     * ("X was detained"); the other persons of the sentence join with the role their cue word gives.
     */
    /**
     * Every person of the sentence named without a role word (or as a journalist, activist or politician, who are
     * the ones prosecuted in these reports) is concerned by the case; persons named with a case role word (lawyer,
     * judge, prosecutor, official, advocate, relative) take that role.
     */
    private static void addCase(String text, String sentence, CaseType type, int advocacyAt, Role role,
                                List<Mention> mentions, List<Integer> here, List<CaseEvent> cases) {
        List<Integer> subjects = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        for (int p : here) {
            String cue = mentions.get(p).cue();
            Role cueRole = roleOf(cue);
            Relation relation = relationBefore(text, mentions.get(p));
            if (relation != null) { // "the brother of Botagoz Jardemalie": she is in the case as his relative
                cueRole = relation == Relation.LAWYER_OF ? Role.LAWYER : relation == Relation.COLLEAGUE ? null
                        : Role.RELATIVE;
            }
            boolean speaksFor = advocacyAt >= 0 && mentions.get(p).end() <= advocacyAt
                    && (cueRole == null || cueRole == Role.ADVOCATE);
            if (speaksFor && relation == null) {
                participants.add(new Participant(p, Role.ADVOCATE));
            } else if (cueRole == null || SUBJECT_ROLES.contains(cueRole)) {
                subjects.add(p);
            } else {
                participants.add(new Participant(p, cueRole));
            }
        }
        // persons listed together with a joint word ("sentenced Maks Bokayev and Talgat Ayan", "the trial of A, B
        // and C") are each in the others' case too; persons merely named in one sentence are not
        List<List<Integer>> lists = JOINT.matcher(sentence).find() ? lists(text, mentions, subjects) : List.of();
        for (int subject : subjects) {
            List<Participant> with = participants;
            for (List<Integer> list : lists) {
                if (list.contains(subject)) {
                    with = new ArrayList<>(participants);
                    for (int other : list) {
                        if (other != subject) {
                            with.add(new Participant(other, subjectRole(mentions.get(other), role)));
                        }
                    }
                }
            }
            cases.add(new CaseEvent(type, subject, subjectRole(mentions.get(subject), role), with));
        }
    }

    /** Runs of two or more of these persons written as one list (only commas, "and" or a parenthesis between). */
    private static List<List<Integer>> lists(String text, List<Mention> mentions, List<Integer> persons) {
        List<Integer> ordered = new ArrayList<>(persons);
        ordered.sort(java.util.Comparator.comparingInt(p -> mentions.get(p).begin()));
        List<List<Integer>> lists = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int p : ordered) {
            if (!run.isEmpty()) {
                Mention last = mentions.get(run.get(run.size() - 1));
                int from = last.end();
                int to = mentions.get(p).begin();
                if (from > to || !LIST_GAP.matcher(text.substring(from, to)).matches()) {
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

    /** "A victim of political prosecution" is that prosecution's defendant; victims come from what happened. */
    private static Role subjectRole(Mention subject, Role role) {
        return roleOf(subject.cue()) == Role.DETAINEE ? Role.DETAINEE : role;
    }

    /** Cue roles that describe the person a case is about rather than someone acting in it. */
    private static final java.util.Set<Role> SUBJECT_ROLES = java.util.EnumSet.of(Role.DETAINEE, Role.DEFENDANT,
            Role.VICTIM, Role.JOURNALIST);

    private static int nearestBefore(List<Mention> mentions, List<Integer> here, int position) {
        int best = -1;
        for (int p : here) {
            if (mentions.get(p).end() <= position) {
                best = p;
            }
        }
        return best;
    }

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
