package org.casebook.ui.chronology;

import java.util.ArrayList;
import java.util.List;

/** Splits a snippet whose matched words are marked [like this] into plain and highlighted runs. */
public final class Highlights {

    /** A run of text, highlighted or not. */
    public record Run(String text, boolean hit) {
    }

    private Highlights() {
    }

    public static List<Run> runs(String snippet) {
        List<Run> runs = new ArrayList<>();
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf('[', at);
            int close = open < 0 ? -1 : snippet.indexOf(']', open + 1);
            if (open < 0 || close < 0) {
                runs.add(new Run(snippet.substring(at), false));
                break;
            }
            if (open > at) {
                runs.add(new Run(snippet.substring(at, open), false));
            }
            runs.add(new Run(snippet.substring(open + 1, close), true));
            at = close + 1;
        }
        return runs;
    }
}
