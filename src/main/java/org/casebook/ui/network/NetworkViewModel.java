package org.casebook.ui.network;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.casebook.model.Network;
import org.casebook.network.NetworkBuilder;
import org.casebook.network.NetworkGraph;
import org.casebook.ui.MainViewModel;
import org.casebook.ui.WorkspaceSession;
import org.casebook.ui.chronology.ChronologyViewModel;
import org.graphstream.graph.Graph;

/**
 * The network pane without controls: the filters (period shared with the chronology's timeline, cases, roles,
 * minimum degree), the person it is centred on (ego network), what sizes the nodes, whether the layout is frozen,
 * the two persons of a shortest path and the path; and the network shown, built on the database thread.
 */
public final class NetworkViewModel {

    public enum SizeBy { DEGREE, BETWEENNESS }

    /** A person or case to pick in a list ({@code id} is the node id, {@code person:12}). */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }

        public long entityId() {
            return Long.parseLong(id.substring(id.indexOf(':') + 1));
        }
    }

    /** What the pane draws: the network and its GraphStream graph (with degree and betweenness measured). */
    public record Shown(Network network, Graph graph) {
    }

    /** Betweenness is measured for networks up to this many nodes (above, sizes follow the degree). */
    public static final int BETWEENNESS_UP_TO = 1_000;

    private final MainViewModel main;
    private final ObjectProperty<ChronologyViewModel.Range> chronologyPeriod = new SimpleObjectProperty<>();
    private final BooleanProperty useChronologyPeriod = new SimpleBooleanProperty(true);
    private final ObservableList<Choice> caseOptions = FXCollections.observableArrayList();
    private final ObservableList<String> roleOptions = FXCollections.observableArrayList();
    private final ObservableList<Choice> selectedCases = FXCollections.observableArrayList();
    private final ObservableList<String> selectedRoles = FXCollections.observableArrayList();
    private final IntegerProperty minDegree = new SimpleIntegerProperty(0);
    private final ObjectProperty<SizeBy> sizeBy = new SimpleObjectProperty<>(SizeBy.DEGREE);
    private final BooleanProperty frozen = new SimpleBooleanProperty(false);
    private final ObjectProperty<Choice> egoCenter = new SimpleObjectProperty<>();
    private final IntegerProperty egoDepth = new SimpleIntegerProperty(1);
    private final ObservableList<Choice> persons = FXCollections.observableArrayList();
    private final ObjectProperty<Choice> pathFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> pathTo = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<String>> path = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper pathText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private LongConsumer onOpenCase = id -> { };
    private boolean active;
    private boolean stale = true;
    private long generation;
    /** The case and role lists are read again after the workspace changed. */
    private boolean optionsStale = true;

    public NetworkViewModel(MainViewModel main) {
        this.main = main;
        Runnable changed = this::changed;
        chronologyPeriod.addListener((o, was, now) -> {
            if (useChronologyPeriod.get()) {
                changed.run();
            }
        });
        useChronologyPeriod.addListener((o, was, now) -> changed.run());
        selectedCases.addListener((ListChangeListener<Choice>) c -> changed.run());
        selectedRoles.addListener((ListChangeListener<String>) c -> changed.run());
        minDegree.addListener((o, was, now) -> changed.run());
        egoCenter.addListener((o, was, now) -> changed.run());
        egoDepth.addListener((o, was, now) -> changed.run());
        if (main != null) {
            main.dataVersionProperty().addListener((o, was, now) -> {
                optionsStale = true; // a correction may have made or removed a case
                changed.run();
            });
            main.sessionProperty().addListener((o, was, now) -> {
                optionsStale = true;
                changed.run();
            });
        }
    }

    /** The pane is shown (load what changed since) or hidden (changes wait until it is shown again). */
    public void setActive(boolean active) {
        this.active = active;
        if (active && stale) {
            reload();
        }
    }

    /** Centres the network on a person (node id {@code person:ID}) with links up to {@code depth} away, or none. */
    public void centreOn(Long personId, int depth) {
        egoDepth.set(Math.max(1, Math.min(2, depth)));
        egoCenter.set(personId == null ? null : new Choice(Network.personId(personId), ""));
    }

    private void changed() {
        stale = true;
        if (active) {
            reload();
        }
    }

    /**
     * Reads the network for the current filters on the database thread, measures and lays it out on another, then
     * shows it (a newer build wins).
     */
    public void reload() {
        WorkspaceSession s = main == null ? null : main.sessionProperty().get();
        if (s == null) {
            return;
        }
        stale = false;
        NetworkBuilder.Filter filter = filter();
        Choice center = egoCenter.get();
        int depth = egoDepth.get();
        boolean withOptions = optionsStale || caseOptions.isEmpty() && roleOptions.isEmpty();
        optionsStale = false;
        long mine = ++generation;
        loading.set(true);
        Task<Network[]> read = new Task<>() {
            @Override
            protected Network[] call() {
                NetworkBuilder builder = new NetworkBuilder(s.workspace());
                Network network = builder.build(filter);
                if (center != null) {
                    network = NetworkBuilder.ego(network, center.id(), depth);
                }
                return new Network[] {network, withOptions ? builder.build(NetworkBuilder.Filter.ALL) : null};
            }
        };
        read.setOnSucceeded(e -> {
            if (mine != generation) {
                return;
            }
            Network[] r = read.getValue();
            if (r[1] != null) {
                options(r[1]);
            }
            // measuring and laying out a large graph takes seconds: not on the database thread, which the
            // chronology, the notes and the corrections share
            Task<Shown> draw = new Task<>() {
                @Override
                protected Shown call() {
                    return new Shown(r[0], graphOf(r[0]));
                }
            };
            draw.setOnSucceeded(d -> {
                if (mine == generation) {
                    show(draw.getValue());
                }
            });
            draw.setOnFailed(d -> failed(mine, draw.getException()));
            GRAPHS.execute(draw);
        });
        read.setOnFailed(e -> failed(mine, read.getException()));
        s.submit(read);
    }

    private void failed(long mine, Throwable problem) {
        if (mine == generation) {
            loading.set(false);
            main.errorProperty().set("Cannot build the network: " + problem.getMessage());
        }
    }

    /** Graphs are measured and laid out here, one at a time, off the FX thread and off the database thread. */
    private static final java.util.concurrent.ExecutorService GRAPHS =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "casebook-graph");
                t.setDaemon(true);
                return t;
            });

    /** Shows a network built elsewhere (the benchmark's generated one). */
    public void show(Network network) {
        show(new Shown(network, graphOf(network)));
    }

    /** Larger networks are laid out before they are shown (see {@link #graphOf}). */
    public static final int LAY_OUT_FIRST_ABOVE = org.casebook.network.NetworkLayout.FAST_ABOVE;
    /** How long a network is laid out before it is shown at most. */
    public static final long LAYOUT_MILLIS = 30_000;

    /**
     * The GraphStream graph of a network, with betweenness when it is small enough to measure quickly. A large one
     * is also laid out here, off the FX thread (its nodes get {@code xyz}; the pane shows it frozen): animating
     * thousands of nodes would feed the FX thread thousands of position changes per step.
     */
    public static Graph graphOf(Network network) {
        Graph graph = NetworkGraph.of(network, network.nodes().size() <= BETWEENNESS_UP_TO);
        if (network.nodes().size() > LAY_OUT_FIRST_ABOVE) {
            long t0 = System.nanoTime();
            org.casebook.network.NetworkLayout.compute(graph, 42, LAYOUT_MILLIS);
            graph.setAttribute("layout.millis", (System.nanoTime() - t0) / 1_000_000);
        }
        return graph;
    }

    /** Shows a network whose graph was built already (off the FX thread). */
    public void show(Shown s) {
        loading.set(false);
        List<Choice> people = s.network().nodes().stream().filter(n -> n.kind().equals("person"))
                .map(n -> new Choice(n.id(), n.label())).sorted(Comparator.comparing(Choice::label)).toList();
        persons.setAll(people);
        if (pathFrom.get() != null && !people.contains(pathFrom.get())) {
            pathFrom.set(null);
        }
        if (pathTo.get() != null && !people.contains(pathTo.get())) {
            pathTo.set(null);
        }
        path.set(List.of());
        pathText.set("");
        long personCount = people.size();
        Choice center = egoCenter.get();
        String around = center == null ? "" : s.network().nodes().stream().filter(n -> n.id().equals(center.id()))
                .findFirst().map(n -> " around " + n.label() + " (depth " + egoDepth.get() + ")").orElse("");
        summary.set(String.format("%,d persons · %,d cases · %,d links%s%s", personCount,
                s.network().nodes().size() - personCount, s.network().edges().size(), around,
                s.network().nodes().size() > BETWEENNESS_UP_TO ? " · betweenness not measured (too many nodes)" : ""));
        shown.set(s);
    }

    /** The lists are replaced only when they differ, so the boxes keep what is checked. */
    private void options(Network all) {
        List<Choice> cases = all.nodes().stream().filter(n -> n.kind().equals("case"))
                .map(n -> new Choice(n.id(), n.label())).sorted(Comparator.comparing(Choice::label)).toList();
        if (!caseOptions.equals(cases)) {
            caseOptions.setAll(cases);
        }
        Set<String> roles = new TreeSet<>();
        all.edges().forEach(e -> roles.add(e.role()));
        if (!roleOptions.equals(List.copyOf(roles))) {
            roleOptions.setAll(roles);
        }
    }

    NetworkBuilder.Filter filter() {
        ChronologyViewModel.Range period = useChronologyPeriod.get() ? chronologyPeriod.get() : null;
        LocalDate from = period == null ? null : period.from();
        LocalDate to = period == null ? null : period.to();
        Set<Long> cases = new LinkedHashSet<>();
        selectedCases.forEach(c -> cases.add(c.entityId()));
        return new NetworkBuilder.Filter(from, to, cases, Set.copyOf(selectedRoles), minDegree.get());
    }

    /** Finds the fewest links between the two persons picked; the path is empty when they are not connected. */
    public void findPath() {
        Shown s = shown.get();
        Choice a = pathFrom.get();
        Choice b = pathTo.get();
        if (s == null || a == null || b == null) {
            path.set(List.of());
            pathText.set("Pick two persons");
            return;
        }
        Optional<List<String>> found = NetworkBuilder.shortestPath(s.network(), a.id(), b.id());
        path.set(found.orElse(List.of()));
        pathText.set(found.map(p -> (p.size() - 1) + (p.size() == 2 ? " link" : " links") + " apart")
                .orElse("Not connected in this network"));
    }

    public void clearPath() {
        path.set(List.of());
        pathText.set("");
    }

    /** A click on a node: a person's dossier, or the chronology of a case. */
    public void open(String nodeId) {
        long id = Long.parseLong(nodeId.substring(nodeId.indexOf(':') + 1));
        if (nodeId.startsWith("person:")) {
            main.openPerson(id);
        } else if (nodeId.startsWith("case:")) {
            onOpenCase.accept(id);
        }
    }

    /** What a click on a case does (the window shows the chronology filtered to it). */
    public void setOnOpenCase(LongConsumer action) {
        this.onOpenCase = action;
    }

    /** The label of a node in the network shown, or the id. */
    public String labelOf(String nodeId) {
        Shown s = shown.get();
        return s == null ? nodeId : s.network().nodes().stream().filter(n -> n.id().equals(nodeId)).findFirst()
                .map(Network.Node::label).orElse(nodeId);
    }

    public ObjectProperty<ChronologyViewModel.Range> chronologyPeriodProperty() {
        return chronologyPeriod;
    }

    public BooleanProperty useChronologyPeriodProperty() {
        return useChronologyPeriod;
    }

    public ObservableList<Choice> caseOptions() {
        return caseOptions;
    }

    public ObservableList<String> roleOptions() {
        return roleOptions;
    }

    public ObservableList<Choice> selectedCases() {
        return selectedCases;
    }

    public ObservableList<String> selectedRoles() {
        return selectedRoles;
    }

    public IntegerProperty minDegreeProperty() {
        return minDegree;
    }

    public ObjectProperty<SizeBy> sizeByProperty() {
        return sizeBy;
    }

    public BooleanProperty frozenProperty() {
        return frozen;
    }

    public ObjectProperty<Choice> egoCenterProperty() {
        return egoCenter;
    }

    public IntegerProperty egoDepthProperty() {
        return egoDepth;
    }

    /** The persons of the network shown, by name (for the path pickers). */
    public ObservableList<Choice> persons() {
        return persons;
    }

    public ObjectProperty<Choice> pathFromProperty() {
        return pathFrom;
    }

    public ObjectProperty<Choice> pathToProperty() {
        return pathTo;
    }

    /** The node ids along the shortest path found, or empty. */
    public ReadOnlyObjectProperty<List<String>> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pathTextProperty() {
        return pathText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** "42 persons · 9 cases · 61 links", with the centre of an ego network. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
