package org.casebook.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.casebook.ingest.dedup.DuplicateDetector;
import org.casebook.model.DatePrecision;
import org.casebook.model.ItemDate;
import org.casebook.model.Locator;
import org.casebook.model.NewItem;
import org.casebook.model.Passage;
import org.casebook.store.ItemStore;

/** Stores analysed items of one source: groups each with the report it repeats, and counts what it stored. */
final class ItemWriter {

    private final ItemStore items;
    private final DuplicateDetector duplicates;
    private final long sourceId;
    private final Map<DatePrecision, Integer> precisions = new EnumMap<>(DatePrecision.class);
    private int stored;
    private int duplicateCount;

    ItemWriter(ItemStore items, DuplicateDetector duplicates, long sourceId) {
        this.items = items;
        this.duplicates = duplicates;
        this.sourceId = sourceId;
    }

    long write(ItemAnalysis analysis, Locator locator, ItemDate date, List<Passage> passages) {
        OptionalLong primary = duplicates.primaryFor(analysis.fingerprint());
        Long duplicateOf = primary.isPresent() ? primary.getAsLong() : null;
        long id = items.insert(new NewItem(sourceId, locator, analysis.text(), date, analysis.lang(),
                analysis.fingerprint().contentHash(), duplicateOf, analysis.searchText()));
        duplicates.registerStored(id, analysis.fingerprint(), duplicateOf == null ? id : duplicateOf);
        if (duplicateOf != null) {
            duplicateCount++;
        }
        if (!passages.isEmpty()) {
            items.insertPassages(id, passages);
        }
        stored++;
        count(date.precision(), 1);
        return id;
    }

    /** A date settled after the item was stored (a year inferred from its neighbours). */
    void redate(long itemId, ItemDate before, ItemDate after) {
        items.updateDate(itemId, after);
        count(before.precision(), -1);
        count(after.precision(), 1);
    }

    private void count(DatePrecision precision, int delta) {
        precisions.merge(precision, delta, Integer::sum);
    }

    int stored() {
        return stored;
    }

    int duplicates() {
        return duplicateCount;
    }

    Map<DatePrecision, Integer> precisions() {
        return precisions;
    }
}
