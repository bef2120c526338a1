package org.rstarworkbench.app.gui;

import java.util.Locale;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

import org.rstarworkbench.app.gui.classroom.DemoRunsMenu;
import org.rstarworkbench.app.gui.evaluation.EvaluationWindow;
import org.rstarworkbench.app.gui.history.OpenRunDialog;
import org.rstarworkbench.app.gui.history.OpenRunViewModel;
import org.rstarworkbench.app.gui.inspect.InspectorView;
import org.rstarworkbench.app.gui.look.AppearanceMenus;
import org.rstarworkbench.app.gui.run.RunView;
import org.rstarworkbench.app.gui.timeline.StatusView;
import org.rstarworkbench.app.gui.timeline.TimelineView;
import org.rstarworkbench.app.gui.trajectories.TrajectoriesView;
import org.rstarworkbench.visualizer.fx.TreeView;
import org.rstarworkbench.visualizer.layout.LayoutSpacing;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.view.TreeDrawing;
import org.rstarworkbench.visualizer.view.TreeViewModel;

/**
 * The main window's layout: the run panel on the left, the search tree in the middle, the inspector and the
 * trajectories panel (tabs) on the right, the timeline with its narration and the status bar at the bottom. It drives
 * the view-model's {@link MainViewModel#pump(long)} at most 30 times a second and builds a new {@link TreeView} for
 * every run.
 */
public final class MainView extends BorderPane implements AutoCloseable {

    /** How often events of a live run reach the screen: 30 times a second at most. */
    static final Duration UPDATE_PERIOD = Duration.millis(1000.0 / 30);

    private final MainViewModel model;
    private final TaskExecutor tasks;
    private final StackPane treeHolder = new StackPane();
    private final Label drawnText = new Label();
    private final Timeline pump;
    private final TimelineView timelineView;
    private final Tab inspectorTab;
    private final Tab trajectoriesTab;
    private TreeView treeView;

    public MainView(MainViewModel model, TaskExecutor tasks) {
        this.model = model;
        this.tasks = tasks;
        getStyleClass().add("main-view");
        setTop(menus());
        RunView runView = new RunView(model.run());
        inspectorTab = new Tab("Inspector", new InspectorView(model.inspector()));
        inspectorTab.setId("inspectorTab");
        trajectoriesTab = new Tab("Trajectories", new TrajectoriesView(model.trajectories()));
        trajectoriesTab.setId("trajectoriesTab");
        TabPane side = new TabPane(inspectorTab, trajectoriesTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(runView, centre(), side);
        split.setDividerPositions(0.2, 0.7);
        SplitPane.setResizableWithParent(runView, false);
        SplitPane.setResizableWithParent(side, false);
        setCenter(split);
        timelineView = new TimelineView(model.timeline());
        StatusView status = new StatusView(model.status(), model.run().statusText());
        setBottom(new VBox(new Separator(), timelineView, status));
        model.treeProperty().addListener((obs, old, tree) -> showTree(tree));
        model.appearance().treeLook().addListener((obs, old, look) -> treeView.setLook(look));
        showTree(model.tree());
        pump = new Timeline(new KeyFrame(UPDATE_PERIOD, e -> model.pump(System.nanoTime())));
        pump.setCycleCount(Animation.INDEFINITE);
        pump.play();
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open stored run…");
        open.setId("menuOpen");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> openStoredRun());
        open.disableProperty().bind(model.run().liveBinding());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> getScene().getWindow().hide());
        MenuItem evaluate = new MenuItem("New evaluation…");
        evaluate.setId("menuEvaluate");
        evaluate.setOnAction(e -> openEvaluation());
        MenuItem fit = new MenuItem("Fit the tree");
        fit.setAccelerator(KeyCombination.keyCombination("Shortcut+0"));
        fit.setOnAction(e -> fit());
        return new MenuBar(new Menu("File", null, open, DemoRunsMenu.of(model), new SeparatorMenuItem(), quit),
                new Menu("View", null, fit, new SeparatorMenuItem(), AppearanceMenus.presentation(model.appearance()),
                        AppearanceMenus.theme(model.appearance())),
                new Menu("Evaluate", null, evaluate));
    }

    private BorderPane centre() {
        Label empty = new Label("No run yet: pick a problem and press Play (or Run to end), or open a stored run "
                + "with File ▸ Open stored run, or a recorded lesson with File ▸ Open demo run.");
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.getStyleClass().add("placeholder");
        empty.setMouseTransparent(true);
        empty.visibleProperty().bind(model.timeline().eventCountProperty().isEqualTo(0));
        StackPane.setAlignment(empty, Pos.CENTER);
        Label loading = new Label("Reading the stored run…");
        loading.getStyleClass().add("placeholder");
        loading.visibleProperty().bind(model.loadingProperty());
        BorderPane pane = new BorderPane(new StackPane(treeHolder, empty, loading));
        pane.setTop(treeBar());
        pane.setMinWidth(300);
        return pane;
    }

    private ToolBar treeBar() {
        ComboBox<FillMode> fill = new ComboBox<>();
        fill.setId("fillMode");
        fill.getItems().setAll(FillMode.MEAN_REWARD, FillMode.VISITS, FillMode.VALUE, FillMode.VERDICT,
                FillMode.KIND);
        fill.setConverter(new StringConverter<>() {
            @Override
            public String toString(FillMode m) {
                return m == null ? "" : m.title();
            }

            @Override
            public FillMode fromString(String s) {
                return null;
            }
        });
        fill.valueProperty().bindBidirectional(model.fillModeProperty());
        fill.setTooltip(new Tooltip("What the nodes' fill shows; the legend is in the tree's corner"));
        TextField find = new TextField();
        find.setId("find");
        find.setPromptText("Find text or #id");
        find.setPrefColumnCount(14);
        find.textProperty().addListener((obs, old, text) -> model.tree().find(text));
        find.setOnAction(e -> model.tree().selectNextMatch());
        Button fitButton = new Button("Fit");
        fitButton.setOnAction(e -> fit());
        Button zoomIn = new Button("+");
        zoomIn.setOnAction(e -> zoom(0.8));
        Button zoomOut = new Button("−");
        zoomOut.setOnAction(e -> zoom(1.25));
        Pane grow = new Pane();
        HBox.setHgrow(grow, Priority.ALWAYS);
        drawnText.setId("drawnText");
        drawnText.getStyleClass().add("hint");
        lessChromeInPresentation(find, drawnText);
        return new ToolBar(new Label("Fill"), fill, new Separator(), find, new Separator(), fitButton, zoomIn,
                zoomOut, grow, drawnText);
    }

    /** Presentation mode hides what a class watching a projector does not need. */
    private void lessChromeInPresentation(Node... chrome) {
        for (Node node : chrome) {
            node.managedProperty().bind(node.visibleProperty());
            node.visibleProperty().bind(model.appearance().presentationProperty().not());
        }
    }

    private void showTree(TreeViewModel tree) {
        if (treeView != null) {
            treeView.close();
        }
        treeView = new TreeView(tree, tasks.workers());
        treeView.setId("treeView");
        treeView.setLook(model.appearance().treeLook().get());
        treeView.setOnDrawn(this::drawn);
        treeHolder.getChildren().setAll(treeView);
        drawnText.setText("");
    }

    private void drawn(TreeDrawing drawing) {
        LayoutSpacing better = TreeSpacing.better(drawing.spacing(), drawing.width(), drawing.height(),
                treeHolder.getWidth(), treeHolder.getHeight());
        if (!better.equals(drawing.spacing())) {
            model.tree().setSpacing(better);
        }
        int hidden = drawing.totalNodes() - drawing.nodes().size();
        drawnText.setText(String.format(Locale.ROOT, "%d nodes%s", drawing.totalNodes(),
                hidden > 0 ? " (" + hidden + " in collapsed branches)" : ""));
    }

    /** Shows the whole tree. */
    public void fit() {
        treeView.fit();
    }

    private void zoom(double factor) {
        treeView.zoom(factor);
    }

    /** Opens the stored-run dialog; the chosen run is read off the FX thread and replayed. */
    public OpenRunDialog openStoredRun() {
        if (model.store() == null || model.run().state().isLive()) {
            return null;
        }
        OpenRunDialog dialog = new OpenRunDialog(getScene() == null ? null : getScene().getWindow(),
                new OpenRunViewModel(tasks, model.store(), model::error));
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                model.openStoredRun(dialog.getResult().id());
            }
        });
        dialog.show();
        return dialog;
    }

    /** Opens a window that evaluates methods over a dataset, starting with the run panel's model. */
    public EvaluationWindow openEvaluation() {
        return EvaluationWindow.open(getScene() == null ? null : getScene().getWindow(), tasks, model);
    }

    /** The tree view of the run shown. */
    public TreeView treeView() {
        return treeView;
    }

    /** Brings the trajectories panel (true) or the inspector to the front. */
    public void showTrajectories(boolean trajectories) {
        Tab tab = trajectories ? trajectoriesTab : inspectorTab;
        tab.getTabPane().getSelectionModel().select(tab);
    }

    public TimelineView timelineView() {
        return timelineView;
    }

    public MainViewModel viewModel() {
        return model;
    }

    /** Stops the updates and the tree view's timer. */
    @Override
    public void close() {
        pump.stop();
        if (treeView != null) {
            treeView.close();
        }
    }
}
