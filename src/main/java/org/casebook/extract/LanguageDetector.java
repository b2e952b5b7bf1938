package org.casebook.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Offline language identification. Cyrillic text is told apart by the letters only Kazakh (ә ғ қ ң ө ұ ү һ) or
 * Ukrainian (ї є ґ і) use; Latin text by how many of each language's commonest function words it holds. Only when
 * that evidence is thin (short or mixed text) is Lingua asked, restricted to the region's languages: it is accurate
 * but takes about a millisecond a text, too slow to run on every item of a million-item import. Lingua's models are
 * loaded on first use; the packaged jar carries only these languages (see the shade filter in pom.xml).
 */
public final class LanguageDetector {

    static final Language[] LANGUAGES = {
        Language.ENGLISH, Language.RUSSIAN, Language.KAZAKH, Language.UKRAINIAN, Language.GERMAN,
        Language.FRENCH, Language.ITALIAN, Language.POLISH, Language.SPANISH
    };
    private static final int SAMPLE_CHARS = 400;
    private static final int MIN_LETTERS = 3;
    private static final int MIN_FUNCTION_WORDS = 3;
    /** Below this many words even Lingua only guesses ("Press announcement"); such a text gets no language. */
    private static final int MIN_WORDS_FOR_LINGUA = 4;

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "is", "was", "for", "on", "that", "with", "by", "as",
                    "his", "has", "have", "were", "been", "which", "from", "their", "who", "this", "an", "at"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "den", "mit", "sich", "des", "auf", "für",
                    "ein", "eine", "dem", "wurde", "auch", "von", "zu", "im"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "que", "qui", "pour", "pas",
                    "sur", "au", "avec", "par", "ont", "été", "il"),
            "it", Set.of("il", "di", "che", "della", "per", "un", "una", "non", "del", "sono", "gli", "nel", "alla",
                    "delle", "con", "ha", "è", "lo", "dei"),
            "pl", Set.of("się", "nie", "na", "że", "do", "jest", "to", "przez", "oraz", "jak", "od", "po", "za",
                    "dla", "ale", "był", "jego", "czy", "w", "z"),
            "es", Set.of("el", "los", "las", "que", "del", "por", "con", "una", "para", "es", "se", "su", "al",
                    "fue", "como", "más", "pero", "sus", "y"));

    private static final String[] LANGUAGE_CODES = FUNCTION_WORDS.keySet().stream().sorted().toArray(String[]::new);
    /** Function word to the bit set of the languages (indexes into LANGUAGE_CODES) it belongs to. */
    private static final Map<String, Integer> WORD_LANGUAGES = new java.util.HashMap<>();

    static {
        for (int l = 0; l < LANGUAGE_CODES.length; l++) {
            for (String word : FUNCTION_WORDS.get(LANGUAGE_CODES[l])) {
                WORD_LANGUAGES.merge(word, 1 << l, (a, b) -> a | b);
            }
        }
    }

    private volatile com.github.pemistahl.lingua.api.LanguageDetector lingua;

    /** ISO 639-1 code ("en", "ru", "kk", ...) or null when the text has too few letters to tell. */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u00C0' && c < '\u0250' && Character.isLetter(c)) {
                latin++;
            } else if (c >= '\u0400' && c < '\u0530') {
                cyrillic++;
            }
        }
        if (latin + cyrillic < MIN_LETTERS) {
            return null;
        }
        String lower = sample.toLowerCase(Locale.ROOT);
        if (cyrillic > latin) {
            return cyrillicLanguage(lower);
        }
        String byWords = byFunctionWords(lower);
        if (byWords != null) {
            return byWords;
        }
        return wordCount(sample) >= MIN_WORDS_FOR_LINGUA ? viaLingua(sample) : null;
    }

    private static String cyrillicLanguage(String lower) {
        if (containsAny(lower, "әғқңөұүһ")) {
            return "kk";
        }
        if (containsAny(lower, "їєґі")) {
            return "uk";
        }
        return "ru";
    }

    private static String byFunctionWords(String lower) {
        int[] counts = new int[LANGUAGE_CODES.length];
        int wordStart = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetter(lower.charAt(i));
            if (letter && wordStart < 0) {
                wordStart = i;
            } else if (!letter && wordStart >= 0) {
                Integer languages = WORD_LANGUAGES.get(lower.substring(wordStart, i));
                if (languages != null) {
                    for (int l = 0; l < counts.length; l++) {
                        if ((languages & (1 << l)) != 0) {
                            counts[l]++;
                        }
                    }
                }
                wordStart = -1;
            }
        }
        int best = -1;
        int bestCount = 0;
        int second = 0;
        for (int l = 0; l < counts.length; l++) {
            if (counts[l] > bestCount) {
                second = bestCount;
                bestCount = counts[l];
                best = l;
            } else if (counts[l] > second) {
                second = counts[l];
            }
        }
        boolean clearLead = bestCount >= MIN_FUNCTION_WORDS && bestCount >= 2 * second;
        boolean alone = bestCount > 0 && second == 0;
        return clearLead || alone ? LANGUAGE_CODES[best] : null;
    }

    private String viaLingua(String sample) {
        com.github.pemistahl.lingua.api.LanguageDetector detector = lingua;
        if (detector == null) {
            synchronized (this) {
                if (lingua == null) {
                    lingua = LanguageDetectorBuilder.fromLanguages(LANGUAGES).withLowAccuracyMode().build();
                }
                detector = lingua;
            }
        }
        Language language = detector.detectLanguageOf(sample);
        return language == Language.UNKNOWN ? null
                : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetter(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static boolean containsAny(String text, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (text.indexOf(letters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
