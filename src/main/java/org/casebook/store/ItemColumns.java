package org.casebook.store;

import java.util.List;

/**
 * What filtering, ranking and facets need of every item, in arrays indexed by item id, read in one pass so that a
 * search evaluates its filters and counts in memory instead of joining the matches back to the item table once per
 * facet. Dates are {@code yyyymmdd} numbers, 0 when undated; an id with no item has source -1.
 *
 * @param dateStart   first day of the item's date (0: undated)
 * @param dateEnd     last day of the item's date (0: undated)
 * @param monthKnown  whether the date is precise to the month or day (items per month count only those)
 * @param source      index into {@code sourceNames}, -1 for an id without an item
 * @param lang        index into {@code languages}, -1 when unknown
 * @param primary     the item this one repeats, 0 for a primary
 * @param sourceNames source file names, by index
 * @param languages   language codes, by index
 */
public record ItemColumns(int[] dateStart, int[] dateEnd, boolean[] monthKnown, int[] source, int[] lang,
                          int[] primary, List<String> sourceNames, List<String> languages) {

    /** One past the highest item id. */
    public int size() {
        return source.length;
    }

    public boolean exists(int id) {
        return id > 0 && id < source.length && source[id] >= 0;
    }

    /** The item itself when it is a primary, else the primary it repeats. */
    public int primaryOf(int id) {
        return primary[id] == 0 ? id : primary[id];
    }
}
