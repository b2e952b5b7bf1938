package org.casebook.model;

/**
 * Where an item, or a passage of it, stands in its source: a line of a list file, or a page and paragraph of a
 * document. Used for citations.
 */
public record Locator(Integer line, Integer page, Integer paragraph) {

    public static Locator line(int line) {
        return new Locator(line, null, null);
    }

    public static Locator paragraph(int page, int paragraph) {
        return new Locator(null, page, paragraph);
    }

    public boolean isLine() {
        return line != null;
    }

    @Override
    public String toString() {
        return isLine() ? "line " + line : "p. " + page + " ¶ " + paragraph;
    }
}
