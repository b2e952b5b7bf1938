package org.casebook.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * English words of one family whose stems differ (detain, detention, detainee), so a search for one finds the
 * others. The index stems with the Porter algorithm; the families are looked up by the same algorithm's stem, so
 * "detained" and "detaining" find the family of "detain". The list is in {@code search/word-families.txt}.
 */
final class WordFamilies {

    private static final WordFamilies DEFAULT = load("/search/word-families.txt");

    private final Map<String, List<String>> byStem;

    private WordFamilies(Map<String, List<String>> byStem) {
        this.byStem = byStem;
    }

    static WordFamilies standard() {
        return DEFAULT;
    }

    /** The Porter stem of an English word, lower-cased (what the index's porter tokenizer keeps of it). */
    static String stem(String word) {
        return new PorterStemmer().stem(word.toLowerCase(Locale.ROOT));
    }

    /** The other words of the word's family (empty when it has none). */
    List<String> relatives(String word) {
        List<String> family = byStem.get(stem(word));
        if (family == null) {
            return List.of();
        }
        String own = stem(word);
        return family.stream().filter(w -> !stem(w).equals(own)).toList();
    }

    /** Every family, for checks of the list itself. */
    java.util.Collection<List<String>> families() {
        return new java.util.HashSet<>(byStem.values());
    }

    private static WordFamilies load(String resource) {
        Map<String, List<String>> byStem = new HashMap<>();
        try (InputStream in = WordFamilies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> family = List.of(line.toLowerCase(Locale.ROOT).split("\\s+"));
                family.forEach(word -> byStem.put(stem(word), family));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordFamilies(byStem);
    }
}
