package org.casebook.ui.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.animation.PauseTransition;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.casebook.export.NetworkExport;
import org.casebook.network.NetworkGraph;
import org.controlsfx.control.CheckComboBox;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.GraphicNode;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.layout.Layout;
import org.graphstream.ui.layout.springbox.implementations.SpringBox;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignG;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The network: persons and cases drawn by GraphStream's JavaFX viewer (FxViewer) with its force layout, which can
 * be frozen; nodes can be dragged, the wheel zooms and dragging the background pans; the mouse over a node
 * highlights its neighbours; a click opens a person's dossier or a case's chronology. Above, the filters, the
 * shortest path between two persons and the export (PNG of the view, GEXF, GraphML). A view over
 * {@link NetworkViewModel}; the GraphStream stylesheet is {@value #STYLESHEET}.
 */
public final class NetworkPane extends BorderPane {

    public static final String STYLESHEET = "/org/casebook/ui/network.css";
    static final String DENSE_STYLESHEET = "/org/casebook/ui/network-dense.css";
    /** Above this many nodes only the busiest keep their label (the others show theirs on hover). */
    static final int LABELS_UP_TO = 35;
    /** Above this many links their roles show on hover only. */
    static final int LINK_LABELS_UP_TO = 120;
    /** Above this many nodes, hovering does not fade the rest (too many elements to restyle per move). */
    static final int FADE_UP_TO = 400;
    static final long LAYOUT_SEED = 42;
    static final double LINK_LENGTH = 2.0;
    /** Above this many links the dense style is added (thinner links, no outlines) and links hide while moving. */
    static final int DENSE_ABOVE = 2_000;
    public static final long LINKS_BACK_AFTER_MS = 300;
    private final PauseTransition linksBack = new PauseTransition(Duration.millis(LINKS_BACK_AFTER_MS));
    private final javafx.beans.property.ReadOnlyBooleanWrapper linksShown =
            new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    private static final String HIDDEN_LABEL = "casebook.label";

    private final NetworkViewModel model;
    private final StackPane canvas = new StackPane();
    private final Label empty = new Label();
    private FxViewer viewer;
    private FxDefaultView view;
    private Layout layout;
    private Graph graph;
    private String hovered;
    /** Whether the viewer's layout was stopped by "Freeze layout". */
    private boolean frozenLayout;
    private final Set<String> pathNodes = new HashSet<>();
    private final Set<String> pathEdges = new HashSet<>();
    private Consumer<Path> onExported = p -> { };

    static {
        System.setProperty("org.graphstream.ui", "javafx");
    }

    public NetworkPane(NetworkViewModel model) {
        linksBack.setOnFinished(e -> showLinks());
        this.model = model;
        setId("network");
        getStyleClass().add("network");
        setTop(new VBox(filters(), tools()));
        empty.getStyleClass().add("placeholder");
        canvas.setId("network-canvas");
        canvas.getStyleClass().add("network-canvas");
        canvas.setMinSize(0, 0);
        canvas.getChildren().setAll(empty);
        setCenter(canvas);
        Label summary = new Label();
        summary.setId("network-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        Label legend = new Label("● person   ■ case   links: red accused · blue defence · brown state · green family "
                + "and relations");
        legend.getStyleClass().add("muted");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox bottom = new HBox(12, summary, spring, legend);
        bottom.setPadding(new Insets(4, 10, 4, 10));
        setBottom(bottom);

        model.shownProperty().addListener((o, was, now) -> display(now));
        model.sizeByProperty().addListener((o, was, now) -> sizeNodes());
        model.frozenProperty().addListener((o, was, now) -> applyFreeze(now));
        model.pathProperty().addListener((o, was, now) -> showPath(now));
        model.loadingProperty().addListener((o, was, now) -> {
            if (now && graph == null) {
                empty.setText("Building the network…");
            }
        });
    }

    private FlowPane filters() {
        CheckBox period = new CheckBox("Chronology period");
        period.setId("network-period");
        period.selectedProperty().bindBidirectional(model.useChronologyPeriodProperty());
        period.setTooltip(new Tooltip("Only links shown by items within the period brushed on the chronology's timeline"));
        Label periodText = new Label();
        periodText.getStyleClass().add("muted");
        periodText.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var r = model.chronologyPeriodProperty().get();
            return r == null ? "(all dates)" : r.from() + " – " + r.to();
        }, model.chronologyPeriodProperty()));

        CheckComboBox<NetworkViewModel.Choice> cases = new CheckComboBox<>(model.caseOptions());
        cases.setId("network-cases");
        titled(cases, "Cases", model.selectedCases());
        cases.setMaxWidth(220);
        syncChecks(cases, model.selectedCases());
        CheckComboBox<String> roles = new CheckComboBox<>(model.roleOptions());
        roles.setId("network-roles");
        titled(roles, "Roles", model.selectedRoles());
        syncChecks(roles, model.selectedRoles());

        Spinner<Integer> minDegree = new Spinner<>(0, 50, 0);
        minDegree.setId("network-min-degree");
        minDegree.setPrefWidth(80);
        minDegree.setEditable(true);
        minDegree.getValueFactory().valueProperty().addListener((o, was, now) -> model.minDegreeProperty().set(now));
        model.minDegreeProperty().addListener((o, was, now) -> minDegree.getValueFactory().setValue(now.intValue()));

        Label around = new Label();
        around.setId("network-ego");
        Button whole = new Button("Whole network");
        whole.setId("network-whole");
        whole.setOnAction(e -> model.centreOn(null, 1));
        whole.visibleProperty().bind(model.egoCenterProperty().isNotNull());
        whole.managedProperty().bind(whole.visibleProperty());
        ComboBox<Integer> depth = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(1, 2));
        depth.setId("network-depth");
        depth.setTooltip(new Tooltip("Links away from the person"));
        depth.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.egoDepthProperty().set(now);
            }
        });
        model.egoDepthProperty().addListener((o, was, now) -> depth.setValue(now.intValue()));
        depth.setValue(model.egoDepthProperty().get());
        depth.visibleProperty().bind(whole.visibleProperty());
        depth.managedProperty().bind(whole.visibleProperty());

        FlowPane row = new FlowPane(8, 6, period, periodText, cases, roles, new Label("Min. links"), minDegree,
                depth, whole);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(8, 10, 4, 10));
        row.getStyleClass().add("network-filters");
        return row;
    }

    private FlowPane tools() {
        ToggleButton freeze = new ToggleButton("Freeze layout", new FontIcon(MaterialDesignS.SNOWFLAKE));
        freeze.setId("network-freeze");
        freeze.selectedProperty().bindBidirectional(model.frozenProperty());
        Button fit = new Button("Fit", new FontIcon(MaterialDesignF.FIT_TO_PAGE_OUTLINE));
        fit.setId("network-fit");
        fit.setOnAction(e -> {
            if (view != null) {
                view.getCamera().resetView();
            }
        });
        ComboBox<NetworkViewModel.SizeBy> sizeBy = new ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(NetworkViewModel.SizeBy.values()));
        sizeBy.setId("network-size-by");
        sizeBy.valueProperty().bindBidirectional(model.sizeByProperty());
        sizeBy.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(NetworkViewModel.SizeBy s) {
                return s == null ? "" : s == NetworkViewModel.SizeBy.DEGREE ? "Size: links" : "Size: betweenness";
            }

            @Override
            public NetworkViewModel.SizeBy fromString(String s) {
                return null;
            }
        });

        ComboBox<NetworkViewModel.Choice> from = new ComboBox<>(model.persons());
        from.setId("path-from");
        from.setPromptText("From person");
        from.valueProperty().bindBidirectional(model.pathFromProperty());
        ComboBox<NetworkViewModel.Choice> to = new ComboBox<>(model.persons());
        to.setId("path-to");
        to.setPromptText("To person");
        to.valueProperty().bindBidirectional(model.pathToProperty());
        for (ComboBox<?> c : List.of(from, to)) {
            c.setPrefWidth(190);
        }
        Button path = new Button("Shortest path", new FontIcon(MaterialDesignG.GRAPH_OUTLINE));
        path.setId("path-button");
        path.setOnAction(e -> model.findPath());
        Label pathText = new Label();
        pathText.setId("path-text");
        pathText.textProperty().bind(model.pathTextProperty());

        MenuItem png = new MenuItem("Picture of this view (PNG)…");
        png.setId("export-png");
        png.setOnAction(e -> choose("network.png", "PNG image", "*.png").ifPresent(this::exportPng));
        MenuItem gexf = new MenuItem("GEXF (Gephi)…");
        gexf.setOnAction(e -> choose("network.gexf", "GEXF", "*.gexf").ifPresent(p -> exportGraph(p,
                NetworkExport.Format.GEXF)));
        MenuItem graphml = new MenuItem("GraphML…");
        graphml.setOnAction(e -> choose("network.graphml", "GraphML", "*.graphml").ifPresent(p -> exportGraph(p,
                NetworkExport.Format.GRAPHML)));
        MenuButton export = new MenuButton("Export", new FontIcon(MaterialDesignE.EXPORT), png, gexf, graphml);
        export.setId("network-export");

        FlowPane row = new FlowPane(8, 6, freeze, fit, sizeBy, new Label("  Path:"), from, to, path, pathText,
                new Label("  "), export);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(2, 10, 6, 10));
        return row;
    }

    /** "All cases", or how many are picked. */
    private static <T> void titled(CheckComboBox<T> box, String what, javafx.collections.ObservableList<T> selected) {
        Runnable update = () -> box.setTitle(selected.isEmpty() ? what + ": all" : what + ": " + selected.size());
        selected.addListener((ListChangeListener<T>) c -> update.run());
        update.run();
    }

    /** Keeps a CheckComboBox's checks and a list of the view model in step, both ways. */
    private static <T> void syncChecks(CheckComboBox<T> box, javafx.collections.ObservableList<T> selected) {
        boolean[] busy = {false};
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) c -> {
            if (!busy[0]) {
                busy[0] = true;
                selected.setAll(new ArrayList<>(box.getCheckModel().getCheckedItems()));
                busy[0] = false;
            }
        });
        selected.addListener((ListChangeListener<T>) c -> {
            if (!busy[0]) {
                busy[0] = true;
                box.getCheckModel().clearChecks();
                selected.forEach(box.getCheckModel()::check);
                busy[0] = false;
            }
        });
    }

    private java.util.Optional<Path> choose(String name, String what, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        java.io.File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(java.io.File::toPath);
    }

    /** Writes a PNG of the graph as it is shown now (zoom, positions and highlights included). */
    public void exportPng(Path file) {
        Region target = view != null ? view : canvas;
        WritableImage image = target.snapshot(null, null);
        try {
            java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            onExported.accept(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    private void exportGraph(Path file, NetworkExport.Format format) {
        NetworkViewModel.Shown shown = model.shownProperty().get();
        if (shown != null) {
            NetworkExport.write(NetworkGraph.of(shown.network()), format, file);
            onExported.accept(file);
        }
    }

    public void setOnExported(Consumer<Path> action) {
        this.onExported = action;
    }

    // --- the graph ---------------------------------------------------------------------------------------------

    private static String stylesheet(String resource) {
        try (InputStream in = NetworkPane.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void display(NetworkViewModel.Shown shown) {
        closeViewer();
        hovered = null;
        pathNodes.clear();
        pathEdges.clear();
        if (shown == null || shown.graph().getNodeCount() == 0) {
            graph = null;
            empty.setText(shown == null ? "" : "No links for these filters");
            canvas.getChildren().setAll(empty);
            return;
        }
        graph = shown.graph();
        graph.setAttribute("ui.stylesheet", stylesheet(STYLESHEET)
                + (graph.getEdgeCount() > DENSE_ABOVE ? stylesheet(DENSE_STYLESHEET) : ""));
        graph.setAttribute("ui.quality");
        graph.setAttribute("ui.antialias");
        quietLabels();
        for (Node n : graph) {
            n.setAttribute("ui.class", nodeClass(n));
        }
        graph.edges().forEach(e -> {
            e.setAttribute("ui.class", edgeClass(e));
            e.setAttribute("layout.weight", LINK_LENGTH); // longer springs: labels get room
        });
        sizeNodes();

        // the graph is changed on the FX thread, but the viewer reads it through a pipe: positions found by the
        // layout are not fed back into it, which would cost the FX thread a stream of events per step
        viewer = new FxViewer(graph, FxViewer.ThreadingModel.GRAPH_IN_ANOTHER_THREAD);
        boolean laidOut = graph.hasAttribute("layout.steps");
        if (laidOut) {
            layout = null; // laid out before it was shown: frozen, "Freeze layout" off animates it
        } else {
            layout = newLayout();
            viewer.enableAutoLayout(layout);
        }
        frozenLayout = laidOut;
        model.frozenProperty().set(laidOut);
        view = (FxDefaultView) viewer.addDefaultView(false, new FxGraphRenderer());
        view.setId("network-view");
        view.setMouseManager(new Mouse());
        view.addEventFilter(ScrollEvent.SCROLL, this::zoom);
        view.setMinSize(0, 0);
        canvas.getChildren().setAll(view);
    }

    private void closeViewer() {
        linksBack.stop();
        linksShown.set(true);
        if (viewer != null) {
            viewer.close();
            viewer = null;
            view = null;
            layout = null;
        }
    }

    /** In a large network only the busiest nodes keep their labels, and link roles show on hover. */
    private void quietLabels() {
        int floor = 0;
        if (graph.getNodeCount() > LABELS_UP_TO) {
            List<Integer> degrees = graph.nodes().map(Node::getDegree).sorted(java.util.Comparator.reverseOrder())
                    .toList();
            floor = degrees.get(LABELS_UP_TO - 1) + 1;
        }
        for (Node n : graph) {
            if (n.getDegree() < floor) {
                hideLabel(n);
            }
        }
        if (graph.getEdgeCount() > LINK_LABELS_UP_TO) {
            graph.edges().forEach(this::hideLabel);
        }
    }

    private void hideLabel(org.graphstream.graph.Element e) {
        if (e.hasAttribute("label")) {
            e.setAttribute(HIDDEN_LABEL, e.getAttribute("label"));
            e.removeAttribute("label");
        }
    }

    private void revealLabel(org.graphstream.graph.Element e, boolean on) {
        if (!e.hasAttribute(HIDDEN_LABEL)) {
            return;
        }
        if (on) {
            e.setAttribute("label", e.getAttribute(HIDDEN_LABEL));
        } else {
            e.removeAttribute("label");
        }
    }

    private void sizeNodes() {
        if (graph == null) {
            return;
        }
        String measure = model.sizeByProperty().get() == NetworkViewModel.SizeBy.BETWEENNESS ? "betweenness" : "degree";
        double max = graph.nodes().mapToDouble(n -> value(n, measure)).max().orElse(1);
        for (Node n : graph) {
            double v = value(n, measure);
            n.setAttribute("ui.size", 7 + 20 * Math.sqrt(v / (max <= 0 ? 1 : max)));
        }
    }

    private static double value(Node n, String measure) {
        Object v = n.getAttribute(measure);
        return v instanceof Number number ? number.doubleValue() : 0;
    }

    private void applyFreeze(boolean frozen) {
        if (viewer == null) {
            return;
        }
        boolean viewerLayoutStopped = frozenLayout;
        frozenLayout = frozen;
        if (frozen) {
            viewer.disableAutoLayout();
        } else if (layout == null || viewerLayoutStopped) {
            layout = newLayout();
            viewer.enableAutoLayout(layout);
        }
    }

    /**
     * GraphStream's force layout, animated in the view; above NetworkLayout.FAST_ABOVE nodes at quality 0
     * (repulsion from nearby nodes only: 15 ms a step at 2,000 nodes where full quality takes 100 ms).
     */
    private Layout newLayout() {
        SpringBox box = new SpringBox(false, new Random(LAYOUT_SEED));
        if (graph != null && graph.getNodeCount() > org.casebook.network.NetworkLayout.FAST_ABOVE) {
            box.setQuality(0);
        }
        return box;
    }

    private String nodeClass(Node n) {
        String kind = String.valueOf(n.getAttribute("kind"));
        if (pathNodes.contains(n.getId())) {
            return kind + "path";
        }
        if (hovered != null) {
            if (n.getId().equals(hovered) || n.hasEdgeBetween(hovered)) {
                return kind + "hover";
            }
            if (graph.getNodeCount() <= FADE_UP_TO) {
                return kind + "faded";
            }
        }
        return kind;
    }

    private String edgeClass(Edge e) {
        if (pathEdges.contains(e.getId())) {
            return "path";
        }
        if (hovered != null) {
            if (e.getSourceNode().getId().equals(hovered) || e.getTargetNode().getId().equals(hovered)) {
                return "hover";
            }
            if (graph.getNodeCount() <= FADE_UP_TO) {
                return "faded";
            }
        }
        return NetworkGraph.group(String.valueOf(e.getAttribute("role")));
    }

    /** The mouse is over a node (or none): it and its neighbours stand out. */
    void hover(String nodeId) {
        if (graph == null || java.util.Objects.equals(nodeId, hovered)) {
            return;
        }
        String was = hovered;
        hovered = nodeId;
        boolean fade = graph.getNodeCount() <= FADE_UP_TO;
        if (fade && (was == null || nodeId == null)) {
            restyleAll();
        } else {
            for (String id : java.util.Arrays.asList(was, nodeId)) {
                if (id != null && graph.getNode(id) != null) {
                    restyleAround(graph.getNode(id));
                }
            }
        }
        for (String id : java.util.Arrays.asList(was, nodeId)) {
            Node n = id == null ? null : graph.getNode(id);
            if (n != null) {
                boolean on = id.equals(nodeId);
                revealLabel(n, on);
                n.neighborNodes().forEach(m -> revealLabel(m, on));
                n.edges().forEach(e -> revealLabel(e, on));
            }
        }
    }

    private void restyleAround(Node n) {
        n.setAttribute("ui.class", nodeClass(n));
        n.neighborNodes().forEach(m -> m.setAttribute("ui.class", nodeClass(m)));
        n.edges().forEach(e -> e.setAttribute("ui.class", edgeClass(e)));
    }

    private void restyleAll() {
        for (Node n : graph) {
            n.setAttribute("ui.class", nodeClass(n));
        }
        graph.edges().forEach(e -> e.setAttribute("ui.class", edgeClass(e)));
    }

    private void showPath(List<String> path) {
        if (graph == null) {
            return;
        }
        pathNodes.clear();
        pathEdges.clear();
        pathNodes.addAll(path);
        for (int i = 0; i + 1 < path.size(); i++) {
            Node a = graph.getNode(path.get(i));
            Node b = graph.getNode(path.get(i + 1));
            if (a != null && b != null) {
                Edge e = a.getEdgeBetween(b);
                if (e != null) {
                    pathEdges.add(e.getId());
                }
            }
        }
        restyleAll();
        for (String id : path) {
            Node n = graph.getNode(id);
            if (n != null) {
                revealLabel(n, !path.isEmpty());
            }
        }
    }

    /** The wheel zooms on the point under the mouse. */
    private void zoom(ScrollEvent e) {
        if (view == null || e.getDeltaY() == 0) {
            return;
        }
        moving();
        Camera camera = view.getCamera();
        Point3 before = camera.transformPxToGu(e.getX(), e.getY());
        double percent = camera.getViewPercent() * (e.getDeltaY() > 0 ? 0.85 : 1 / 0.85);
        camera.setViewPercent(Math.max(0.02, Math.min(percent, 5)));
        Point3 after = camera.transformPxToGu(e.getX(), e.getY());
        Point3 center = camera.getViewCenter();
        camera.setViewCenter(center.x + before.x - after.x, center.y + before.y - after.y, 0);
        e.consume();
    }

    /**
     * The camera moves (wheel, panning): a dense network is drawn without its links until the view rests for
     * {@value #LINKS_BACK_AFTER_MS} ms, as software rendering needs 150–300 ms a frame to draw 10,000 links. The
     * links are hidden in the viewer's copy of the graph only, so nothing else sees it.
     */
    private void moving() {
        if (viewer == null || graph == null || graph.getEdgeCount() <= DENSE_ABOVE) {
            return;
        }
        if (linksShown.get()) {
            viewer.getGraphicGraph().edges().forEach(e -> e.setAttribute("ui.hide"));
            linksShown.set(false);
        }
        linksBack.playFromStart();
    }

    private void showLinks() {
        if (!linksShown.get() && viewer != null) {
            viewer.getGraphicGraph().edges().forEach(e -> e.removeAttribute("ui.hide"));
        }
        linksShown.set(true);
    }

    /** Zooms the view to a percentage of the whole network, as the wheel does (the benchmark's zoom). */
    public void zoomTo(double percent) {
        if (view != null) {
            moving();
            view.getCamera().setViewPercent(percent);
        }
    }

    /** How many links the viewer's copy of the graph hides now (tests). */
    public long hiddenLinks() {
        return viewer == null ? 0 : viewer.getGraphicGraph().edges().filter(e -> e.hasAttribute("ui.hide")).count();
    }

    /** Whether the links are drawn now (a dense network hides them while the camera moves). */
    public javafx.beans.property.ReadOnlyBooleanProperty linksShownProperty() {
        return linksShown.getReadOnlyProperty();
    }

    // --- for tests and the benchmark ---------------------------------------------------------------------------

    /** Where a node is drawn, in screen coordinates, or null. */
    public Point2D screenPositionOf(String nodeId) {
        if (viewer == null) {
            return null;
        }
        GraphicNode n = (GraphicNode) viewer.getGraphicGraph().getNode(nodeId);
        if (n == null) {
            return null;
        }
        Point3 px = view.getCamera().transformGuToPx(n.getX(), n.getY(), 0);
        return view.localToScreen(px.x, px.y);
    }

    /** The layout running (null when frozen or no graph), for the benchmark. */
    public Layout runningLayout() {
        return viewer != null && !model.frozenProperty().get() ? layout : null;
    }

    /** Whether the graph shown was laid out before it was shown (large networks). */
    public boolean laidOutFirst() {
        return graph != null && graph.hasAttribute("layout.steps");
    }

    /** The viewer's panel (null before a graph is shown). */
    public FxDefaultView view() {
        return view;
    }

    /** The graph shown, with ui.class and ui.size set. */
    public Graph graph() {
        return graph;
    }

    /** The ui.class of a node or link as drawn now. */
    public String styleClassOf(String id) {
        if (graph == null) {
            return null;
        }
        org.graphstream.graph.Element e = graph.getNode(id) != null ? graph.getNode(id) : graph.getEdge(id);
        return e == null ? null : (String) e.getAttribute("ui.class");
    }

    /** Releases the viewer (its animation and layout thread). */
    public void dispose() {
        closeViewer();
    }

    /**
     * Drag a node to move it, drag the background to pan, click a node to open it, hover to see its neighbours.
     * Replaces GraphStream's default (which selects with a rubber band on the background).
     */
    private final class Mouse implements MouseManager {
        private View target;
        private GraphicElement pressed;
        private double pressX;
        private double pressY;
        private Point3 pressCenter;
        private boolean moved;
        private final EnumSet<InteractiveElement> types = EnumSet.of(InteractiveElement.NODE);
        private final javafx.event.EventHandler<MouseEvent> press = this::press;
        private final javafx.event.EventHandler<MouseEvent> drag = this::drag;
        private final javafx.event.EventHandler<MouseEvent> release = this::release;
        private final javafx.event.EventHandler<MouseEvent> move = this::move;
        private final javafx.event.EventHandler<MouseEvent> exit = e -> hover(null);

        @Override
        public void init(GraphicGraph graphic, View view) {
            this.target = view;
            view.addListener(MouseEvent.MOUSE_PRESSED, press);
            view.addListener(MouseEvent.MOUSE_DRAGGED, drag);
            view.addListener(MouseEvent.MOUSE_RELEASED, release);
            view.addListener(MouseEvent.MOUSE_MOVED, move);
            view.addListener(MouseEvent.MOUSE_EXITED, exit);
        }

        @Override
        public void release() {
            target.removeListener(MouseEvent.MOUSE_PRESSED, press);
            target.removeListener(MouseEvent.MOUSE_DRAGGED, drag);
            target.removeListener(MouseEvent.MOUSE_RELEASED, release);
            target.removeListener(MouseEvent.MOUSE_MOVED, move);
            target.removeListener(MouseEvent.MOUSE_EXITED, exit);
        }

        @Override
        public EnumSet<InteractiveElement> getManagedTypes() {
            return types;
        }

        private void press(MouseEvent e) {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            pressX = e.getX();
            pressY = e.getY();
            moved = false;
            pressed = target.findGraphicElementAt(types, e.getX(), e.getY());
            if (pressed != null) {
                target.freezeElement(pressed, true);
            } else {
                pressCenter = target.getCamera().getViewCenter();
            }
            e.consume();
        }

        private void drag(MouseEvent e) {
            moved |= Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 4;
            if (!moved) {
                return;
            }
            if (pressed != null) {
                target.moveElementAtPx(pressed, e.getX(), e.getY());
            } else if (pressCenter != null) {
                moving();
                Camera camera = target.getCamera();
                camera.setViewCenter(pressCenter.x, pressCenter.y, 0);
                Point3 a = camera.transformPxToGu(pressX, pressY);
                Point3 b = camera.transformPxToGu(e.getX(), e.getY());
                camera.setViewCenter(pressCenter.x + a.x - b.x, pressCenter.y + a.y - b.y, 0);
            }
            e.consume();
        }

        private void release(MouseEvent e) {
            if (pressed != null) {
                target.freezeElement(pressed, model.frozenProperty().get());
                if (!moved && e.getButton() == MouseButton.PRIMARY) {
                    String id = pressed.getId();
                    pressed = null;
                    model.open(id);
                }
            }
            pressed = null;
            pressCenter = null;
            e.consume();
        }

        private void move(MouseEvent e) {
            GraphicElement over = target.findGraphicElementAt(types, e.getX(), e.getY());
            hover(over == null ? null : over.getId());
        }
    }

    static Collection<String> ids(Collection<? extends org.graphstream.graph.Element> elements) {
        return elements.stream().map(org.graphstream.graph.Element::getId).toList();
    }
}
