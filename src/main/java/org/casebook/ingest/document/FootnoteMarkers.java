package org.casebook.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote markers that text extraction glued to the preceding word ({@code investigations2,},
 * {@code Kazakhstan".1}). Only numbers of footnotes the document really has are taken, so "G7" or a year
 * after a space are never touched.
 */
final class FootnoteMarkers {

    private static final Pattern GLUED =
            Pattern.compile("(?<=\\p{L}{2}[\"'”’)\\]]{0,2}[.,;:!?]?)(\\d{1,3})(?=[\\s.,;:!?)\\]\"'”’]|$)");

    record Stripped(String text, List<Integer> refs) {
    }

    private FootnoteMarkers() {
    }

    static Stripped strip(String text, Set<Integer> footnoteNumbers) {
        if (footnoteNumbers.isEmpty()) {
            return new Stripped(text, List.of());
        }
        Matcher matcher = GLUED.matcher(text);
        StringBuilder out = new StringBuilder();
        List<Integer> refs = new ArrayList<>();
        while (matcher.find()) {
            int number = Integer.parseInt(matcher.group(1));
            if (footnoteNumbers.contains(number)) {
                refs.add(number);
                matcher.appendReplacement(out, "");
            }
        }
        matcher.appendTail(out);
        return new Stripped(out.toString(), refs);
    }

    static boolean hasMarker(String text, int number) {
        Matcher matcher = GLUED.matcher(text);
        while (matcher.find()) {
            if (Integer.parseInt(matcher.group(1)) == number) {
                return true;
            }
        }
        return false;
    }
}
