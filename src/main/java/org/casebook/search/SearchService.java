package org.casebook.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casebook.model.EntityKind;
import org.casebook.model.Item;
import org.casebook.resolve.EntityPass;
import org.casebook.resolve.NameKey;
import org.casebook.resolve.PersonLookup;
import org.casebook.store.ChronologyStore;
import org.casebook.store.ItemColumns;
import org.casebook.store.Memberships;
import org.casebook.store.SearchStore;
import org.casebook.store.Workspace;

/**
 * Runs a query of the search language over a workspace. Words and phrases are matched against the folded index
 * (case, diacritics and transliteration ignored, English stemming); person:, case:, org: and place: select the
 * items the resolved entity is found in, whatever the spelling; from:, to:, lang:, source: and dup: filter.
 */
public final class SearchService {

    /** One result: where the item is, its date, its score (higher is better) and a snippet with the matches marked. */
    public record Found(long id, String source, org.casebook.model.Locator locator, String date, double score,
                        String snippet) {
    }

    public record Results(long total, List<Found> hits) {
    }

    private static final int INDEX_BATCH = 2_000;

    private final Workspace workspace;
    private final SearchStore store;
    /** What was read of the workspace, valid while its version is {@link #seen}. */
    private SearchStore.Version seen;
    private boolean entitiesCurrent;
    private boolean indexComplete;
    private final java.util.Map<String, List<Long>> entityItems = new java.util.HashMap<>();
    private ItemColumns columns;
    private Duplicates duplicates;
    private Memberships persons;
    private Memberships cases;
    private Criteria lastCriteria;
    private Selection lastSelection;

    /** One search at a time: the service keeps what it read of the workspace until the workspace changes. */
    public SearchService(Workspace workspace) {
        this.workspace = workspace;
        this.store = workspace.search();
    }

    public Results search(String queryText, int limit) {
        Query query = QueryParser.parse(queryText);
        Selection selection = select(query);
        List<Integer> rows = selection.top(limit, Selection.Order.BEST);
        List<Long> ids = rows.stream().map(selection::itemAt).toList();
        Snippets snippets = new Snippets(query);
        List<ChronologyStore.Row> shown = workspace.chronology().rows(ids, true);
        List<Found> found = new ArrayList<>(shown.size());
        for (int i = 0; i < shown.size(); i++) {
            ChronologyStore.Row r = shown.get(i);
            found.add(new Found(r.id(), r.source(), r.locator(), r.date().isoStart(), selection.scoreAt(rows.get(i)),
                    snippets.of(r.text())));
        }
        return new Results(selection.count(), found);
    }

    /** Items per year and month, sources, and the persons and cases most often among the matches. */
    public Facets facets(String queryText, int top) {
        Query query = QueryParser.parse(queryText);
        ensureEntitiesCurrent();
        Selection selection = select(query);
        if (persons == null) {
            persons = store.persons(columns.size());
            cases = store.cases(columns.size());
        }
        return selection.facets(top, persons, cases);
    }

    /** The FTS5 expression a query compiles to (null when only fields select), for the benchmark's raw runs. */
    public String matchExpression(String queryText) {
        return compile(QueryParser.parse(queryText)).match();
    }

    public long count(String queryText) {
        return select(QueryParser.parse(queryText)).count();
    }

    /** The selection of a query; the last one is kept, so its facets after its results cost no second lookup. */
    private Selection select(Query query) {
        return select(compile(query));
    }

    /** The selection of criteria just compiled (compiling brings what was read up to date). */
    Selection select(Criteria criteria) {
        if (criteria.equals(lastCriteria)) {
            return lastSelection;
        }
        if (columns == null) {
            columns = store.itemColumns();
        }
        if (criteria.includeDuplicates() && duplicates == null) {
            duplicates = new Duplicates(columns);
        }
        lastSelection = Selection.evaluate(criteria, columns, duplicates, store);
        lastCriteria = criteria;
        return lastSelection;
    }

    /** Forgets what was read when the workspace has changed since (an import, a correction, another window). */
    private void refresh() {
        SearchStore.Version now = store.version();
        if (!now.equals(seen)) {
            seen = now;
            columns = null;
            duplicates = null;
            persons = null;
            cases = null;
            lastCriteria = null;
            lastSelection = null;
            entityItems.clear();
            entitiesCurrent = false;
        }
    }

    private void ensureEntitiesCurrent() {
        if (!entitiesCurrent) {
            new EntityPass(workspace).ensureCurrent();
            refresh(); // what the pass wrote outdates what was read
            entitiesCurrent = true;
        }
    }

    /** Indexes the items the index lacks: a workspace from an earlier Casebook, or one whose index was rebuilt. */
    public void ensureIndexed() {
        if (indexComplete) {
            return; // every write after this keeps the index in step
        }
        List<Item> pending;
        while (!(pending = workspace.items().unindexed(INDEX_BATCH)).isEmpty()) {
            List<Item> batch = pending;
            workspace.inTransaction(() -> {
                batch.forEach(i -> workspace.items().index(i.id(), i.text(), NameKey.foldText(i.text())));
                return null;
            });
        }
        indexComplete = true;
    }

    Criteria compile(Query query) {
        return compile(query, false);
    }

    /**
     * {@code restrictedElsewhere}: the window's person or case filter already says what to look for, so a query of
     * only words to leave out (-Ablyazov) narrows it instead of being refused.
     */
    Criteria compile(Query query, boolean restrictedElsewhere) {
        ensureIndexed();
        refresh(); // before the entity fields are looked up: their items may have changed
        Filters filters = new Filters();
        List<Query> terms = new ArrayList<>();
        for (Query part : query instanceof Query.And and ? and.parts() : List.of(query)) {
            if (part instanceof Query.Field field) {
                filters.apply(field);
            } else {
                terms.add(part);
            }
        }
        boolean onlyExclusions = !terms.isEmpty() && terms.stream().allMatch(t -> t instanceof Query.Not);
        String match = null;
        String exclude = null;
        if (onlyExclusions && (filters.items != null || restrictedElsewhere)) { // person:X -Ablyazov
            exclude = String.join(" OR ", terms.stream().map(t -> expression(((Query.Not) t).part())).toList());
        } else if (!terms.isEmpty()) {
            match = match(terms);
        }
        return new Criteria(match, exclude, filters.from, filters.to,
                filters.lang == null ? Set.of() : Set.of(filters.lang),
                filters.source == null ? Set.of() : Set.of(filters.source), filters.includeDuplicates, filters.items);
    }

    /** The FTS5 expression: every user word quoted (escaped), so nothing the user types reaches MATCH raw. */
    private static String match(List<Query> terms) {
        List<String> positive = new ArrayList<>();
        List<String> negative = new ArrayList<>();
        for (Query t : terms) {
            if (t instanceof Query.Not not) {
                negative.add(expression(not.part()));
            } else {
                positive.add(expression(t));
            }
        }
        if (positive.isEmpty()) {
            throw new SearchSyntaxException("a query needs at least one word to look for, not only words to leave out", 1);
        }
        StringBuilder match = new StringBuilder(String.join(" AND ", positive));
        for (String n : negative) {
            match.insert(0, '(').append(") NOT ").append(n);
        }
        return match.toString();
    }

    private static String expression(Query q) {
        if (q instanceof Query.Word w) {
            String key = NameKey.foldText(w.text());
            if (w.prefix()) {
                return "(raw:" + quoted(w.text()) + "* OR folded:" + quoted(foldedPrefix(w.text(), key)) + "*)";
            }
            String asWritten = either(quoted(w.text()), quoted(key.isEmpty() ? w.text() : key));
            List<String> relatives = WordFamilies.standard().relatives(w.text());
            if (relatives.isEmpty()) {
                return asWritten;
            }
            return asWritten.substring(0, asWritten.length() - 1)
                    + relatives.stream().map(r -> " OR raw:" + quoted(r)).collect(java.util.stream.Collectors.joining())
                    + ")";
        }
        if (q instanceof Query.Phrase p) {
            String phrase = String.join(" ", p.words());
            return either(quoted(phrase), quoted(NameKey.foldText(phrase)));
        }
        if (q instanceof Query.Near n) {
            return either("NEAR(" + String.join(" ", n.words().stream().map(SearchService::quoted).toList()) + ", "
                    + n.distance() + ")", "NEAR(" + String.join(" ", n.words().stream()
                    .map(w -> quoted(NameKey.foldText(w))).toList()) + ", " + n.distance() + ")");
        }
        if (q instanceof Query.And a) {
            return "(" + String.join(" AND ", a.parts().stream().map(SearchService::expression).toList()) + ")";
        }
        if (q instanceof Query.Or o) {
            return "(" + String.join(" OR ", o.parts().stream().map(SearchService::expression).toList()) + ")";
        }
        if (q instanceof Query.Field f) {
            throw new SearchSyntaxException("the field '" + f.name()
                    + ":' must stand at the top level, not inside OR or parentheses", f.position());
        }
        throw new SearchSyntaxException("'-' inside OR or parentheses is not supported; put the word to leave out "
                + "at the top level", 1);
    }

    /** As written (English stemming) or folded (any spelling, any script of a name). */
    private static String either(String raw, String folded) {
        return "(raw:" + raw + " OR folded:" + folded + ")";
    }

    /**
     * A prefix folded like a word may end differently from the word it begins (Shalabay → shalabai, Shalabayev →
     * shalabaev): its last folded letter is dropped.
     */
    private static String foldedPrefix(String prefix, String key) {
        return key.length() > 3 ? key.substring(0, key.length() - 1) : key.isEmpty() ? prefix : key;
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The filters of a query's fields. */
    private final class Filters {
        LocalDate from;
        LocalDate to;
        String lang;
        String source;
        boolean includeDuplicates;
        Set<Long> items;

        void apply(Query.Field f) {
            switch (f.name()) {
                case "from" -> from = date(f, false);
                case "to" -> to = date(f, true);
                case "lang" -> lang = f.value().toLowerCase(java.util.Locale.ROOT);
                case "source" -> source = f.value();
                case "dup" -> {
                    if (!f.value().equals("include")) {
                        throw new SearchSyntaxException("dup: takes 'include'", f.position());
                    }
                    includeDuplicates = true;
                }
                case "person" -> restrict(entityItems(EntityKind.PERSON, f));
                case "case" -> restrict(entityItems(EntityKind.CASE, f));
                case "org" -> restrict(entityItems(EntityKind.ORGANISATION, f));
                case "place" -> restrict(entityItems(EntityKind.PLACE, f));
                case "tag" -> restrict(taggedItems(f));
                default -> throw new SearchSyntaxException("unknown field '" + f.name() + "'", f.position());
            }
        }

        private void restrict(List<Long> found) {
            Set<Long> now = new LinkedHashSet<>(found);
            if (items != null) {
                now.retainAll(items);
            }
            items = now;
        }

        private List<Long> entityItems(EntityKind kind, Query.Field f) {
            ensureEntitiesCurrent();
            String key = kind + "\t" + f.value();
            List<Long> known = entityItems.get(key);
            if (known != null) {
                return known;
            }
            try {
                List<Long> found = new PersonLookup(workspace.entities()).find(kind, f.value()).items();
                entityItems.put(key, found);
                return found;
            } catch (PersonLookup.NotFound e) {
                throw new SearchSyntaxException(f.name() + ": " + e.getMessage(), f.position());
            }
        }

        private List<Long> taggedItems(Query.Field f) {
            List<Long> tagged = workspace.tags().items(f.value());
            if (tagged.isEmpty()) {
                throw new SearchSyntaxException("tag: no item is tagged '" + f.value() + "'", f.position());
            }
            return tagged;
        }

        private LocalDate date(Query.Field f, boolean end) {
            String v = f.value();
            try {
                if (v.matches("\\d{4}")) {
                    return end ? LocalDate.of(Integer.parseInt(v), 12, 31) : LocalDate.of(Integer.parseInt(v), 1, 1);
                }
                if (v.matches("\\d{4}-\\d{2}")) {
                    YearMonth m = YearMonth.parse(v);
                    return end ? m.atEndOfMonth() : m.atDay(1);
                }
                if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(v);
                }
            } catch (DateTimeException e) {
                // reported below
            }
            throw new SearchSyntaxException(f.name() + ": '" + v + "' is not a date; write 2019, 2019-03 or 2019-03-19",
                    f.position());
        }
    }
}
