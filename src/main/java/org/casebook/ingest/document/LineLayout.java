package org.casebook.ingest.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides what separates paragraphs. Usually any blank line does. Some extractions double-space every
 * wrapped line with an empty line and mark the real paragraph breaks with lines holding only spaces;
 * that layout is recognised when most text lines are followed by an empty line although many of them
 * stop mid-sentence.
 */
final class LineLayout {

    private final boolean emptyLinesAreWraps;

    private LineLayout(boolean emptyLinesAreWraps) {
        this.emptyLinesAreWraps = emptyLinesAreWraps;
    }

    static LineLayout detect(List<List<String>> pages) {
        int textLines = 0;
        int followedByEmpty = 0;
        int unfinishedBeforeEmpty = 0;
        boolean hasSpaceOnlyLines = false;
        for (List<String> lines : pages) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    hasSpaceOnlyLines |= !line.isEmpty();
                    continue;
                }
                if (i + 1 < lines.size()) {
                    textLines++;
                    if (lines.get(i + 1).isEmpty()) {
                        followedByEmpty++;
                        if (!TextLines.endsSentence(line)) {
                            unfinishedBeforeEmpty++;
                        }
                    }
                }
            }
        }
        boolean doubleSpaced = hasSpaceOnlyLines && textLines > 0
                && followedByEmpty >= 0.6 * textLines
                && unfinishedBeforeEmpty >= 0.4 * followedByEmpty;
        return new LineLayout(doubleSpaced);
    }

    boolean emptyLinesAreWraps() {
        return emptyLinesAreWraps;
    }

    /** Groups raw lines into blocks of cleaned, non-blank lines. */
    List<List<String>> blocks(List<String> rawLines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String raw : rawLines) {
            if (raw.isBlank()) {
                if (emptyLinesAreWraps && raw.isEmpty()) {
                    continue;
                }
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(TextLines.clean(raw));
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
