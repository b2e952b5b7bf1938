package org.casebook.ingest.document;

import org.casebook.model.Passage;
import org.casebook.model.PassageKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Repairs text extracted from a PDF into numbered passages: tabs become spaces, hard-wrapped lines become
 * paragraphs again, glued footnote markers move into {@link Passage#footnoteRefs()}, footnotes become their
 * own passages, letterhead and page numbers go, headings are marked.
 */
public final class DocumentRepair {

    /** A paragraph on its way to becoming a passage. */
    private static final class Draft {
        final int page;
        String text;
        int lines;
        final boolean keepsLineBreaks;
        final Integer footnoteNumber;

        Draft(int page, String text, int lines, boolean keepsLineBreaks, Integer footnoteNumber) {
            this.page = page;
            this.text = text;
            this.lines = lines;
            this.keepsLineBreaks = keepsLineBreaks;
            this.footnoteNumber = footnoteNumber;
        }
    }

    /**
     * @param pages one string per page, or a whole document as one string (its page breaks are then found
     *              from form feeds or page-start lines; otherwise all of it is page 1)
     */
    public List<Passage> repair(List<String> pages) {
        List<FootnoteZone.PageParts> parts = PageSplitter.split(pages).stream().map(FootnoteZone::split).toList();
        LineLayout layout = LineLayout.detect(parts.stream().map(FootnoteZone.PageParts::bodyLines).toList());
        List<List<List<String>>> blocksPerPage = new ArrayList<>();
        for (FootnoteZone.PageParts page : parts) {
            blocksPerPage.add(new ArrayList<>(layout.blocks(page.bodyLines())));
        }
        PageFurniture.strip(blocksPerPage);
        LineJoiner joiner = LineJoiner.forBlocks(blocksPerPage.stream().flatMap(List::stream).toList());

        List<Draft> ordered = new ArrayList<>();
        Draft lastBody = null;
        Set<Integer> footnoteNumbers = new TreeSet<>();
        for (int index = 0; index < parts.size(); index++) {
            int page = index + 1;
            boolean firstOnPage = true;
            for (List<String> block : blocksPerPage.get(index)) {
                for (LineJoiner.Paragraph paragraph : joiner.paragraphs(block)) {
                    if (firstOnPage && lastBody != null && continuesOnNextPage(lastBody, paragraph)) {
                        lastBody.text = joiner.join(lastBody.text, paragraph.text());
                        lastBody.lines += paragraph.lines();
                    } else {
                        lastBody = new Draft(page, paragraph.text(), paragraph.lines(), paragraph.keepsLineBreaks(), null);
                        ordered.add(lastBody);
                    }
                    firstOnPage = false;
                }
            }
            for (FootnoteZone.Footnote note : parts.get(index).footnotes()) {
                ordered.add(new Draft(page, note.text(), 1, false, note.number()));
                footnoteNumbers.add(note.number());
            }
        }
        return toPassages(ordered, footnoteNumbers);
    }

    /** A paragraph cut by a page break: the page's last paragraph stops mid-sentence. */
    private static boolean continuesOnNextPage(Draft previous, LineJoiner.Paragraph next) {
        return !previous.keepsLineBreaks && !next.keepsLineBreaks()
                && !TextLines.endsSentence(previous.text)
                && (previous.lines > 1 || TextLines.startsLowercase(next.text()))
                && Character.isLetter(next.text().codePointAt(0));
    }

    private static List<Passage> toPassages(List<Draft> drafts, Set<Integer> footnoteNumbers) {
        List<Passage> passages = new ArrayList<>();
        boolean signedOff = false;
        int number = 0;
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            number++;
            if (draft.footnoteNumber != null) {
                passages.add(new Passage(draft.page, number, PassageKind.FOOTNOTE, draft.text, draft.footnoteNumber, List.of()));
                continue;
            }
            FootnoteMarkers.Stripped stripped = FootnoteMarkers.strip(draft.text, footnoteNumbers);
            signedOff |= PageFurniture.SIGN_OFF.matcher(stripped.text()).find();
            boolean heading = !signedOff && stripped.refs().isEmpty()
                    && HeadingRule.isHeading(stripped.text(), draft.lines, nextBodyText(drafts, i));
            PassageKind kind = heading ? PassageKind.HEADING : PassageKind.BODY;
            passages.add(new Passage(draft.page, number, kind, stripped.text(), null, stripped.refs()));
        }
        return passages;
    }

    private static String nextBodyText(List<Draft> drafts, int index) {
        for (int i = index + 1; i < drafts.size(); i++) {
            if (drafts.get(i).footnoteNumber == null) {
                return drafts.get(i).text;
            }
        }
        return null;
    }
}
