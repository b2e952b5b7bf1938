package org.casebook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the search language of docs/search.md by recursive descent:
 * <pre>
 * query   := or
 * or      := and ("OR" and)*
 * and     := unary+
 * unary   := "-" primary | primary
 * primary := "(" or ")" | '"' word* '"' | "NEAR(" word word+ ["," number] ")" | field ":" value | word ["*"]
 * </pre>
 * Every problem is reported with its position; nothing is guessed.
 */
public final class QueryParser {

    public static final Set<String> FIELDS = Set.of("person", "case", "org", "place", "from", "to", "lang", "source",
            "tag", "dup");

    private final String text;
    private int at;

    private QueryParser(String text) {
        this.text = text;
    }

    public static Query parse(String text) {
        QueryParser parser = new QueryParser(text);
        parser.skipSpaces();
        if (parser.at >= text.length()) {
            throw new SearchSyntaxException("the query is empty", 1);
        }
        Query query = parser.or();
        parser.skipSpaces();
        if (parser.at < text.length()) {
            throw new SearchSyntaxException(text.charAt(parser.at) == ')' ? "a ')' without its '('"
                    : "unexpected '" + text.charAt(parser.at) + "'", parser.at + 1);
        }
        return query;
    }

    private Query or() {
        List<Query> parts = new ArrayList<>();
        parts.add(and());
        while (keyword("OR")) {
            int position = at + 1;
            at += 2;
            skipSpaces();
            if (at >= text.length() || text.charAt(at) == ')' || keyword("OR")) {
                throw new SearchSyntaxException("OR needs a term on both sides", position);
            }
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Query.Or(parts);
    }

    private Query and() {
        List<Query> parts = new ArrayList<>();
        skipSpaces();
        if (keyword("OR")) {
            throw new SearchSyntaxException("OR needs a term on both sides", at + 1);
        }
        while (at < text.length() && text.charAt(at) != ')' && !keyword("OR")) {
            parts.add(unary());
            skipSpaces();
        }
        if (parts.isEmpty()) {
            throw new SearchSyntaxException(at < text.length() ? "'(' with nothing inside" : "a term is missing",
                    Math.max(1, at));
        }
        return parts.size() == 1 ? parts.get(0) : new Query.And(parts);
    }

    private Query unary() {
        if (text.charAt(at) == '-') {
            int position = at + 1;
            at++;
            if (at >= text.length() || Character.isWhitespace(text.charAt(at))) {
                throw new SearchSyntaxException("'-' must stand right before the word to leave out", position);
            }
            return new Query.Not(primary());
        }
        return primary();
    }

    private Query primary() {
        char c = text.charAt(at);
        if (c == '(') {
            int open = at + 1;
            at++;
            Query inner = or();
            skipSpaces();
            if (at >= text.length() || text.charAt(at) != ')') {
                throw new SearchSyntaxException("'(' is never closed", open);
            }
            at++;
            return inner;
        }
        if (c == '"') {
            return phrase();
        }
        if (text.startsWith("NEAR(", at)) {
            return near();
        }
        int start = at;
        while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "()\"".indexOf(text.charAt(at)) < 0
                && text.charAt(at) != ':') {
            at++;
        }
        String word = text.substring(start, at);
        if (at < text.length() && text.charAt(at) == ':') {
            return field(word, start);
        }
        boolean prefix = word.endsWith("*");
        String bare = prefix ? word.substring(0, word.length() - 1) : word;
        if (bare.isEmpty() || bare.chars().noneMatch(Character::isLetterOrDigit)) {
            throw new SearchSyntaxException("'" + word + "' is not a word to look for", start + 1);
        }
        if (bare.contains("*")) {
            throw new SearchSyntaxException("'*' may only end a word", start + bare.indexOf('*') + 1);
        }
        return new Query.Word(bare, prefix);
    }

    private Query phrase() {
        int open = at + 1;
        int close = text.indexOf('"', at + 1);
        if (close < 0) {
            throw new SearchSyntaxException("the quote is never closed", open);
        }
        List<String> words = new ArrayList<>();
        for (String w : text.substring(at + 1, close).trim().split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        at = close + 1;
        if (words.isEmpty()) {
            throw new SearchSyntaxException("the quotes hold no words", open);
        }
        return new Query.Phrase(words);
    }

    static final int DEFAULT_NEAR = 10;

    private Query near() {
        int start = at + 1;
        int close = text.indexOf(')', at);
        if (close < 0) {
            throw new SearchSyntaxException("NEAR( is never closed", start);
        }
        String inside = text.substring(at + 5, close);
        at = close + 1;
        int distance = DEFAULT_NEAR;
        int comma = inside.lastIndexOf(',');
        if (comma >= 0) {
            String number = inside.substring(comma + 1).trim();
            if (!number.matches("\\d{1,3}")) {
                throw new SearchSyntaxException("NEAR takes a distance in words after the comma", start);
            }
            distance = Integer.parseInt(number);
            inside = inside.substring(0, comma);
        }
        List<String> words = new ArrayList<>();
        for (String w : inside.trim().split("\\s+")) {
            if (!w.isBlank()) {
                words.add(w.replace("\"", ""));
            }
        }
        if (words.size() < 2) {
            throw new SearchSyntaxException("NEAR needs at least two words", start);
        }
        return new Query.Near(words, distance);
    }

    private Query field(String name, int start) {
        String field = name.toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(field)) {
            throw new SearchSyntaxException("unknown field '" + name + "' (known: person, case, org, place, from, to, "
                    + "lang, source, tag, dup)", start + 1);
        }
        at++; // the colon
        String value;
        if (at < text.length() && text.charAt(at) == '"') {
            int close = text.indexOf('"', at + 1);
            if (close < 0) {
                throw new SearchSyntaxException("the quote is never closed", at + 1);
            }
            value = text.substring(at + 1, close).trim();
            at = close + 1;
        } else {
            int valueStart = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != ')') {
                at++;
            }
            value = text.substring(valueStart, at);
        }
        if (value.isEmpty()) {
            throw new SearchSyntaxException("the field '" + field + ":' has no value", start + 1);
        }
        return new Query.Field(field, value, start + 1);
    }

    private boolean keyword(String word) {
        return text.startsWith(word, at) && (at + word.length() == text.length()
                || Character.isWhitespace(text.charAt(at + word.length())) || text.charAt(at + word.length()) == '(');
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
