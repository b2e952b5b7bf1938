package org.casebook.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * A person's name as written, split for resolution: the surname (last word) and its key, the given names and their
 * joined key, or only an initial ("P. Austrevicius", "V.Buntov").
 */
record PersonName(String surface, String surnameKey, String givenKey, String initial) {

    static PersonName parse(String surface) {
        List<String> words = new ArrayList<>();
        for (String w : surface.replace(".", ". ").trim().split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        String surname = words.get(words.size() - 1);
        List<String> given = words.subList(0, words.size() - 1);
        String initial = null;
        StringBuilder givenKey = new StringBuilder();
        for (String g : given) {
            String bare = g.replace(".", "");
            if (bare.length() == 1) {
                if (initial == null) {
                    initial = bare.toUpperCase(java.util.Locale.ROOT);
                }
            } else {
                givenKey.append(NameKey.ofGivenName(bare));
            }
        }
        return new PersonName(surface, NameKey.ofWord(surname), givenKey.toString(), givenKey.length() > 0 ? null : initial);
    }

    boolean hasGivenName() {
        return !givenKey.isEmpty();
    }

    boolean isInitialOnly() {
        return givenKey.isEmpty() && initial != null;
    }
}
