package org.casebook.model;

import java.util.Locale;

/** What a named thing is. Names follow FollowTheMoney's schemata where they exist (Person, Organization, Address). */
public enum EntityKind {
    PERSON, ORGANISATION, PLACE, CASE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntityKind ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
