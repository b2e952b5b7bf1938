package org.casebook.ingest.document;

/**
 * Recognises headings among repaired paragraphs: a line in capitals, or a short unpunctuated title line
 * followed by a full paragraph. Nothing after a letter's sign-off is a heading (names, titles, CC lists).
 */
final class HeadingRule {

    private static final int MAX_CAPS_WORDS = 25;
    private static final int MAX_TITLE_WORDS = 20;
    private static final int MAX_TITLE_LINES = 2;
    private static final int MIN_FOLLOWING_WORDS = 20;

    private HeadingRule() {
    }

    static boolean isHeading(String text, int lines, String nextText) {
        if (text.contains("\n") || text.endsWith(".")) {
            return false;
        }
        return isCapitals(text) || isTitle(text, lines, nextText);
    }

    private static boolean isCapitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= 6 && upper >= 0.8 * letters && TextLines.words(text) <= MAX_CAPS_WORDS;
    }

    private static boolean isTitle(String text, int lines, String nextText) {
        char last = text.charAt(text.length() - 1);
        int first = text.codePointAt(0);
        return lines <= MAX_TITLE_LINES
                && TextLines.words(text) <= MAX_TITLE_WORDS
                && ",;:!?".indexOf(last) < 0
                && (Character.isUpperCase(first) || Character.isDigit(first))
                && nextText != null && TextLines.words(nextText) >= MIN_FOLLOWING_WORDS;
    }
}
