package org.casebook.ingest;

import org.casebook.model.SourceLayout;

/**
 * Tells a list file (one report per line) from a document whose lines were hard-wrapped, as text extracted from a
 * PDF is: in a document many lines carry tab-separated words or run on into a next line that starts in lower case;
 * in a list almost none do.
 */
public final class LayoutClassifier {

    static final double DOCUMENT_SHARE = 0.2;

    private LayoutClassifier() {
    }

    public static SourceLayout classify(String sample) {
        String[] lines = sample.split("\\R");
        int text = 0;
        int tabbed = 0;
        int runOn = 0;
        String previous = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            text++;
            if (line.indexOf('\t') > 0) {
                tabbed++;
            }
            if (previous != null && Character.isLowerCase(line.codePointAt(0))) {
                runOn++;
            }
            previous = line;
        }
        if (text < 2) {
            return SourceLayout.LIST;
        }
        return tabbed > DOCUMENT_SHARE * text || runOn > DOCUMENT_SHARE * text
                ? SourceLayout.DOCUMENT : SourceLayout.LIST;
    }
}
