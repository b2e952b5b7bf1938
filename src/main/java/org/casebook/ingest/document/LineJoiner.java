package org.casebook.ingest.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns blocks of hard-wrapped lines back into paragraphs. The wrap width is read from the document itself
 * (most lines of a wrapped text are about equally long); a block of lines all well short of it is an
 * address or signature and keeps its line breaks.
 */
final class LineJoiner {

    /** Longer lines were not wrapped by a layout engine; each is a paragraph of its own. */
    private static final int MAX_WRAPPED_LINE = 150;
    private static final double SHORT_LINE = 0.6;
    private static final double FULL_LINE = 0.8;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern TRAILING_LETTERS = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern LEADING_LETTERS = Pattern.compile("^(\\p{L}+)");

    record Paragraph(String text, int lines, boolean keepsLineBreaks) {
    }

    private final Set<String> vocabulary;
    private final int wrapWidth;
    private final boolean hardWrapped;

    private LineJoiner(Set<String> vocabulary, int wrapWidth, boolean hardWrapped) {
        this.vocabulary = vocabulary;
        this.wrapWidth = wrapWidth;
        this.hardWrapped = hardWrapped;
    }

    static LineJoiner forBlocks(List<List<String>> blocks) {
        List<String> lines = blocks.stream().flatMap(List::stream).toList();
        Set<String> vocabulary = new HashSet<>();
        for (String line : lines) {
            Matcher word = WORD.matcher(line);
            while (word.find()) {
                vocabulary.add(word.group().toLowerCase(Locale.ROOT));
            }
        }
        if (lines.isEmpty()) {
            return new LineJoiner(vocabulary, 0, false);
        }
        int[] lengths = lines.stream().mapToInt(String::length).sorted().toArray();
        int width = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
        long unfinished = lines.stream().filter(line -> !TextLines.endsSentence(line)).count();
        boolean hardWrapped = width <= MAX_WRAPPED_LINE && unfinished >= 0.3 * lines.size();
        return new LineJoiner(vocabulary, width, hardWrapped);
    }

    List<Paragraph> paragraphs(List<String> block) {
        if (!hardWrapped) {
            return block.stream().map(line -> new Paragraph(line, 1, false)).toList();
        }
        if (block.size() > 1 && block.subList(0, block.size() - 1).stream().allMatch(this::isShort)) {
            return List.of(new Paragraph(String.join("\n", block), block.size(), true));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        String current = null;
        int count = 0;
        for (String line : block) {
            current = current == null ? line : join(current, line, vocabulary);
            count++;
            if (line.length() > MAX_WRAPPED_LINE || (TextLines.endsSentence(line) && line.length() < FULL_LINE * wrapWidth)) {
                paragraphs.add(new Paragraph(current, count, false));
                current = null;
                count = 0;
            }
        }
        if (current != null) {
            paragraphs.add(new Paragraph(current, count, false));
        }
        return paragraphs;
    }

    String join(String current, String next) {
        return join(current, next, vocabulary);
    }

    private boolean isShort(String line) {
        return line.length() < SHORT_LINE * wrapWidth;
    }

    /**
     * Joins a line to the one before it. A hyphen at the line end is dropped only when the joined word occurs
     * elsewhere in the document (a word split by hyphenation); otherwise it is a compound ("non-authoritarian")
     * or part of a URL and stays, without a space.
     */
    static String join(String current, String next, Set<String> vocabulary) {
        if (current.endsWith("\u00AD")) {
            return current.substring(0, current.length() - 1) + next;
        }
        String lastToken = lastToken(current);
        boolean url = lastToken.contains("://") || lastToken.startsWith("www.");
        if (current.endsWith("-") && current.length() > 1 && Character.isLetterOrDigit(current.charAt(current.length() - 2))) {
            if (!url && TextLines.startsLowercase(next) && isSplitWord(current, next, vocabulary)) {
                return current.substring(0, current.length() - 1) + next;
            }
            return current + next;
        }
        if (url && current.endsWith("/")) {
            return current + next;
        }
        return current + " " + next;
    }

    private static boolean isSplitWord(String current, String next, Set<String> vocabulary) {
        Matcher head = TRAILING_LETTERS.matcher(current);
        Matcher tail = LEADING_LETTERS.matcher(next);
        return head.find() && tail.find()
                && vocabulary.contains((head.group(1) + tail.group(1)).toLowerCase(Locale.ROOT));
    }

    private static String lastToken(String text) {
        String[] tokens = text.strip().split("\\s+");
        return tokens.length == 0 ? "" : Arrays.asList(tokens).get(tokens.length - 1);
    }
}
