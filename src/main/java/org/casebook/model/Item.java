package org.casebook.model;

/** One report: cleaned text, where it came from, its date, language and, for a repeat, the item it repeats. */
public record Item(long id, long sourceId, String sourceName, Locator locator, String text, ItemDate date,
                   String lang, Long duplicateOf) {

    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}
