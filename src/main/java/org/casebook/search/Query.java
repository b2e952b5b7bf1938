package org.casebook.search;

import java.util.List;

/** A parsed search query: terms combined with AND, OR and NOT, and field filters. */
public sealed interface Query {

    /** A word as typed; {@code prefix} for "word*". */
    record Word(String text, boolean prefix) implements Query {
    }

    /** "an exact phrase". */
    record Phrase(List<String> words) implements Query {
    }

    /** NEAR(a b, 5): the words within that many words of each other. */
    record Near(List<String> words, int distance) implements Query {
    }

    record And(List<Query> parts) implements Query {
    }

    record Or(List<Query> parts) implements Query {
    }

    /** -word: items without it. */
    record Not(Query part) implements Query {
    }

    /** field:value, e.g. person:Tokaev, from:2019-03, lang:ru. */
    record Field(String name, String value, int position) implements Query {
    }
}
