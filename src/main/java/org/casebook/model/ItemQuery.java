package org.casebook.model;

import java.time.LocalDate;

/**
 * What a listing asks for: duplicates or not, a date range (items whose start falls in [from, to]; undated items
 * are left out when a range is given), one source by file name, and a limit (0 = all).
 */
public record ItemQuery(boolean includeDuplicates, LocalDate from, LocalDate to, String sourceName, int limit) {

    public static ItemQuery all() {
        return new ItemQuery(true, null, null, null, 0);
    }

    public static ItemQuery primaries() {
        return new ItemQuery(false, null, null, null, 0);
    }
}
