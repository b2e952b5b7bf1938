package org.casebook.ui;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The panes of the main window. The first three are in the switcher, in its order (Ctrl+1, 2, 3). The item detail is opened from a row, a name or a dossier, never from the switcher.
 */
public enum Pane {
    CHRONOLOGY("Chronology", MaterialDesignT.TIMELINE_TEXT, true),
    DOSSIER("Dossier", MaterialDesignC.CARD_ACCOUNT_DETAILS_OUTLINE, true),
    NETWORK("Network", MaterialDesignG.GRAPH_OUTLINE, true),
    ITEM("Item", MaterialDesignF.FILE_DOCUMENT_OUTLINE, false);

    private final String title;
    private final Ikon icon;
    private final boolean switched;

    Pane(String title, Ikon icon, boolean switched) {
        this.title = title;
        this.icon = icon;
        this.switched = switched;
    }

    /** Whether the pane is in the switcher and the View menu. */
    public boolean inSwitcher() {
        return switched;
    }

    public String title() {
        return title;
    }

    public Ikon icon() {
        return icon;
    }

    /** The pane of a remembered name, or the chronology when the name is unknown or not a switcher pane. */
    public static Pane ofName(String name) {
        for (Pane p : values()) {
            if (p.name().equalsIgnoreCase(name) && p.switched) {
                return p;
            }
        }
        return CHRONOLOGY;
    }
}
