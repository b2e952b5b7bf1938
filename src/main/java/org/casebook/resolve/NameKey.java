package org.casebook.resolve;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * The normalised key under which spellings of one name meet: Токаев, Tokayev and Tokaev; Kassym-Jomart and
 * Kasym-Zhomart; Auštrevičius and Austrevicius; Dzhakishev and Jakishev. The steps, in order (documented in
 * docs/decisions/0005-person-resolution.md):
 * <ol>
 * <li>Cyrillic look-alike letters inside a Latin word are read as Latin (Мukhtar with a Cyrillic М);</li>
 * <li>Cyrillic by a BGN-style table (я → ya as English texts write it; see {@link Cyrillic}), Latin diacritics
 * dropped, other scripts by ICU {@code Any-Latin; Latin-ASCII}; lower case, letters only;</li>
 * <li>dzh, dj, zh, j → j; kh → h; ts → c; x → ks; y → i; doubled letters → one;</li>
 * <li>i between a vowel and e is dropped (Tokaiev → tokaev), a leading ie → e (Yerimbetov → erimbetov), and i
 * between a consonant and a vowel is dropped (Gyuzyal, Guzal → guzal; Daniyar, Daniar → danar).</li>
 * </ol>
 * Gender endings are kept: Shalabayev and Shalabayeva are different keys (different people).
 */
public final class NameKey {

    /** Built only for a name in a script other than Latin and Cyrillic: building it takes about 0.4 s. */
    private static final ThreadLocal<Transliterator> ANY_TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));

    private static final String CYRILLIC_LOOKALIKES = "АВЕКМНОРСТХаеорсухі";
    private static final String LATIN_TWINS = "ABEKMHOPCTXaeopcyxi";

    private NameKey() {
    }

    private static final java.util.regex.Pattern VOWEL_IE = java.util.regex.Pattern.compile("([aeiou])ie");
    private static final java.util.regex.Pattern CONSONANT_I_VOWEL =
            java.util.regex.Pattern.compile("([b-df-hj-np-tv-z])i([aeou])");
    /** Names repeat across a corpus: their keys are kept (bounded; cleared when full). */
    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.Map<String, String> WORD_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The key of one word of a name ("Tokayev" → "tokaev"); empty if the word has no letters. */
    public static String ofWord(String word) {
        String known = WORD_KEYS.get(word);
        if (known != null) {
            return known;
        }
        String key = computeWordKey(word);
        if (WORD_KEYS.size() >= CACHE_LIMIT) {
            WORD_KEYS.clear();
        }
        WORD_KEYS.put(word, key);
        return key;
    }

    /**
     * The key of a given name: as {@link #ofWord}, and a leading Ю written Yu, Iu or Ju before a consonant is one
     * (Yulia, Iuliia and Julia → jula). Only for given names: in surnames a leading Ju is as often Жу (Jusupov for Zhusupov), which
     * must stay apart from Yusupov.
     */
    public static String ofGivenName(String word) {
        String key = ofWord(word);
        return key.startsWith("iu") && YU_BEFORE_CONSONANT.matcher(key).lookingAt()
                && !SURNAME_ENDING.matcher(key).find() ? "j" + key.substring(1) : key;
    }

    /** A surname written first ("Yusupov Marat") keeps its Yu: Yusupov and Zhusupov stay apart. */
    private static final java.util.regex.Pattern SURNAME_ENDING = java.util.regex.Pattern.compile(
            "(ov|ova|ev|eva|ski|skaia|enko|uli|kizi)$");

    /**
     * The key every word of a name had before given names were read on their own ({@link #of} since 2026-11-26):
     * corrections recorded before name persons by it.
     */
    public static String ofEveryWordAlike(String name) {
        return keyOf(name, false);
    }

    /** Yulia, Yuri, Yusup; not Yuan (Chinese, where Juan is another name). */
    private static final java.util.regex.Pattern YU_BEFORE_CONSONANT = java.util.regex.Pattern.compile("iu[^aeiou]");

    private static String computeWordKey(String word) {
        String latin = toAscii(fixMixedScript(word)).toLowerCase(Locale.ROOT);
        StringBuilder letters = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        String s = letters.toString()
                .replace("dzh", "j").replace("dj", "j").replace("zh", "j")
                .replace("kh", "h").replace("ts", "c").replace("x", "ks").replace('y', 'i');
        s = collapseDoubles(s);
        s = VOWEL_IE.matcher(s).replaceAll("$1e");
        if (s.startsWith("ie")) {
            s = s.substring(1);
        }
        return CONSONANT_I_VOWEL.matcher(s).replaceAll("$1$2");
    }

    private static String toAscii(String word) {
        boolean ascii = true;
        boolean latin = true;
        boolean cyrillic = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            ascii &= c < 128;
            latin &= c < 0x0250;
            cyrillic &= c < 128 || c >= 0x0400 && c < 0x0500;
        }
        if (ascii) {
            return word;
        }
        if (cyrillic) {
            return Cyrillic.toLatin(word);
        }
        return latin ? withoutDiacritics(word) : ANY_TO_ASCII.get().transliterate(word);
    }

    private static final java.util.regex.Pattern COMBINING_MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** Auštrevičius → Austrevicius, Łukasz → Lukasz: decomposed, marks dropped, the few letters without a base. */
    private static String withoutDiacritics(String word) {
        String bare = COMBINING_MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD))
                .replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            switch (c) {
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'ı' -> out.append('i');
                case 'œ' -> out.append("oe");
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Russian, Kazakh and Ukrainian letters as English-language texts write names (BGN/PCGN: я → ya, е → ye at the
     * start of a word and after a vowel). A table rather than ICU here: ICU's transliterator takes 0.4 s to build
     * per thread, and every report of an import has its words folded for the search index.
     */
    static final class Cyrillic {
        private static final String LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіїєґ";
        private static final String[] LATIN = {"a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l",
            "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
            "a", "g", "k", "n", "o", "u", "u", "h", "i", "yi", "ye", "g"};

        static String toLatin(String word) {
            StringBuilder out = new StringBuilder(word.length() + 4);
            boolean afterVowelOrStart = true;
            for (int i = 0; i < word.length(); i++) {
                char c = Character.toLowerCase(word.charAt(i));
                int at = LETTERS.indexOf(c);
                if (at < 0) {
                    out.append(c);
                    afterVowelOrStart = false;
                    continue;
                }
                String latin = c == 'е' && afterVowelOrStart ? "ye" : LATIN[at];
                out.append(latin);
                afterVowelOrStart = "аеёиоуыэюяәөұүі".indexOf(c) >= 0;
            }
            return out.toString();
        }
    }

    /** The key of a whole name: the keys of its words, hyphenated parts joined ("Kasym-Zhomart" → "kasimjomart"). */
    public static String of(String name) {
        return keyOf(name, true);
    }

    private static String keyOf(String name, boolean givenNamesAlike) {
        StringBuilder key = new StringBuilder();
        String[] words = name.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String k = givenNamesAlike && i < words.length - 1 ? ofGivenName(words[i]) : ofWord(words[i]);
            if (!k.isEmpty()) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(k);
            }
        }
        return key.toString();
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    /**
     * Every word of a text by its key, for the search index: a search for Tokaev, Токаев or Tokayev meets the same
     * indexed word. Digits are kept as they are.
     */
    public static String foldText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            String key = Character.isDigit(word.charAt(0)) ? word : ofWord(word);
            if (!key.isEmpty()) {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(key);
            }
        }
        return out.toString();
    }

    /** A word written mostly in Latin with a few Cyrillic look-alikes (or the reverse) is read in its main script. */
    static String fixMixedScript(String word) {
        int latin = 0;
        int cyrillic = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'z' && Character.isLetter(c)) {
                latin++;
            } else if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic++;
            }
        }
        if (latin == 0 || cyrillic == 0) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int at = latin >= cyrillic ? CYRILLIC_LOOKALIKES.indexOf(c) : LATIN_TWINS.indexOf(c);
            out.append(at < 0 ? c : latin >= cyrillic ? LATIN_TWINS.charAt(at) : CYRILLIC_LOOKALIKES.charAt(at));
        }
        return out.toString();
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
