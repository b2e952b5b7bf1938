package org.casebook.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts extracted text into pages of raw lines. Text handed over per page stays as it is; a whole document in
 * one string is cut at form feeds, or else at the lines some PDF-to-text tools begin every page with: a
 * single leading space before the first word (the demo letters show it at each page start).
 */
final class PageSplitter {

    private static final Pattern PAGE_START = Pattern.compile("^ \\S.*");
    /** A leading space that shows up more often than once every ten lines is indentation, not a page start. */
    private static final int MIN_LINES_PER_PAGE = 10;

    private PageSplitter() {
    }

    static List<List<String>> split(List<String> pages) {
        if (pages.size() != 1) {
            return pages.stream().map(TextLines::split).toList();
        }
        String text = pages.get(0);
        if (text.indexOf('\f') >= 0) {
            return splitAtFormFeeds(text);
        }
        List<String> lines = TextLines.split(text);
        List<Integer> starts = leadingSpacePageStarts(lines);
        List<List<String>> result = new ArrayList<>();
        int from = 0;
        for (int start : starts) {
            result.add(lines.subList(from, start));
            from = start;
        }
        result.add(lines.subList(from, lines.size()));
        return result;
    }

    private static List<List<String>> splitAtFormFeeds(String text) {
        List<List<String>> result = new ArrayList<>();
        for (String page : text.split("\f", -1)) {
            result.add(TextLines.split(page));
        }
        while (result.size() > 1 && String.join("", result.get(result.size() - 1)).isBlank()) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    private static List<Integer> leadingSpacePageStarts(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first == lines.size() || !PAGE_START.matcher(lines.get(first)).matches()) {
            return List.of();
        }
        List<Integer> starts = new ArrayList<>();
        int textLines = 0;
        for (int i = first; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                textLines++;
            }
            if (i > first && PAGE_START.matcher(lines.get(i)).matches()) {
                starts.add(i);
            }
        }
        boolean plausible = (starts.size() + 1) * MIN_LINES_PER_PAGE <= textLines;
        return plausible ? starts : List.of();
    }
}
