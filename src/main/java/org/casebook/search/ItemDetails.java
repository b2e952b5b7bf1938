package org.casebook.search;

import java.util.List;
import org.casebook.model.Item;
import org.casebook.model.Source;
import org.casebook.store.EntityStore.PersonSpan;
import org.casebook.store.NoteStore;
import org.casebook.store.Workspace;

/**
 * One item as the window's detail shows it: the full text with the spans of the persons recognised in it, where it
 * comes from (source file, locator, SHA-256 of the file, import time), the other items of its report (its primary and
 * repeats), and the researcher's tags and note.
 */
public final class ItemDetails {

    /** Everything the item detail shows. {@code note} is empty text when there is none. */
    public record Detail(Item item, Source source, List<PersonSpan> names, List<Item> sameReport, List<String> tags,
                         String note) {
    }

    private final Workspace workspace;

    public ItemDetails(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The item's detail; {@code null} when there is no such item. */
    public Detail of(long itemId) {
        Item item = workspace.items().find(itemId).orElse(null);
        if (item == null) {
            return null;
        }
        Source source = workspace.sources().find(item.sourceId()).orElseThrow();
        // a repeat's names were found in its primary only; its own text is shown plain
        List<PersonSpan> names = workspace.entities().personSpans(itemId);
        return new Detail(item, source, names, workspace.items().sameReport(itemId), workspace.tags().of(itemId),
                workspace.notes().ofItem(itemId).map(NoteStore.Note::text).orElse(""));
    }
}
