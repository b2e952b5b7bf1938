package org.casebook.ui.chronology;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.util.Duration;
import org.casebook.search.ChronologyService;
import org.casebook.search.SearchSyntaxException;
import org.casebook.ui.WorkspaceSession;

/**
 * The chronology without controls: the query and filters the researcher sets, and the rows, count, timeline and
 * message that follow. Each change waits {@value #DEBOUNCE_MS} ms for the next keystroke, then runs on the database
 * thread; a newer change cancels the older run, whose result is never shown.
 */
public final class ChronologyViewModel {

    public static final int DEBOUNCE_MS = 150;
    /** Rows loaded into the table at most; the count says how many match in all. */
    public static final int ROW_LIMIT = 5_000;
    /** Rows shown at once after a change; the rest (up to {@link #ROW_LIMIT}) follow in a second run. */
    static final int FIRST_ROWS = 200;
    /** The timeline shows months when the matching items span fewer years than this, else years. */
    public static final int MONTHS_UP_TO_YEARS = 8;
    /** How long after the first rows the rest are asked for. */
    static final javafx.util.Duration REST_AFTER = javafx.util.Duration.millis(250);

    /** A brushed period of the timeline. */
    public record Range(LocalDate from, LocalDate to) {
    }

    /** The timeline: items per bucket ({@code 2019-03} or {@code 2019}), oldest first. */
    public record Timeline(Map<String, Long> counts, boolean byMonth) {
        public static final Timeline EMPTY = new Timeline(Map.of(), false);

        /** The first and last day of a bucket key. */
        public static Range rangeOf(String key) {
            if (key.length() == 4) {
                int year = Integer.parseInt(key);
                return new Range(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth m = YearMonth.parse(key);
            return new Range(m.atDay(1), m.atEndOfMonth());
        }
    }

    private final ObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<String> sources = FXCollections.observableArrayList();
    private final ObservableList<ChronologyService.Choice> persons = FXCollections.observableArrayList();
    private final ObservableList<ChronologyService.Choice> cases = FXCollections.observableArrayList();
    private final ObservableList<String> languages = FXCollections.observableArrayList();
    private final BooleanProperty includeDuplicates = new SimpleBooleanProperty(false);
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>();

    private final ObservableList<ChronologyService.Entry> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChronologyService.Options> options = new ReadOnlyObjectWrapper<>(
            new ChronologyService.Options(List.of(), List.of(), List.of(), List.of()));
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>(Timeline.EMPTY);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    /** Rows after the first ones still to come (asked for a moment after the first rows are shown). */
    private final ReadOnlyBooleanWrapper loadingRest = new ReadOnlyBooleanWrapper(false);
    private int restsPending;
    private final ReadOnlyBooleanWrapper highlighting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Long> total = new ReadOnlyObjectWrapper<>(0L);
    private final ReadOnlyObjectWrapper<RunTiming> lastRun = new ReadOnlyObjectWrapper<>();

    private final PauseTransition debounce = new PauseTransition(Duration.millis(DEBOUNCE_MS));
    private Task<Result> running;
    private boolean timelineStale = true;
    private volatile long generation;

    private record Result(ChronologyService.Page page, Timeline timeline, long computedNanos) {
    }

    /**
     * When the last shown run started (the debounce ended), when the database thread finished it and when its rows
     * were handed to the table, in {@link System#nanoTime()}; read by {@code casebook bench ui}, changes nothing.
     */
    public record RunTiming(String query, long startedNanos, long computedNanos, long appliedNanos, int rows,
                            long total) {
    }

    public ChronologyViewModel() {
        debounce.setOnFinished(e -> runNow());
        query.addListener((o, was, now) -> changed(true));
        includeDuplicates.addListener((o, was, now) -> changed(true));
        sources.addListener((javafx.collections.ListChangeListener<String>) c -> changed(true));
        persons.addListener((javafx.collections.ListChangeListener<ChronologyService.Choice>) c -> changed(true));
        cases.addListener((javafx.collections.ListChangeListener<ChronologyService.Choice>) c -> changed(true));
        languages.addListener((javafx.collections.ListChangeListener<String>) c -> changed(true));
        range.addListener((o, was, now) -> changed(false));
    }

    /** Shows a workspace (or the same one after an import): the rows, then the filter values read again. */
    public void show(WorkspaceSession workspace) {
        session.set(workspace);
        timelineStale = true;
        runNow(); // the rows first: the filter values are not needed to show them
        Task<ChronologyService.Options> loading = new Task<>() {
            @Override
            protected ChronologyService.Options call() {
                return workspace.chronology().options();
            }
        };
        loading.setOnSucceeded(e -> options.set(loading.getValue()));
        loading.setOnFailed(e -> problem.set("Cannot read the filter values: " + loading.getException().getMessage()));
        workspace.submit(loading);
        workspace.submit(new Task<Void>() {
            @Override
            protected Void call() {
                workspace.chronology().prepareSearch();
                return null;
            }
        });
    }

    /** Something changed: wait for the typing to pause, then run. The timeline follows the query and filters. */
    private void changed(boolean timelineToo) {
        timelineStale |= timelineToo;
        if (session.get() != null) {
            searching.set(true);
            debounce.playFromStart();
        }
    }

    /** Runs the current query now, cancelling any run still going. */
    public void runNow() {
        debounce.stop();
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        if (running != null) {
            running.cancel();
        }
        String text = query.get() == null ? "" : query.get().trim();
        ChronologyService.Filters filters = filters();
        boolean withTimeline = timelineStale;
        long mine = ++generation;
        long started = System.nanoTime();
        Task<Result> task = new Task<>() {
            @Override
            protected Result call() {
                ChronologyService service = s.chronology();
                ChronologyService.Page page = service.page(text, filters, FIRST_ROWS);
                if (isCancelled()) {
                    return null;
                }
                Timeline line = null;
                if (withTimeline) {
                    Map<String, Long> counts = service.timeline(text, filters, MONTHS_UP_TO_YEARS);
                    line = new Timeline(counts, !counts.isEmpty() && counts.keySet().iterator().next().length() == 7);
                }
                return new Result(page, line, System.nanoTime());
            }
        };
        running = task;
        searching.set(true);
        task.setOnSucceeded(e -> {
            if (mine != generation) {
                return;
            }
            Result r = task.getValue();
            searching.set(false);
            problem.set(null);
            highlighting.set(!text.isEmpty());
            rows.setAll(r.page().entries());
            total.set(r.page().total());
            countText.set(count(r.page()));
            if (r.timeline() != null) {
                timelineStale = false;
                timeline.set(r.timeline());
            }
            lastRun.set(new RunTiming(text, started, r.computedNanos(), System.nanoTime(), r.page().entries().size(),
                    r.page().total()));
            if (r.page().entries().size() == FIRST_ROWS && r.page().total() > FIRST_ROWS) {
                // after the first rows are on screen: thousands of rows added to the table in the same pulse slow it
                restPending(+1);
                PauseTransition later = new PauseTransition(REST_AFTER);
                later.setOnFinished(f -> loadRest(s, text, filters, mine, r.page().total()));
                later.play();
            }
        });
        task.setOnFailed(e -> {
            if (mine != generation) {
                return;
            }
            searching.set(false);
            Throwable t = task.getException();
            problem.set(t instanceof SearchSyntaxException ? "Cannot read the query: " + t.getMessage()
                    .replaceFirst("^search: ", "") : "Search failed: " + t.getMessage());
        });
        task.setOnCancelled(e -> {
            if (mine == generation) {
                searching.set(false);
            }
        });
        s.submit(task);
    }

    /** The rows after the first ones, up to the limit, appended unless a newer change came meanwhile. */
    private void loadRest(WorkspaceSession s, String text, ChronologyService.Filters filters, long mine, long all) {
        Task<ChronologyService.Page> rest = new Task<>() {
            @Override
            protected ChronologyService.Page call() {
                return mine == generation ? s.chronology().page(text, filters, FIRST_ROWS, ROW_LIMIT - FIRST_ROWS) : null;
            }
        };
        rest.setOnSucceeded(e -> {
            restPending(-1);
            // a different total means the workspace changed in between: those rows belong to the reload that follows
            if (mine == generation && rest.getValue() != null && rest.getValue().total() == all) {
                rows.addAll(rest.getValue().entries());
                countText.set(count(all, rows.size()));
            }
        });
        rest.setOnFailed(e -> restPending(-1));
        rest.setOnCancelled(e -> restPending(-1));
        s.submit(rest);
    }

    private void restPending(int change) {
        restsPending += change;
        loadingRest.set(restsPending > 0);
    }

    /** Whether the rows after the first ones are still to come. */
    public ReadOnlyBooleanProperty loadingRestProperty() {
        return loadingRest.getReadOnlyProperty();
    }

    private static String count(ChronologyService.Page page) {
        return count(page.total(), page.entries().size());
    }

    private static String count(long total, int shown) {
        String reports = total == 1 ? "1 report" : String.format("%,d reports", total);
        return shown < total ? String.format("%s (first %,d shown)", reports, shown) : reports;
    }

    ChronologyService.Filters filters() {
        Set<Long> personIds = new LinkedHashSet<>();
        persons.forEach(p -> personIds.add(p.id()));
        Set<Long> caseIds = new LinkedHashSet<>();
        cases.forEach(c -> caseIds.add(c.id()));
        Range r = range.get();
        return new ChronologyService.Filters(Set.copyOf(sources), personIds, caseIds, Set.copyOf(languages),
                includeDuplicates.get(), r == null ? null : r.from(), r == null ? null : r.to());
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The sources checked in the filter (none: all). */
    public ObservableList<String> selectedSources() {
        return sources;
    }

    public ObservableList<ChronologyService.Choice> selectedPersons() {
        return persons;
    }

    public ObservableList<ChronologyService.Choice> selectedCases() {
        return cases;
    }

    public ObservableList<String> selectedLanguages() {
        return languages;
    }

    public BooleanProperty includeDuplicatesProperty() {
        return includeDuplicates;
    }

    /** The brushed period of the timeline, or null for all. */
    public ObjectProperty<Range> rangeProperty() {
        return range;
    }

    public ObservableList<ChronologyService.Entry> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<ChronologyService.Options> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** "742 reports", or "12,345 reports (first 5,000 shown)". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Why the query cannot be read (with the position), or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a run is pending or going. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The timing of the last run whose rows are shown, or null before the first. */
    public ReadOnlyObjectProperty<RunTiming> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    /** True when the previews are snippets with the matched words marked. */
    public ReadOnlyBooleanProperty highlightingProperty() {
        return highlighting.getReadOnlyProperty();
    }
}
