package org.casebook.model;

/** How much of an item's date is known. The ISO form of a date is cut to this precision. */
public enum DatePrecision {
    DAY, MONTH, YEAR, UNKNOWN;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static DatePrecision ofKey(String key) {
        return valueOf(key.toUpperCase(java.util.Locale.ROOT));
    }
}
