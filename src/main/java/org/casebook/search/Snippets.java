package org.casebook.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.resolve.NameKey;

/**
 * The part of an item around its first match, with every matching word marked [like this]. Words are compared by
 * their folded key, so Tokayev is marked for a search of Токаев.
 */
final class Snippets {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final int WORDS_BEFORE = 8;
    private static final int WORDS_SHOWN = 28;

    private final Set<String> keys = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();
    /** English stems of the words looked for and of their families: the index matched those too. */
    private final Set<String> stems = new HashSet<>();

    /** Words of the items shown repeat (names, places): each is folded once per query. */
    private final java.util.Map<String, Boolean> seen = new java.util.HashMap<>();

    Snippets(Query query) {
        collect(query);
    }

    private void collect(Query q) {
        if (q instanceof Query.Word w) {
            (w.prefix() ? prefixes : keys).add(NameKey.foldText(w.text()));
            if (!w.prefix()) {
                stems.add(WordFamilies.stem(w.text()));
                WordFamilies.standard().relatives(w.text()).forEach(r -> stems.add(WordFamilies.stem(r)));
            }
        } else if (q instanceof Query.Phrase p) {
            p.words().forEach(this::addWord);
        } else if (q instanceof Query.Near n) {
            n.words().forEach(this::addWord);
        } else if (q instanceof Query.And a) {
            a.parts().forEach(this::collect);
        } else if (q instanceof Query.Or o) {
            o.parts().forEach(this::collect);
        }
    }

    private void addWord(String word) {
        keys.add(NameKey.foldText(word));
        stems.add(WordFamilies.stem(word));
    }

    private boolean isMatch(String word) {
        return seen.computeIfAbsent(word, w -> {
            String key = NameKey.foldText(w);
            return keys.contains(key) || prefixes.stream().anyMatch(key::startsWith)
                    || stems.contains(WordFamilies.stem(w));
        });
    }

    String of(String text) {
        List<int[]> words = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        int first = -1;
        boolean more = false;
        while (m.find()) {
            if (first >= 0 && words.size() >= Math.max(0, first - WORDS_BEFORE) + WORDS_SHOWN) {
                more = true; // past the window: the rest need not be folded
                break;
            }
            boolean hit = isMatch(m.group());
            if (hit && first < 0) {
                first = words.size();
            }
            words.add(new int[] {m.start(), m.end()});
            marked.add(hit);
        }
        if (words.isEmpty()) {
            return text;
        }
        int from = Math.max(0, (first < 0 ? 0 : first) - WORDS_BEFORE);
        int to = Math.min(words.size(), from + WORDS_SHOWN);
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        int cursor = words.get(from)[0];
        for (int k = from; k < to; k++) {
            int[] w = words.get(k);
            out.append(text, cursor, w[0]);
            out.append(marked.get(k) ? "[" + text.substring(w[0], w[1]) + "]" : text.substring(w[0], w[1]));
            cursor = w[1];
        }
        if (to < words.size() || more) {
            out.append("…");
        } else {
            out.append(text.substring(cursor));
        }
        return out.toString();
    }
}
