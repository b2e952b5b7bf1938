package org.casebook.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.model.EntityKind;
import org.casebook.model.Mention;

/**
 * Finds persons, organisations and places in a report, offline, with rules and gazetteers (no NER model exists for
 * these languages on Maven Central). Organisations and places are the longest gazetteer matches. A person is a run
 * of capitalised words that is not one: two or more words starting with a known given name or an initial, or
 * ending in a Kazakh/Russian surname form (-ov/-ova, -ev/-eva, -in/-ina, -uly, -kyzy, patronymics), or any name
 * next to a role word (lawyer, journalist, MEP, wife of). Thread-safe.
 */
public final class EntityExtractor {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:-[\\p{L}\\p{M}\\p{N}]+)*");
    private static final Pattern SURNAME = Pattern.compile(
            "(?iu).*(ov|ova|ev|eva|yev|yeva|iyev|iyeva|uly|ulu|kyzy|qyzy|ovich|evich|ovna|evna|enko|skiy|sky|skaya|"
                    + "shvili|dze|ová|ов|ова|ев|ева|ёв|ёва|ин|ина|ұлы|қызы|енко|ский|ская)$");
    private static final Pattern WEAK_SURNAME = Pattern.compile("(?iu).*(in|ina|yn|yna|ski|ska|ich|yan|ian)$");
    /** Capitalised words that open sentences or name things but are never part of a person's name. */
    private static final Set<String> NOT_NAME = Set.of(
            "The", "A", "An", "On", "In", "At", "As", "By", "For", "From", "Of", "To", "With", "And", "But", "Or",
            "This", "That", "These", "Those", "His", "Her", "Its", "Their", "Our", "We", "He", "She", "They", "It",
            "According", "After", "Before", "During", "Since", "Between", "Following", "Today", "Yesterday",
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Sir", "Lady", "Dear", "Mister", "Madam", "Hon", "St", "Saint",
            "President", "Prime", "Minister", "Judge", "Senator", "Deputy", "MEP", "MEPs", "MP", "MPs", "Chairman",
            "Head", "Rapporteur", "Ambassador", "Commissioner", "Vice", "General", "Prosecutor", "Chief",
            "Businessman", "Businesswoman", "Activist", "Journalist", "Lawyer", "Blogger", "Opposition", "Leader",
            "Kazakh", "Kazakhstani", "Russian", "Ukrainian", "Polish", "European", "Italian", "French", "German",
            "Kyrgyz", "Belgian", "Spanish", "Czech", "Lithuanian", "Austrian", "Soviet", "American", "British",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Human", "Rights", "Foundation", "Committee", "Council", "Court", "Parliament", "Republic", "State",
            "Office", "Ministry", "Union", "Assembly", "Party", "Movement", "Freedom", "Justice", "Democracy",
            "Political", "Prisoners", "Prisoner", "Press", "Release", "Statement", "Report", "Letter", "Appeal",
            "Read", "More", "Open", "Free", "Stop", "Save", "Help", "Support", "Join", "Please", "Yours", "Sincerely",
            "Interpol", "Facebook", "Twitter", "YouTube", "Internet", "COVID-19", "Mrs.", "Mr.",
            "Moreover", "Meanwhile", "Unfortunately", "Similarly", "However", "Therefore", "Furthermore",
            "Nevertheless", "Also", "Thus", "Hence", "Indeed", "Instead", "Besides", "Finally", "Currently",
            "Art", "Article", "International", "Member", "Members", "Delegation", "Alliance", "NGOs", "NGO",
            "Rising", "Code", "List", "Criminal", "Civil", "Law", "Act", "Chairwoman", "Secretary",
            "Spokesman", "Spokeswoman", "Representative", "Representatives", "Citizens", "Citizen",
            "Affairs", "Foreign", "Internal", "Interior", "Defence", "Defense", "Security", "Policy", "Department",
            "States", "Government", "Administration", "Agency", "Commission", "Service", "Services", "Police",
            "Embassy", "Consulate", "Bureau", "Directorate", "Senate", "Investigation", "Investigative");

    private final Gazetteer gazetteer;

    public EntityExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private record Token(String text, int begin, int end) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }
    }

    /** The words of a text as the gazetteer compares them (exact case, hyphenated words kept whole). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    public List<Mention> extract(String text) {
        List<Token> tokens = tokens(text);
        List<String> words = tokens.stream().map(Token::text).toList();
        boolean[] used = new boolean[tokens.size()];
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Gazetteer.Entry entry = tokens.get(i).capitalised() ? gazetteer.longestMatch(words, i) : null;
            if (entry != null) {
                int last = i + entry.words().size() - 1;
                mentions.add(new Mention(entry.kind(), text.substring(tokens.get(i).begin(), tokens.get(last).end()),
                        tokens.get(i).begin(), tokens.get(last).end(), entry.canonical(), null));
                for (int k = i; k <= last; k++) {
                    used[k] = true;
                }
                i = last;
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            if (used[i] || !tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && !used[end + 1] && tokens.get(end + 1).capitalised()
                    && joined(text, tokens.get(end), tokens.get(end + 1))) {
                end++;
            }
            int from = i;
            boolean longRun = end - i >= 3;
            for (int k = i; k <= end + 1; k++) {
                boolean givenNameStartsAnother = longRun && k > from && k <= end
                        && gazetteer.isGivenName(tokens.get(k).text()) && !isInitial(text, tokens.get(k - 1));
                if (givenNameStartsAnother) { // "Адвокат Мухтара Аблязова Ботагоз Жардемали": two names in a row
                    person(text, tokens, from, k - 1).ifPresent(m -> {
                        mentions.add(m);
                        markUsed(tokens, used, m);
                    });
                    from = k;
                }
                if (k == end + 1 || isNotName(tokens.get(k).text()) && !isInitial(text, tokens.get(k))) { // "Büro Mr Axel E. Fischer": names between titles
                    if (k > from) {
                        person(text, tokens, from, k - 1).ifPresent(m -> {
                            mentions.add(m);
                            markUsed(tokens, used, m);
                        });
                    }
                    from = k + 1;
                }
            }
            i = end + 1;
        }
        addRepeatedSurnames(text, tokens, used, mentions);
        mentions.sort(java.util.Comparator.comparingInt(Mention::begin));
        return inheritListCues(text, mentions);
    }

    /** "MEPs J. Stetina, P. Austrevicius and T. Kelam": the names of a list share the role word before the first. */
    private static List<Mention> inheritListCues(String text, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        Mention previous = null;
        for (Mention m : mentions) {
            Mention current = m;
            if (m.kind() == EntityKind.PERSON && m.cue() == null && previous != null && previous.cue() != null
                    && previous.kind() == EntityKind.PERSON && previous.end() <= m.begin()
                    && text.substring(previous.end(), m.begin()).matches("\\s*(,|and|, and)\\s*((Mr|Mrs|Ms|Dr)\\.?\\s+)?")) {
                current = new Mention(m.kind(), m.surface(), m.begin(), m.end(), m.canonical(), previous.cue());
            }
            out.add(current);
            previous = current;
        }
        return out;
    }

    /** "A. Gomes": a capital letter with a full stop is an initial, even when it is also an article. */
    private static boolean isInitial(String text, Token t) {
        return t.text().length() == 1 && t.end() < text.length() && text.charAt(t.end()) == '.';
    }

    private static boolean isNotName(String word) {
        return NOT_NAME.contains(word) || word.startsWith("Ex-") || word.startsWith("Vice-");
    }

    private static void markUsed(List<Token> tokens, boolean[] used, Mention m) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).begin() >= m.begin() && tokens.get(k).end() <= m.end()) {
                used[k] = true;
            }
        }
    }

    /** "Vadim Kuramshin … Kuramshin was released": a surname already named in full is the same person again. */
    private void addRepeatedSurnames(String text, List<Token> tokens, boolean[] used, List<Mention> mentions) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.kind() == EntityKind.PERSON && m.surface().contains(" ")) {
                surnames.add(m.surface().substring(m.surface().lastIndexOf(' ') + 1));
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            boolean alone = (k == 0 || used[k - 1] || !tokens.get(k - 1).capitalised()
                    || isNotName(tokens.get(k - 1).text()) || !joined(text, tokens.get(k - 1), t))
                    && (k + 1 == tokens.size() || !tokens.get(k + 1).capitalised() || !joined(text, t, tokens.get(k + 1)));
            if (!used[k] && alone && surnames.contains(t.text())) {
                mentions.add(new Mention(EntityKind.PERSON, t.text(), t.begin(), t.end(), null,
                        cueBefore(text, tokens, k)));
                used[k] = true;
            }
        }
    }

    /**
     * The surnames the workspace knows from full names ("Jardemalie" from "Botagoz Jardemalie"), written alone in
     * this text where no other name covers them: mentions the per-item pass could not know were persons.
     */
    public List<Mention> knownSurnames(String text, List<Mention> existing, java.util.Set<String> surnames) {
        List<Token> tokens = tokens(text);
        List<Mention> found = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!surnames.contains(t.text()) || existing.stream().anyMatch(m -> m.begin() < t.end() && t.begin() < m.end())) {
                continue;
            }
            boolean alone = (k == 0 || !tokens.get(k - 1).capitalised() || isNotName(tokens.get(k - 1).text())
                    || !joined(text, tokens.get(k - 1), t))
                    && (k + 1 == tokens.size() || !tokens.get(k + 1).capitalised() || !joined(text, t, tokens.get(k + 1)));
            if (alone) {
                found.add(new Mention(EntityKind.PERSON, t.text(), t.begin(), t.end(), null, cueBefore(text, tokens, k)));
            }
        }
        return found;
    }

    /** Whether a word may stand alone as a known surname: not a given name, title, place or organisation word. */
    public boolean canBeSurnameAlone(String word) {
        return word.length() >= 4 && !isNotName(word) && !gazetteer.isGivenName(word)
                && gazetteer.longestMatch(List.of(word), 0) == null;
    }

    /** Two capitalised words belong to one name when only spaces, or an initial's full stop, separate them. */
    private static boolean joined(String text, Token a, Token b) {
        String between = text.substring(a.end(), b.begin());
        if (between.isBlank()) {
            return !between.contains("\n");
        }
        return a.text().length() == 1 && between.matches("\\.\\s?");
    }

    private java.util.Optional<Mention> person(String text, List<Token> tokens, int from, int to) {
        while (from <= to && (isNotName(tokens.get(from).text()) && !isInitial(text, tokens.get(from))
                || gazetteer.cueRole(tokens.get(from).text().toLowerCase(Locale.ROOT)) != null)) {
            from++;
        }
        while (to >= from && NOT_NAME.contains(tokens.get(to).text())) {
            to--;
        }
        if (from > to || to - from > 3) {
            return java.util.Optional.empty();
        }
        List<Token> name = tokens.subList(from, to + 1);
        for (Token t : name) {
            if (NOT_NAME.contains(t.text()) && !isInitial(text, t)
                    || t.text().chars().allMatch(Character::isUpperCase) && t.text().length() > 1
                    || Character.isDigit(t.text().charAt(0))) {
                return java.util.Optional.empty();
            }
        }
        String cue = cueBefore(text, tokens, from);
        String cueAfter = cue == null ? cueAfter(text, tokens, to) : null;
        Token first = name.get(0);
        Token last = name.get(name.size() - 1);
        boolean initial = first.text().length() == 1;
        boolean given = gazetteer.isGivenName(first.text());
        boolean surname = SURNAME.matcher(last.text()).matches();
        boolean weakSurname = WEAK_SURNAME.matcher(last.text()).matches();
        // a role word after the name ("X, a lawyer, …") names a person only together with a name-like form
        boolean isPerson = name.size() >= 2 ? (given || initial || surname || cue != null || cueAfter != null)
                : (surname || weakSurname && cue != null || cue != null && !gazetteer.isGivenName(last.text()));
        if (cue == null) {
            cue = cueAfter;
        }
        if (!isPerson || last.text().length() == 1) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Mention(EntityKind.PERSON, text.substring(first.begin(), last.end()),
                first.begin(), last.end(), null, cue));
    }

    /** How far back a plural role word reaches over a list ("advocates, including such names as X, Y"). */
    private static final int PLURAL_CUE_REACH = 8;

    /**
     * The role signalled by the words just before a name ("lawyer", "MEP", "wife of"), or by a plural role word a
     * little before it in the same sentence ("senators Marco Rubio and Robert Menendez"), or null.
     */
    private String cueBefore(String text, List<Token> tokens, int at) {
        String direct = directCueBefore(text, tokens, at);
        if (direct != null || at == 0) {
            return direct;
        }
        boolean onlyTheirOrganisation = true; // "the Prosecutor General of the Republic of Kazakhstan, Ashat Daulbaev"
        for (int k = at - 1; k >= Math.max(0, at - PLURAL_CUE_REACH); k--) {
            if (text.substring(tokens.get(k).end(), tokens.get(k + 1).begin()).matches(".*[.;:!?].*")) {
                return null;
            }
            String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
            if (word.equals("against")) {
                return null; // "Prosecutors mitigated the charges against X": X is not one of them
            }
            if (onlyTheirOrganisation && k < at - 1) {
                String title = directCueBefore(text, tokens, k + 1);
                if (title != null && !"relative".equals(title)) {
                    return title;
                }
            }
            onlyTheirOrganisation &= tokens.get(k).capitalised() || word.equals("of") || word.equals("the");
            if (word.endsWith("s") && word.length() >= 3) {
                for (int n = Math.min(3, k + 1); n >= 1; n--) {
                    String role = gazetteer.cueRole(phrase(tokens, k - n + 1, k + 1));
                    if (role != null) {
                        // a group named by its campaign ("human rights advocates, including X") speaks for others
                        return role.equals("activist") && word.startsWith("advocate") ? "advocate" : role;
                    }
                }
            }
        }
        return null;
    }

    private static final Set<String> APPOSITIVE_FILLERS = Set.of("a", "an", "the", "currently", "now", "formerly",
            "also", "himself", "herself", "his", "her");

    /** "Maddy Delvaux, currently an MEP, …": a role word set off by a comma right after the name. */
    private String cueAfter(String text, List<Token> tokens, int last) {
        int k = last + 1;
        if (k >= tokens.size() || !text.substring(tokens.get(last).end(), tokens.get(k).begin()).matches("\\s*,\\s*")) {
            return null;
        }
        while (k < tokens.size() && APPOSITIVE_FILLERS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        for (int n = Math.min(gazetteer.longestCue(), tokens.size() - k); n >= 1; n--) {
            String role = gazetteer.cueRole(phrase(tokens, k, k + n));
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    private static String phrase(List<Token> tokens, int from, int to) {
        StringBuilder phrase = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                phrase.append(' ');
            }
            phrase.append(tokens.get(k).text());
        }
        return phrase.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * The role word right before a name, also before a colon that introduces it ("a representative of the NSC: X",
     * "his lawyers: X and Y"; not "he told the prosecutor: X is innocent").
     */
    private String directCueBefore(String text, List<Token> tokens, int at) {
        if (at == 0) {
            return null;
        }
        String gap = text.substring(tokens.get(at - 1).end(), tokens.get(at).begin());
        if (gap.matches("(?s).*[.;!?].*|.*:.*:.*")) {
            return null;
        }
        boolean colon = gap.contains(":");
        for (int n = Math.min(gazetteer.longestCue(), at); n >= 1; n--) {
            int start = at - n;
            StringBuilder phrase = new StringBuilder();
            for (int k = start; k < at; k++) {
                if (k > start) {
                    phrase.append(' ');
                }
                phrase.append(tokens.get(k).text());
            }
            String role = gazetteer.cueRole(phrase.toString().toLowerCase(Locale.ROOT));
            if (role != null) {
                return colon && (spokenTo(text, tokens, start) || !namedAlone(text, tokens, at)) ? null : role;
            }
        }
        return null;
    }

    private static final Set<String> SPEECH_VERBS = Set.of("told", "tells", "said", "says", "asked", "asks", "wrote",
            "writes", "stated", "declared", "replied", "answered");

    /** "He told the prosecutor: X is innocent": the colon opens what was said, not the prosecutor's name. */
    private static boolean spokenTo(String text, List<Token> tokens, int cueStart) {
        for (int k = cueStart - 1; k >= Math.max(0, cueStart - 4); k--) {
            if (text.substring(tokens.get(k).end(), tokens.get(k + 1).begin()).matches("(?s).*[.;!?].*")) {
                return false; // the sentence before
            }
            if (SPEECH_VERBS.contains(tokens.get(k).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a colon, a name the title introduces stands alone or in a list ("the NSC: Nurlan Mazhilov", "his lawyers:
     * A and B, …"), not as the subject of a sentence of its own ("the judge: Vladimir Kozlov is innocent").
     */
    private static boolean namedAlone(String text, List<Token> tokens, int at) {
        int k = at;
        while (k < tokens.size() && k < at + 5 && tokens.get(k).capitalised()
                && !text.substring(tokens.get(k - 1).end(), tokens.get(k).begin()).matches("(?s).*[,;.)].*")) {
            k++;
        }
        if (k >= tokens.size()) {
            return true;
        }
        String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).begin());
        String word = tokens.get(k).text().toLowerCase(Locale.ROOT);
        return gap.matches("(?s).*[,;.)].*") || word.equals("and") || word.equals("or");
    }

    private static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }
}
