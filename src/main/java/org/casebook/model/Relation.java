package org.casebook.model;

import java.util.Locale;

/** How two persons are related; LAWYER_OF reads "person is the lawyer of other". */
public enum Relation {
    SPOUSE, CHILD, PARENT, SIBLING, RELATIVE, LAWYER_OF, COLLEAGUE;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Relation ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
