package org.casebook.model;

/** The role of a paragraph inside a document. */
public enum PassageKind {
    HEADING, BODY, FOOTNOTE;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static PassageKind ofKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
