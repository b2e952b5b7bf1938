package org.casebook.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.casebook.store.ItemColumns;
import org.casebook.store.Memberships;
import org.casebook.store.SearchStore;

/**
 * The items a compiled query selects, with their scores. The index is asked once for the matches; filters, ranking,
 * the count and the facets are then worked out over the in-memory item columns, so a search with facets costs one
 * full-text lookup, not one per facet.
 */
final class Selection {

    private final ItemColumns columns;
    private int[] items = new int[256];
    private double[] scores = new double[256];
    private int size;

    private Selection(ItemColumns columns) {
        this.columns = columns;
    }

    static Selection evaluate(Criteria c, ItemColumns columns, Duplicates duplicates, SearchStore store) {
        Selection s = new Selection(columns);
        Filter filter = new Filter(c, columns);
        BitSet only = null;
        if (c.onlyItems() != null) {
            only = new BitSet(columns.size());
            for (long id : c.onlyItems()) {
                if (columns.exists((int) id)) {
                    only.set(columns.primaryOf((int) id));
                }
            }
        }
        BitSet excluded = new BitSet();
        if (c.excludeMatch() != null) {
            store.matches(c.excludeMatch(), false, (id, score) -> excluded.set(id));
        }
        BitSet within = only;
        if (c.match() != null) {
            store.matches(c.match(), true, (id, score) -> {
                if (columns.exists(id) && (within == null || within.get(id)) && !excluded.get(id)) {
                    s.addWithRepeats(id, score, filter, c.includeDuplicates() ? duplicates : null);
                }
            });
        } else if (only != null) {
            for (int id = only.nextSetBit(0); id >= 0; id = only.nextSetBit(id + 1)) {
                if (!excluded.get(id)) {
                    s.addWithRepeats(id, 0, filter, c.includeDuplicates() ? duplicates : null);
                }
            }
        } else {
            for (int id = 1; id < columns.size(); id++) {
                if (columns.exists(id) && columns.primary()[id] == 0 && !excluded.get(id)) {
                    s.addWithRepeats(id, 0, filter, c.includeDuplicates() ? duplicates : null);
                }
            }
        }
        return s;
    }

    private void addWithRepeats(int primary, double score, Filter filter, Duplicates duplicates) {
        if (filter.accepts(primary)) {
            add(primary, score);
        }
        if (duplicates != null) {
            for (int i = duplicates.start(primary), end = duplicates.end(primary); i < end; i++) {
                if (filter.accepts(duplicates.item(i))) {
                    add(duplicates.item(i), score);
                }
            }
        }
    }

    private void add(int item, double score) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
        }
        items[size] = item;
        scores[size++] = score;
    }

    int count() {
        return size;
    }

    /** The order of rows. */
    enum Order {
        /** Higher score first, then as {@link #NEWEST}. */
        BEST,
        /** Dated before undated, newer before older, then in the order of import (source, then line). */
        NEWEST
    }

    private int compareRows(int a, int b, Order order) {
        if (order == Order.BEST) {
            int byScore = Double.compare(scores[b], scores[a]);
            if (byScore != 0) {
                return byScore;
            }
        }
        int da = columns.dateStart()[items[a]];
        int db = columns.dateStart()[items[b]];
        if ((da == 0) != (db == 0)) {
            return da == 0 ? 1 : -1;
        }
        return da != db ? Integer.compare(db, da) : Integer.compare(items[a], items[b]);
    }

    long itemAt(int row) {
        return items[row];
    }

    double scoreAt(int row) {
        return scores[row];
    }

    /** The first {@code limit} rows in that order (all when 0). */
    List<Integer> top(int limit, Order order) {
        Comparator<Integer> best = (a, b) -> compareRows(a, b, order);
        List<Integer> rows = new ArrayList<>();
        if (limit <= 0 || limit >= size) {
            for (int r = 0; r < size; r++) {
                rows.add(r);
            }
            rows.sort(best);
        } else {
            PriorityQueue<Integer> worstFirst = new PriorityQueue<>(limit + 1, best.reversed());
            for (int r = 0; r < size; r++) {
                if (worstFirst.size() < limit) {
                    worstFirst.add(r);
                } else if (best.compare(r, worstFirst.peek()) < 0) {
                    worstFirst.poll();
                    worstFirst.add(r);
                }
            }
            rows.addAll(worstFirst);
            rows.sort(best);
        }
        return rows;
    }

    /**
     * Rows per month ({@code 2019-03}, items dated to the day or month) or per year ({@code 2019}, every dated item),
     * oldest first.
     */
    Map<String, Long> perPeriod(boolean byMonth) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (int r = 0; r < size; r++) {
            int item = items[r];
            int date = columns.dateStart()[item];
            if (date != 0 && (!byMonth || columns.monthKnown()[item])) {
                counts.merge(byMonth ? month(date) : Integer.toString(date / 10_000), 1L, Long::sum);
            }
        }
        return counts;
    }

    private static String month(int date) {
        int month = date / 100 % 100;
        return date / 10_000 + (month < 10 ? "-0" : "-") + month;
    }

    Facets facets(int top, Memberships persons, Memberships cases) {
        Map<String, Long> years = new java.util.TreeMap<>(Comparator.reverseOrder());
        Map<String, Long> months = new java.util.TreeMap<>(Comparator.reverseOrder());
        long[] perSource = new long[columns.sourceNames().size()];
        for (int r = 0; r < size; r++) {
            int item = items[r];
            int date = columns.dateStart()[item];
            if (date != 0) {
                years.merge(Integer.toString(date / 10_000), 1L, Long::sum);
                if (columns.monthKnown()[item]) {
                    months.merge(month(date), 1L, Long::sum);
                }
            }
            perSource[columns.source()[item]]++;
        }
        Map<String, Long> sources = new HashMap<>();
        for (int i = 0; i < perSource.length; i++) {
            if (perSource[i] > 0) {
                sources.merge(columns.sourceNames().get(i), perSource[i], Long::sum);
            }
        }
        return new Facets(years, months, mostFirst(sources, 0), mostNamed(persons, top), mostNamed(cases, top));
    }

    /** The entities named in most of the selected primaries (a repeat counts through its primary, once). */
    private Map<String, Long> mostNamed(Memberships named, int top) {
        BitSet seen = new BitSet(columns.size());
        int[] counts = new int[named.entityBound()];
        for (int r = 0; r < size; r++) {
            int primary = columns.primaryOf(items[r]);
            if (seen.get(primary)) {
                continue;
            }
            seen.set(primary);
            for (int i = named.start(primary), end = named.end(primary); i < end; i++) {
                counts[named.entities()[i]]++;
            }
        }
        Map<String, Long> byName = new HashMap<>();
        for (int entity = 0; entity < counts.length; entity++) {
            if (counts[entity] > 0) {
                byName.merge(named.names().getOrDefault(entity, "#" + entity), (long) counts[entity], Math::max);
            }
        }
        return mostFirst(byName, top);
    }

    private static Map<String, Long> mostFirst(Map<String, Long> counts, int top) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top > 0 ? top : Long.MAX_VALUE)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** Which items a query's fields let through, on the item's own date, language and source. */
    private static final class Filter {
        private final ItemColumns columns;
        private final int from;
        private final int to;
        private final boolean[] langAllowed;
        private final boolean[] sourceAllowed;

        Filter(Criteria c, ItemColumns columns) {
            this.columns = columns;
            from = c.from() == null ? 0 : dayNumber(c.from());
            to = c.to() == null ? 0 : dayNumber(c.to());
            langAllowed = allowed(columns.languages(), c.langs(), true);
            sourceAllowed = allowed(columns.sourceNames(), c.sources(), false);
        }

        /** Which of the known values are chosen (null: any); a language is compared without regard to case. */
        private static boolean[] allowed(List<String> known, java.util.Set<String> chosen, boolean ignoreCase) {
            if (chosen == null || chosen.isEmpty()) {
                return null;
            }
            boolean[] allowed = new boolean[known.size()];
            for (int i = 0; i < allowed.length; i++) {
                String value = known.get(i);
                allowed[i] = ignoreCase ? chosen.stream().anyMatch(value::equalsIgnoreCase) : chosen.contains(value);
            }
            return allowed;
        }

        private static int dayNumber(java.time.LocalDate d) {
            return d.getYear() * 10_000 + d.getMonthValue() * 100 + d.getDayOfMonth();
        }

        boolean accepts(int item) {
            if (from != 0 && (columns.dateEnd()[item] == 0 || columns.dateEnd()[item] < from)) {
                return false;
            }
            if (to != 0 && (columns.dateStart()[item] == 0 || columns.dateStart()[item] > to)) {
                return false;
            }
            if (langAllowed != null && (columns.lang()[item] < 0 || !langAllowed[columns.lang()[item]])) {
                return false;
            }
            return sourceAllowed == null || sourceAllowed[columns.source()[item]];
        }
    }
}
