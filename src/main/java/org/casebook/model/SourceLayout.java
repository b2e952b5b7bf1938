package org.casebook.model;

/** A list file holds one report per line, newest first; a document is one item made of paragraphs. */
public enum SourceLayout {
    LIST, DOCUMENT;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SourceLayout ofKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
