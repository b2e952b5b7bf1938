package org.casebook.ingest.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what is printed on a page but is not part of the text: page numbers, lines repeated at the top or
 * bottom of many pages, and letterhead blocks (address, phone, web) at a page edge. Once a letter is signed
 * off, the addresses that follow are its CC list and stay.
 */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(page|p\\.|стр\\.?|страница)?\\s*[-–—]?\\s*\\d{1,4}\\s*[-–—]?(\\s*(of|/|из)\\s*\\d{1,4})?$");
    private static final List<Pattern> CONTACT = List.of(
            Pattern.compile("\\+\\d[\\d ()\\-]{6,}"),
            Pattern.compile("(?i)\\b(tel|phone|fax|t|f)\\b\\.?\\s*:\\s*\\(?\\d"),
            Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"),
            Pattern.compile("(?i)(www\\.|https?://|\\b[\\w-]+\\.(com|org|eu|net)\\b)"),
            Pattern.compile("^\\d{2}-\\d{3}\\s+\\p{Lu}"),
            Pattern.compile("^\\d{4,5}\\s+\\p{Lu}\\p{L}+"),
            Pattern.compile("(?i)(?=.*\\d).*\\b(avenue|street|str\\.|strasse|straße|rue|road|ul\\.|platz|boulevard|office\\s+\\d+|suite\\s+\\d+)"),
            Pattern.compile("(?i)\\b(postal box|p\\.?\\s?o\\.?\\s?box|postfach)\\b"),
            Pattern.compile("(?i)\\b(krs|nip|regon|vat\\s*(no|id)?|registration\\s*(no|number))\\b.*\\d"));
    private static final int MAX_LETTERHEAD_LINE = 90;
    static final Pattern SIGN_OFF = Pattern.compile(
            "(?i)^(yours\\b|sincerely|kind regards|best regards|with regards|regards,|respectfully|cc\\b|c\\.c\\.|copy to|с уважением|з повагою)");

    private PageFurniture() {
    }

    static void strip(List<List<List<String>>> pages) {
        Set<String> repeated = repeatedEdgeLines(pages);
        boolean signedOff = false;
        for (List<List<String>> blocks : pages) {
            stripEdgeLines(blocks, repeated);
            if (signedOff) {
                continue;
            }
            while (!blocks.isEmpty() && isLetterhead(blocks.get(0))) {
                blocks.remove(0);
            }
            signedOff = blocks.stream().anyMatch(block -> SIGN_OFF.matcher(block.get(0)).find());
            while (!signedOff && !blocks.isEmpty() && isLetterhead(blocks.get(blocks.size() - 1))) {
                blocks.remove(blocks.size() - 1);
            }
        }
    }

    static boolean isLetterhead(List<String> block) {
        if (block.stream().anyMatch(line -> line.length() > MAX_LETTERHEAD_LINE)) {
            return false;
        }
        long contacts = block.stream().filter(PageFurniture::isContactLine).count();
        return contacts > 0 && contacts * 2 >= block.size();
    }

    static boolean isContactLine(String line) {
        return CONTACT.stream().anyMatch(pattern -> pattern.matcher(line).find());
    }

    private static void stripEdgeLines(List<List<String>> blocks, Set<String> repeated) {
        while (!blocks.isEmpty() && isFurnitureLine(blocks.get(0).get(0), repeated)) {
            removeLine(blocks, 0, 0);
        }
        while (!blocks.isEmpty()) {
            List<String> last = blocks.get(blocks.size() - 1);
            if (!isFurnitureLine(last.get(last.size() - 1), repeated)) {
                break;
            }
            removeLine(blocks, blocks.size() - 1, last.size() - 1);
        }
    }

    private static boolean isFurnitureLine(String line, Set<String> repeated) {
        return isPageNumber(line) || repeated.contains(edgeKey(line));
    }

    static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(TextLines.clean(line)).matches();
    }

    private static void removeLine(List<List<String>> blocks, int block, int line) {
        List<String> lines = new java.util.ArrayList<>(blocks.get(block));
        lines.remove(line);
        if (lines.isEmpty()) {
            blocks.remove(block);
        } else {
            blocks.set(block, lines);
        }
    }

    /** First and last lines that recur on at least half of the pages (and on two or more). */
    private static Set<String> repeatedEdgeLines(List<List<List<String>>> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<List<String>> blocks : pages) {
            if (blocks.isEmpty()) {
                continue;
            }
            Set<String> edges = new HashSet<>();
            edges.add(edgeKey(blocks.get(0).get(0)));
            List<String> last = blocks.get(blocks.size() - 1);
            edges.add(edgeKey(last.get(last.size() - 1)));
            edges.forEach(key -> pagesWith.merge(key, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Set<String> repeated = new HashSet<>();
        pagesWith.forEach((key, count) -> {
            if (count >= needed) {
                repeated.add(key);
            }
        });
        return repeated;
    }

    /** Page numbers differ from page to page, so digits are ignored when comparing. */
    private static String edgeKey(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    }
}
