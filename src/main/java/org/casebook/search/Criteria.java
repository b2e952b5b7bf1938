package org.casebook.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A compiled query: an FTS5 expression (null: every item), an expression whose matches are left out, and the
 * filters of its fields. {@code onlyItems} (null: no restriction) are the primaries an entity field selected.
 */
record Criteria(String match, String excludeMatch, LocalDate from, LocalDate to, String lang, String source,
                boolean includeDuplicates, Set<Long> onlyItems) {
}
