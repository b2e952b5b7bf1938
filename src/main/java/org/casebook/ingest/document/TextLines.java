package org.casebook.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small helpers on lines of extracted text. */
final class TextLines {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]+");
    private static final Pattern TERMINAL = Pattern.compile("[.!?:;…][\"'”’»)\\]]*$");

    private TextLines() {
    }

    static List<String> split(String text) {
        return new ArrayList<>(List.of(LINE_BREAK.split(text, -1)));
    }

    /** Tabs and runs of spaces become one space; ends trimmed. */
    static String clean(String line) {
        return SPACES.matcher(line).replaceAll(" ").strip();
    }

    static boolean endsSentence(String text) {
        return TERMINAL.matcher(text.strip()).find();
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    static boolean startsLowercase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }
}
