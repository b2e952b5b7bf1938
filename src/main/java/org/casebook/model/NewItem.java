package org.casebook.model;

/**
 * An item about to be stored. contentHash identifies the normalised text (exact-duplicate detection); searchText is
 * the text with every word folded for the search index (transliteration, case, diacritics).
 */
public record NewItem(long sourceId, Locator locator, String text, ItemDate date, String lang, long contentHash,
                      Long duplicateOf, String searchText) {
}
