package org.casebook.ingest.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What duplicate detection needs to know of a report's text: the hash of its exact form (whitespace, quotes and
 * dashes normalised), its words (case and diacritics folded, stop words dropped), its numbers, and the sketch keys
 * under which near duplicates meet: {@code sketchKeys} are filed for a primary, {@code probeKeys} are looked up for
 * a new report (a complete report only probes the start of truncated primaries, so the many reports that share
 * an opening do not all become candidates). The method is explained in docs/decisions/0003-duplicate-detection.md.
 */
public record ReportFingerprint(long contentHash, String exactForm, Set<String> words, List<String> leadingTokens,
                                Set<String> numbers, boolean truncated, long[] sketchKeys, long[] probeKeys) {

    static final int BANDS = 6;
    static final int ROWS = 3;
    /** Below this many distinct words a text is only matched exactly: short texts share too much by chance. */
    static final int MIN_WORDS_FOR_NEAR = 6;
    static final int LEADING_TOKENS = 10;

    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "but", "as",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its", "that", "this", "which",
            "who", "he", "she", "his", "her", "they", "their", "we", "our", "not", "no", "also",
            "и", "в", "во", "на", "с", "со", "по", "к", "о", "об", "от", "за", "из", "для", "что", "как", "не");

    private static final long[] SEEDS = new long[BANDS * ROWS];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SEEDS.length; i++) {
            x = mix(x + 0x632BE59BD9B4E019L * (i + 1));
            SEEDS[i] = x;
        }
    }

    public static ReportFingerprint of(String text) {
        String exact = exactForm(text);
        boolean truncated = isTruncated(text);
        List<String> tokens = tokens(truncated ? withoutTruncationMarker(text) : text);
        if (truncated && !tokens.isEmpty()) {
            tokens = tokens.subList(0, tokens.size() - 1); // the last word of a cut-off text may be cut too
        }
        Set<String> words = new LinkedHashSet<>();
        Set<String> numbers = new TreeSet<>();
        for (String t : tokens) {
            if (Character.isDigit(t.charAt(0))) {
                numbers.add(stripLeadingZeros(t));
            } else if (t.length() > 1 && !STOP_WORDS.contains(t)) {
                words.add(t);
            }
        }
        List<String> leading = tokens.subList(0, Math.min(LEADING_TOKENS, tokens.size()));
        if (words.size() < MIN_WORDS_FOR_NEAR) {
            return new ReportFingerprint(hash64(exact), exact, words, List.copyOf(leading), numbers, truncated,
                    new long[0], new long[0]);
        }
        long[] bands = bandKeys(words, numbers);
        long lead = mix(hash64("lead:" + String.join(" ", leading)));
        long leadOfTruncated = mix(lead ^ 0x7A5C3E1F2B4D6F81L);
        long[] filed = Arrays.copyOf(bands, BANDS + (truncated ? 2 : 1));
        filed[BANDS] = lead;
        if (truncated) {
            filed[BANDS + 1] = leadOfTruncated;
        }
        long[] probe = Arrays.copyOf(bands, BANDS + 1);
        probe[BANDS] = truncated ? lead : leadOfTruncated;
        return new ReportFingerprint(hash64(exact), exact, words, List.copyOf(leading), numbers, truncated, filed,
                probe);
    }

    /** Whitespace collapsed, typographic quotes and dashes made plain, compatibility characters folded. */
    public static String exactForm(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
                default -> c;
            });
        }
        return out.toString();
    }

    /** Lower-cased, diacritics removed, split into runs of letters and runs of digits. */
    static List<String> tokens(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int kind = 0; // 1 letters, 2 digits
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            int k = Character.isLetter(c) ? 1 : Character.isDigit(c) ? 2 : 0;
            if (k != kind && current.length() > 0) {
                tokens.add(current.toString());
                current.setLength(0);
            }
            kind = k;
            if (k != 0) {
                current.append(c);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** "…", "...", "[…]", "(read more)" and the like at the end of a teaser cut from a longer report. */
    private static final java.util.regex.Pattern TRUNCATION_MARKER = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:\\[?(?:…|\\.\\.\\.)\\]?)?\\s*(?:\\(?read more\\)?)?\\s*$");

    private static boolean isTruncated(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.endsWith("…") || t.endsWith("…]") || t.endsWith("...") || t.endsWith("...]")
                || t.endsWith("read more") || t.endsWith("read more)");
    }

    private static String withoutTruncationMarker(String text) {
        return TRUNCATION_MARKER.matcher(text).replaceFirst("");
    }

    /** MinHash band keys over the words, each combined with the number set (reports differing in a number never meet). */
    private static long[] bandKeys(Set<String> words, Set<String> numbers) {
        long[] minima = new long[SEEDS.length];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (String w : words) {
            long h = wordHash(w);
            for (int i = 0; i < SEEDS.length; i++) {
                long v = mix(h ^ SEEDS[i]);
                if (v < minima[i]) {
                    minima[i] = v;
                }
            }
        }
        long numberSignature = hash64(String.join(" ", numbers));
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = mix(b + 1) ^ numberSignature;
            for (int r = 0; r < ROWS; r++) {
                k = mix(k ^ minima[b * ROWS + r]);
            }
            keys[b] = k;
        }
        return keys;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** FNV-1a over the UTF-16 units, then mixed: fast enough to run on every word of a million reports. */
    static long wordHash(String s) {
        long h = 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001B3L;
        }
        return mix(h);
    }

    static long hash64(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long h = 0;
            for (int i = 0; i < 8; i++) {
                h = (h << 8) | (d[i] & 0xFF);
            }
            return h;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SplitMix64 finaliser: a cheap, well-spread 64-bit mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
