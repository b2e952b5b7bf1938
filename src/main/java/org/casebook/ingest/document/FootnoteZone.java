package org.casebook.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates the footnotes at the bottom of a page from its body. The zone starts at a separator line (a
 * long run of spaces where the footnote rule was) followed by a numbered line; without a separator, a
 * trailing run of numbered lines counts only if the body above carries a glued marker for each number.
 * Lines in the zone that follow a blank line and do not start a footnote are page furniture (the letterhead
 * printed under the footnotes) and are dropped.
 */
final class FootnoteZone {

    private static final Pattern NOTE_START = Pattern.compile("^\\s{0,2}(\\d{1,3})[\\t ]+(\\S.*)$");
    private static final int MIN_SEPARATOR_WIDTH = 10;
    /** Footnotes without a separator are looked for only this close to the page end. */
    private static final int MAX_UNSEPARATED_ZONE_LINES = 40;

    record Footnote(int number, String text) {
    }

    record PageParts(List<String> bodyLines, List<Footnote> footnotes) {
    }

    private FootnoteZone() {
    }

    static PageParts split(List<String> lines) {
        int zone = separatorZone(lines);
        if (zone < 0) {
            zone = trailingNumberedZone(lines);
        }
        if (zone < 0) {
            return new PageParts(lines, List.of());
        }
        return new PageParts(lines.subList(0, zone), parse(lines.subList(zone, lines.size())));
    }

    private static int separatorZone(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() && line.replace("\t", "").length() >= MIN_SEPARATOR_WIDTH) {
                int next = nextText(lines, i + 1);
                if (next >= 0 && NOTE_START.matcher(lines.get(next)).matches()) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int trailingNumberedZone(List<String> lines) {
        for (int start = Math.max(1, lines.size() - MAX_UNSEPARATED_ZONE_LINES); start < lines.size(); start++) {
            if (NOTE_START.matcher(lines.get(start)).matches() && isFootnoteRun(lines, start)) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isFootnoteRun(List<String> lines, int start) {
        String body = String.join(" ", lines.subList(0, start));
        if (body.isBlank()) {
            return false;
        }
        int last = 0;
        boolean previousBlank = false;
        for (String line : lines.subList(start, lines.size())) {
            if (line.isBlank() || PageFurniture.isPageNumber(line)) {
                previousBlank = true;
                continue;
            }
            Matcher note = NOTE_START.matcher(line);
            if (note.matches()) {
                int number = Integer.parseInt(note.group(1));
                if (number <= last || !FootnoteMarkers.hasMarker(TextLines.clean(body), number)) {
                    return false;
                }
                last = number;
            } else if (previousBlank) {
                return false;
            }
            previousBlank = false;
        }
        return true;
    }

    private static List<Footnote> parse(List<String> zone) {
        List<Footnote> notes = new ArrayList<>();
        Integer number = null;
        String text = null;
        boolean afterBlank = false;
        for (String line : zone) {
            if (line.isBlank() || PageFurniture.isPageNumber(line)) {
                afterBlank = true;
                continue;
            }
            Matcher start = NOTE_START.matcher(line);
            if (start.matches() && (number == null || Integer.parseInt(start.group(1)) > number)) {
                add(notes, number, text);
                number = Integer.parseInt(start.group(1));
                text = TextLines.clean(start.group(2));
            } else if (text != null && !afterBlank) {
                text = LineJoiner.join(text, TextLines.clean(line), Set.of());
            } else {
                add(notes, number, text);
                text = null; // furniture: keep the last number so a stray "1" in an address is not a note
            }
            afterBlank = false;
        }
        add(notes, number, text);
        return notes;
    }

    private static void add(List<Footnote> notes, Integer number, String text) {
        if (number != null && text != null && !text.isEmpty()) {
            notes.add(new Footnote(number, text));
        }
    }

    private static int nextText(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
