package org.casebook.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.model.EntityKind;
import org.casebook.model.ItemDate;
import org.casebook.model.Locator;
import org.casebook.resolve.EntityPass;
import org.casebook.store.ChronologyStore;
import org.casebook.store.EntityStore;
import org.casebook.store.Workspace;

/**
 * The chronology of a workspace, newest first, narrowed by a query of the search language and by the filters the
 * window offers (sources, persons, cases, languages, duplicates, a date range). Each row carries a preview (the
 * snippet around the match, matched words marked [like this], or the start of the text) and the persons found in
 * the item. Entities are read once per service: make a new one after an import.
 */
public final class ChronologyService {

    /** An entity the filters offer: id, name and how many items it is found in. */
    public record Choice(long id, String name, int items) {
    }

    /** What the filters can be set to on this workspace. */
    public record Options(List<String> sources, List<Choice> persons, List<Choice> cases, List<String> languages) {
    }

    /** The filters of the window; empty sets mean "any", null dates mean "open". */
    public record Filters(Set<String> sources, Set<Long> persons, Set<Long> cases, Set<String> languages,
                          boolean includeDuplicates, LocalDate from, LocalDate to) {

        public static final Filters NONE = new Filters(Set.of(), Set.of(), Set.of(), Set.of(), false, null, null);

        public Filters withRange(LocalDate newFrom, LocalDate newTo) {
            return new Filters(sources, persons, cases, languages, includeDuplicates, newFrom, newTo);
        }
    }

    public record Entry(long id, String source, Locator locator, ItemDate date, String lang, boolean duplicate,
                        String preview, List<String> persons) {
    }

    /** The first rows of the chronology and how many items match in all. */
    public record Page(long total, List<Entry> entries) {
    }

    private final Workspace workspace;
    private final SearchService search;
    private Map<Long, List<Long>> personItems;
    private Map<Long, List<Long>> caseItems;
    private Options options;

    public ChronologyService(Workspace workspace) {
        this.workspace = workspace;
        this.search = new SearchService(workspace);
    }

    /** Extracts and resolves the names of items imported since the last pass (persons and cases for the filters). */
    public void bringEntitiesUpToDate() {
        new EntityPass(workspace).ensureCurrent();
        personItems = null;
        caseItems = null;
        options = null;
    }

    /**
     * Loads what a search needs besides the workspace (the query language, the word families, the folding of names)
     * and runs one through, so the researcher's first query does not pay for it. Results are discarded.
     */
    public void prepareSearch() {
        page("letter", Filters.NONE, 50);
    }

    /** Checks a query without running it; throws {@link SearchSyntaxException} with the problem and position. */
    public static void check(String queryText) {
        if (!queryText.isBlank()) {
            QueryParser.parse(queryText);
        }
    }

    public Page page(String queryText, Filters filters, int limit) {
        return page(queryText, filters, 0, limit);
    }

    /** Rows {@code offset} to {@code offset + limit - 1} of the chronology (the selection is kept, so a next page is cheap). */
    public Page page(String queryText, Filters filters, int offset, int limit) {
        Query query = queryText.isBlank() ? null : QueryParser.parse(queryText);
        Criteria criteria = criteria(query, filters);
        if (criteria == null) {
            return new Page(0, List.of());
        }
        Selection selection = search.select(criteria);
        List<Integer> top = selection.top(offset + limit, Selection.Order.NEWEST);
        List<Long> ids = top.subList(Math.min(offset, top.size()), top.size()).stream().map(selection::itemAt).toList();
        ChronologyStore store = workspace.chronology();
        List<ChronologyStore.Row> rows = store.rows(ids, query != null);
        Map<Long, List<String>> persons = store.persons(ids);
        Snippets snippets = query == null ? null : new Snippets(query);
        List<Entry> entries = new ArrayList<>(rows.size());
        for (ChronologyStore.Row r : rows) {
            String preview = snippets == null ? r.text() : snippets.of(r.text());
            entries.add(new Entry(r.id(), r.source(), r.locator(), r.date(), r.lang(), r.duplicateOf() != null,
                    preview, persons.getOrDefault(r.id(), List.of())));
        }
        return new Page(selection.count(), entries);
    }

    /**
     * Matching items per month ({@code 2019-03}) when they span at most {@code maxYearsForMonths} years, else per
     * year ({@code 2019}); oldest first. The date range of the filters is left out: the timeline shows the whole
     * period the range is brushed on.
     */
    public Map<String, Long> timeline(String queryText, Filters filters, int maxYearsForMonths) {
        Query query = queryText.isBlank() ? null : QueryParser.parse(queryText);
        Criteria criteria = criteria(query, filters.withRange(null, null));
        if (criteria == null) {
            return Map.of();
        }
        Selection selection = search.select(criteria);
        Map<String, Long> years = selection.perPeriod(false);
        if (years.isEmpty()) {
            return years;
        }
        int first = Integer.parseInt(years.keySet().iterator().next());
        int last = Integer.parseInt(new ArrayList<>(years.keySet()).get(years.size() - 1));
        return last - first < maxYearsForMonths ? selection.perPeriod(true) : years;
    }

    public Options options() {
        if (options == null) {
            loadEntities();
            options = new Options(workspace.chronology().sourceNames(), choices(EntityKind.PERSON),
                    choices(EntityKind.CASE), workspace.chronology().languages());
        }
        return options;
    }

    private List<Choice> choices(EntityKind kind) {
        return workspace.entities().entities(kind).stream()
                .map(e -> new Choice(e.id(), e.name(), e.items().size()))
                .sorted(java.util.Comparator.comparingInt(Choice::items).reversed().thenComparing(Choice::name))
                .toList();
    }

    private void loadEntities() {
        if (personItems == null) {
            personItems = items(EntityKind.PERSON);
            caseItems = items(EntityKind.CASE);
        }
    }

    private Map<Long, List<Long>> items(EntityKind kind) {
        Map<Long, List<Long>> items = new HashMap<>();
        for (EntityStore.EntityRow row : workspace.entities().entities(kind)) {
            items.put(row.id(), row.items());
        }
        return items;
    }

    /** What a query and the window's filters select together; null when they exclude each other (nothing). */
    private Criteria criteria(Query query, Filters f) {
        String match = null;
        String exclude = null;
        LocalDate from = f.from();
        LocalDate to = f.to();
        Set<String> langs = new LinkedHashSet<>(f.languages());
        Set<String> sources = new LinkedHashSet<>(f.sources());
        boolean duplicates = f.includeDuplicates();
        Set<Long> only = null;
        if (query != null) {
            Criteria c = search.compile(query, !f.persons().isEmpty() || !f.cases().isEmpty());
            match = c.match();
            exclude = c.excludeMatch();
            from = later(from, c.from());
            to = earlier(to, c.to());
            if (!narrow(langs, c.langs()) || !narrow(sources, c.sources())) {
                return null;
            }
            duplicates |= c.includeDuplicates();
            if (c.onlyItems() != null) {
                only = new LinkedHashSet<>(c.onlyItems());
            }
        }
        if (!f.persons().isEmpty() || !f.cases().isEmpty()) {
            loadEntities();
        }
        only = restrict(only, f.persons(), personItems);
        only = restrict(only, f.cases(), caseItems);
        return new Criteria(match, exclude, from, to, Set.copyOf(langs), Set.copyOf(sources), duplicates, only);
    }

    /** Keeps in {@code chosen} only the query's value (if any); false when the two exclude each other. */
    private static boolean narrow(Set<String> chosen, Set<String> fromQuery) {
        if (fromQuery.isEmpty()) {
            return true;
        }
        String value = fromQuery.iterator().next();
        if (!chosen.isEmpty() && chosen.stream().noneMatch(value::equalsIgnoreCase)) {
            return false;
        }
        chosen.clear();
        chosen.add(value);
        return true;
    }

    /** The items of any of the chosen entities, intersected with what is already required. */
    private static Set<Long> restrict(Set<Long> only, Collection<Long> chosen, Map<Long, List<Long>> itemsOf) {
        if (chosen.isEmpty()) {
            return only;
        }
        Set<Long> any = new LinkedHashSet<>();
        chosen.forEach(id -> any.addAll(itemsOf.getOrDefault(id, List.of())));
        if (only != null) {
            any.retainAll(only);
        }
        return any;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
