package org.casebook.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * What to select: an FTS5 expression (null: every item), an expression whose matches are left out, and filters.
 * Empty {@code langs} or {@code sources} mean any; {@code onlyItems} (null: no restriction) are the primaries an
 * entity or tag field, or the window's person and case filters, selected.
 */
record Criteria(String match, String excludeMatch, LocalDate from, LocalDate to, Set<String> langs,
                Set<String> sources, boolean includeDuplicates, Set<Long> onlyItems) {

    Criteria withRange(LocalDate newFrom, LocalDate newTo) {
        return new Criteria(match, excludeMatch, newFrom, newTo, langs, sources, includeDuplicates, onlyItems);
    }
}
