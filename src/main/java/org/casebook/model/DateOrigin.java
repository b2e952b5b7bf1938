package org.casebook.model;

/** Whether the text states the date, or Casebook worked it out (a missing year from neighbouring items, a document's date from its contents). */
public enum DateOrigin {
    STATED, INFERRED;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DateOrigin ofKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
