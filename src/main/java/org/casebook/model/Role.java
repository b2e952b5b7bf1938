package org.casebook.model;

import java.util.Locale;

/** A person's part in a case, in HURIDOCS' sense of the people involved in a violation. */
public enum Role {
    DEFENDANT, DETAINEE, VICTIM, RELATIVE, LAWYER, JUDGE, PROSECUTOR, OFFICIAL, JOURNALIST, ADVOCATE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
