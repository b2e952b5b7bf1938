package org.casebook.model;

/** A mention as stored, with where its item stands (source and line; line 0 for a document). */
public record StoredMention(long id, long itemId, long sourceId, int line, Mention mention) {
}
