package org.casebook.search;

import java.util.Map;

/**
 * Counts over the matching items, for the UI: items per year and per month (newest first), per source (most
 * first), and the persons and cases named in most of them.
 */
public record Facets(Map<String, Long> years, Map<String, Long> months, Map<String, Long> sources,
                     Map<String, Long> persons, Map<String, Long> cases) {
}
