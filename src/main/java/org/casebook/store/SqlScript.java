package org.casebook.store;

import java.util.ArrayList;
import java.util.List;

/** Splits a migration script into statements: on semicolons outside quotes, dropping "--" comments. */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inString = false;
        int depth = 0; // BEGIN ... END of triggers contain semicolons
        for (String line : script.split("\\R")) {
            String code = inString ? line : stripComment(line);
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '\'') {
                    inString = !inString;
                }
                if (!inString && !isWordChar(c)) {
                    depth += keywordDepthChange(current, depth);
                }
                current.append(c);
                if (!inString && c == ';' && depth == 0) {
                    add(statements, current);
                    current.setLength(0);
                }
            }
            if (!inString) {
                depth += keywordDepthChange(current, depth);
            }
            current.append('\n');
        }
        add(statements, current);
        return statements;
    }

    /** +1 when the text just ended the word BEGIN, -1 for END inside a BEGIN block ("begin_char" is neither). */
    private static int keywordDepthChange(StringBuilder current, int depth) {
        String upper = current.toString().toUpperCase(java.util.Locale.ROOT);
        if (endsWithWord(upper, "BEGIN")) {
            return 1;
        }
        return endsWithWord(upper, "END") && depth > 0 ? -1 : 0;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean endsWithWord(String text, String word) {
        if (!text.endsWith(word)) {
            return false;
        }
        int before = text.length() - word.length() - 1;
        return before < 0 || !Character.isLetterOrDigit(text.charAt(before)) && text.charAt(before) != '_';
    }

    private static String stripComment(String line) {
        boolean inString = false;
        for (int i = 0; i < line.length() - 1; i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                inString = !inString;
            } else if (!inString && c == '-' && line.charAt(i + 1) == '-') {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static void add(List<String> statements, StringBuilder sql) {
        String statement = sql.toString().strip();
        if (!statement.isEmpty() && !statement.equals(";")) {
            statements.add(statement);
        }
    }
}
