package org.casebook.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.casebook.ui.chronology.ChronologyPane;
import org.casebook.ui.chronology.ChronologyViewModel;
import org.casebook.ui.dossier.DossierPane;
import org.casebook.ui.dossier.DossierViewModel;
import org.casebook.ui.importing.ImportSummaryDialog;
import org.casebook.ui.item.ItemDetailPane;
import org.casebook.ui.item.ItemDetailViewModel;
import org.casebook.ui.network.NetworkPane;
import org.casebook.ui.network.NetworkViewModel;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * The main window: menus, the pane switcher with back/forward, the current pane, and the status bar with the
 * progress of background work. Files and folders dropped on the window are imported.
 */
public final class MainWindow {

    public static final String STYLESHEET = "/org/casebook/ui/casebook.css";

    private final Stage stage;
    private final MainViewModel model;
    private final ChronologyViewModel chronologyModel = new ChronologyViewModel();
    private final ChronologyPane chronologyPane = new ChronologyPane(chronologyModel);
    private final ItemDetailViewModel itemModel;
    private final ItemDetailPane itemPane;
    private final DossierViewModel dossierModel;
    /** Built when first shown, like the network pane: their classes need not load before the first rows. */
    private DossierPane dossierPane;
    private final NetworkViewModel networkModel;
    private NetworkPane networkPane;
    private final StackPane center = new StackPane();
    private final Scene scene;
    private ImportSummaryDialog lastSummary;

    public MainWindow(Stage stage, MainViewModel model) {
        this.stage = stage;
        this.model = model;
        this.itemModel = new ItemDetailViewModel(model);
        this.itemPane = new ItemDetailPane(itemModel);
        this.dossierModel = new DossierViewModel(model);
        this.networkModel = new NetworkViewModel(model);
        networkModel.chronologyPeriodProperty().bind(chronologyModel.rangeProperty());
        networkModel.setOnOpenCase(this::openCase);
        chronologyPane.setOnOpen(model::openItem);
        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(center);
        root.setBottom(statusBar());
        scene = new Scene(root, model.preferences().windowWidth(), model.preferences().windowHeight());
        scene.getStylesheets().add(MainWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setOnHidden(e -> {
            model.preferences().rememberWindowSize(scene.getWidth(), scene.getHeight());
            if (networkPane != null) {
                networkPane.dispose();
            }
        });

        applyTheme(model.darkThemeProperty().get());
        model.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));
        show(model.navigation().current());
        model.navigation().currentProperty().addListener((o, was, now) -> show(now));
        model.sessionProperty().addListener((o, was, now) -> show(model.navigation().current()));
        keyboard();
        model.dataVersionProperty().addListener((o, was, now) -> chronologyModel.show(model.sessionProperty().get()));
        model.lastImportProperty().addListener((o, was, now) -> {
            if (now != null) {
                lastSummary = new ImportSummaryDialog(stage, now);
                lastSummary.show();
            }
        });
        model.errorProperty().addListener((o, was, now) -> {
            if (now != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, now);
                alert.initOwner(stage);
                alert.setHeaderText("Casebook could not do that");
                alert.getDialogPane().setId("error-dialog");
                alert.show();
                model.errorProperty().set(null);
            }
        });

        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.sessionProperty().get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private MenuBar menuBar() {
        MenuItem newWorkspace = new MenuItem("New workspace…");
        newWorkspace.setOnAction(e -> {
            FileChooser chooser = workspaceChooser("New workspace");
            chooser.setInitialFileName("case.db");
            File f = chooser.showSaveDialog(stage);
            if (f != null) {
                model.open(f.toPath(), s -> { });
            }
        });
        MenuItem open = new MenuItem("Open workspace…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> {
            File f = workspaceChooser("Open workspace").showOpenDialog(stage);
            if (f != null) {
                model.open(f.toPath(), s -> { });
            }
        });
        Menu recent = new Menu("Open recent");
        recent.setId("menu-recent");
        Runnable fillRecent = () -> recent.getItems().setAll(model.recentWorkspaces().stream().map(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setOnAction(e -> model.open(p, s -> { }));
            return item;
        }).toList());
        model.recentWorkspaces().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem importFiles = new MenuItem("Import files…");
        importFiles.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importFiles.setOnAction(e -> importFiles());
        MenuItem importFolder = new MenuItem("Import folder…");
        importFolder.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Import a folder of reports");
            File dir = chooser.showDialog(stage);
            if (dir != null) {
                model.importPaths(List.of(dir.toPath()));
            }
        });
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> stage.close());
        for (MenuItem writes : List.of(importFiles, importFolder)) {
            writes.disableProperty().bind(model.sessionProperty().isNull().or(model.busyProperty()));
        }
        Menu file = new Menu("File", null, newWorkspace, open, recent, new SeparatorMenuItem(), importFiles,
                importFolder, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        Menu view = new Menu("View");
        int number = 0;
        for (Pane p : Pane.values()) {
            if (!p.inSwitcher()) {
                continue;
            }
            number++;
            MenuItem item = new MenuItem(p.title(), new FontIcon(p.icon()));
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(number)),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> goTo(p));
            view.getItems().add(item);
        }
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.selectedProperty().bindBidirectional(model.darkThemeProperty());
        view.getItems().addAll(new SeparatorMenuItem(), dark);

        MenuItem back = new MenuItem("Back");
        back.setAccelerator(new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN));
        back.setOnAction(e -> model.navigation().back());
        back.disableProperty().bind(model.navigation().canGoBackProperty().not());
        MenuItem forward = new MenuItem("Forward");
        forward.setAccelerator(new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN));
        forward.setOnAction(e -> model.navigation().forward());
        forward.disableProperty().bind(model.navigation().canGoForwardProperty().not());
        Menu go = new Menu("Go", null, back, forward);

        MenuItem undo = new MenuItem("Undo");
        undo.setId("menu-undo");
        undo.textProperty().bind(model.history().undoTextProperty());
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.history().canUndoProperty().not().or(model.busyProperty()));
        MenuItem redo = new MenuItem("Redo");
        redo.setId("menu-redo");
        redo.textProperty().bind(model.history().redoTextProperty());
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        redo.setOnAction(e -> model.redo());
        redo.disableProperty().bind(model.history().canRedoProperty().not().or(model.busyProperty()));
        MenuItem find = new MenuItem("Find");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(e -> focusSearch());
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), find);
        edit.setId("menu-edit");
        return new MenuBar(file, edit, view, go);
    }

    private ToolBar toolBar() {
        Button back = iconButton(MaterialDesignA.ARROW_LEFT, "Back (Alt+Left)");
        back.setOnAction(e -> model.navigation().back());
        back.disableProperty().bind(model.navigation().canGoBackProperty().not());
        Button forward = iconButton(MaterialDesignA.ARROW_RIGHT, "Forward (Alt+Right)");
        forward.setOnAction(e -> model.navigation().forward());
        forward.disableProperty().bind(model.navigation().canGoForwardProperty().not());

        ToggleGroup group = new ToggleGroup();
        SegmentedButton switcher = new SegmentedButton();
        switcher.setToggleGroup(group);
        switcher.setId("pane-switcher");
        for (Pane p : Pane.values()) {
            if (!p.inSwitcher()) {
                continue;
            }
            ToggleButton b = new ToggleButton(p.title(), new FontIcon(p.icon()));
            b.setId("pane-" + p.name().toLowerCase(java.util.Locale.ROOT));
            b.setUserData(p);
            b.setSelected(p == model.navigation().current().pane());
            b.setOnAction(e -> {
                goTo(p);
                b.setSelected(model.navigation().current().pane() == p);
            });
            switcher.getButtons().add(b);
        }
        model.navigation().currentProperty().addListener((o, was, now) -> group.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == now.pane())));

        Button importButton = new Button("Import…", new FontIcon(MaterialDesignT.TRAY_ARROW_DOWN));
        importButton.setId("import-button");
        importButton.setTooltip(new Tooltip("Import files (or drop files and folders on the window)"));
        importButton.setOnAction(e -> importFiles());
        importButton.disableProperty().bind(model.sessionProperty().isNull().or(model.busyProperty()));

        ToggleButton theme = new ToggleButton();
        theme.setId("theme-switch");
        theme.getStyleClass().add("flat");
        theme.selectedProperty().bindBidirectional(model.darkThemeProperty());
        theme.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() ->
                new FontIcon(theme.isSelected() ? MaterialDesignW.WHITE_BALANCE_SUNNY : MaterialDesignW.WEATHER_NIGHT),
                theme.selectedProperty()));
        theme.setTooltip(new Tooltip("Light or dark theme"));

        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        return new ToolBar(back, forward, switcher, spring, importButton, theme);
    }

    private StatusBar statusBar() {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(model.statusProperty());
        bar.progressProperty().bind(model.progressProperty());
        Label counts = new Label();
        counts.setId("workspace-counts");
        counts.textProperty().bind(model.countsProperty());
        counts.setPadding(new Insets(0, 8, 0, 8));
        bar.getRightItems().add(counts);
        return bar;
    }

    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import reports");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Reports (TXT, PDF, DOCX, HTML)", "*.txt", "*.pdf", "*.docx", "*.html",
                        "*.htm"),
                new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = chooser.showOpenMultipleDialog(stage);
        if (files != null) {
            model.importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private static FileChooser workspaceChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Casebook workspace", "*.db"));
        return chooser;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("flat");
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    /** Switches to a pane; the dossier opens on the person shown last there. */
    private void goTo(Pane p) {
        if (p == Pane.DOSSIER && dossierModel.personId() != null) {
            model.openPerson(dossierModel.personId());
        } else if (p != model.navigation().current().pane()) {
            model.navigation().go(Navigation.Place.of(p));
        }
    }

    /** Esc goes back (unless a text field or list wants it); Ctrl+F, Ctrl+1.. and Alt+arrows are menu accelerators. */
    private void keyboard() {
        scene.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                model.navigation().back();
                e.consume();
            }
        });
    }

    /** Ctrl+F: the persons filter in the dossier, else the chronology's search field. */
    private void focusSearch() {
        if (model.navigation().current().pane() == Pane.DOSSIER) {
            dossierPane().filterField().requestFocus();
            dossierPane().filterField().selectAll();
            return;
        }
        goTo(Pane.CHRONOLOGY);
        chronologyPane.searchField().requestFocus();
        chronologyPane.searchField().selectAll();
    }

    private void show(Navigation.Place place) {
        showPane(place.pane());
        if (model.sessionProperty().get() == null) {
            return;
        }
        if (place.pane() == Pane.ITEM && place.subject() != null) {
            itemModel.show(Long.parseLong(place.subject()));
        } else if (place.pane() == Pane.DOSSIER) {
            dossierModel.show(place.subject() == null ? dossierModel.personId() : Long.valueOf(place.subject()));
        }
        if (place.pane() == Pane.NETWORK && place.subject() != null && place.subject().startsWith("person:")) {
            String[] centre = place.subject().substring("person:".length()).split("/");
            networkModel.centreOn(Long.valueOf(centre[0]), centre.length > 1 ? Integer.parseInt(centre[1]) : 1);
        } else if (place.pane() == Pane.NETWORK) {
            networkModel.centreOn(null, networkModel.egoDepthProperty().get());
        }
        networkModel.setActive(place.pane() == Pane.NETWORK);
    }

    /** A case clicked in the network: the chronology of its items (the case filter, the rest as it was). */
    private void openCase(long caseId) {
        var options = chronologyModel.optionsProperty().get();
        options.cases().stream().filter(c -> c.id() == caseId).findFirst()
                .ifPresent(c -> chronologyModel.selectedCases().setAll(c));
        model.navigation().go(Navigation.Place.of(Pane.CHRONOLOGY));
    }

    private void showPane(Pane pane) {
        Node node = switch (pane) {
            case CHRONOLOGY -> chronologyPane;
            case ITEM -> itemPane;
            case DOSSIER -> dossierPane();
            case NETWORK -> networkPane();
        };
        center.getChildren().setAll(node);
    }

    private void applyTheme(boolean dark) {
        // the binary form of the theme loads faster than its CSS text (part of the cold start)
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
    }

    /** Runs once nothing is loading (workspace, import, chronology) and the window has been laid out. */
    public void whenIdle(Runnable then) {
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        int[] quiet = {0};
        poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(100), e -> {
            boolean idle = !model.busyProperty().get() && !chronologyModel.searchingProperty().get()
                    && !chronologyModel.loadingRestProperty().get()
                    && !itemModel.loadingProperty().get() && !dossierModel.loadingProperty().get()
                    && !networkModel.loadingProperty().get();
            quiet[0] = idle ? quiet[0] + 1 : 0;
            if (quiet[0] >= 3) {
                poll.stop();
                then.run();
            }
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public MainViewModel model() {
        return model;
    }

    public ChronologyViewModel chronology() {
        return chronologyModel;
    }

    public ChronologyPane chronologyPane() {
        return chronologyPane;
    }

    public ItemDetailViewModel item() {
        return itemModel;
    }

    public DossierViewModel dossier() {
        return dossierModel;
    }

    public NetworkViewModel network() {
        return networkModel;
    }

    /** Saves the notes being typed (at quit, before the workspace closes). */
    public void saveNotes() {
        itemModel.note().save();
        dossierModel.note().save();
    }

    public NetworkPane networkPane() {
        if (networkPane == null) {
            networkPane = new NetworkPane(networkModel);
            networkPane.setOnExported(p -> model.statusProperty().set("Wrote " + p));
        }
        return networkPane;
    }

    public DossierPane dossierPane() {
        if (dossierPane == null) {
            dossierPane = new DossierPane(dossierModel);
        }
        return dossierPane;
    }

    /** The summary dialog of the last import, or null. */
    public ImportSummaryDialog lastImportSummary() {
        return lastSummary;
    }
}
