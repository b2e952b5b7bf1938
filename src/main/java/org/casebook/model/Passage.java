package org.casebook.model;

/**
 * One paragraph of a document with its place (page, paragraph number counted over the whole document),
 * kept so a briefing can cite "p. 2 ¶ 7". Footnotes carry their number; body paragraphs list the footnote
 * numbers whose markers were cut out of their text.
 */
public record Passage(int page, int paragraph, PassageKind kind, String text, Integer footnoteNumber,
                      java.util.List<Integer> footnoteRefs) {

    public Passage {
        footnoteRefs = footnoteRefs == null ? java.util.List.of() : java.util.List.copyOf(footnoteRefs);
    }

    public static Passage body(int page, int paragraph, String text) {
        return new Passage(page, paragraph, PassageKind.BODY, text, null, java.util.List.of());
    }

    public Locator locator() {
        return Locator.paragraph(page, paragraph);
    }
}
