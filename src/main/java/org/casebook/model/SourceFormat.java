package org.casebook.model;

/** The file formats Casebook reads. */
public enum SourceFormat {
    TXT, PDF, DOCX, HTML;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static SourceFormat ofKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
