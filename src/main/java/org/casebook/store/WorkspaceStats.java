package org.casebook.store;

import java.util.Map;

/**
 * Counts over a workspace. The per-precision, per-origin and per-language counts are over primary items
 * (each report once); items and duplicates count every stored item.
 */
public record WorkspaceStats(long sources, long items, long duplicates, Map<String, Long> byPrecision,
                             Map<String, Long> byOrigin, Map<String, Long> byLanguage, String earliest,
                             String latest) {

    public long primaries() {
        return items - duplicates;
    }
}
