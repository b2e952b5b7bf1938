package org.casebook.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The panes of the main window, in the order of the switcher. Dossier and network views come later. */
public enum Pane {
    CHRONOLOGY("Chronology", MaterialDesignT.TIMELINE_TEXT, true),
    DOSSIER("Dossier", MaterialDesignC.CARD_ACCOUNT_DETAILS_OUTLINE, false),
    NETWORK("Network", MaterialDesignG.GRAPH_OUTLINE, false);

    private final String title;
    private final Ikon icon;
    private final boolean available;

    Pane(String title, Ikon icon, boolean available) {
        this.title = title;
        this.icon = icon;
        this.available = available;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    public boolean available() {
        return available;
    }

    /** The pane of a remembered name, or the chronology when the name is unknown or the pane not available yet. */
    public static Pane ofName(String name) {
        for (Pane p : values()) {
            if (p.name().equalsIgnoreCase(name) && p.available) {
                return p;
            }
        }
        return CHRONOLOGY;
    }
}
