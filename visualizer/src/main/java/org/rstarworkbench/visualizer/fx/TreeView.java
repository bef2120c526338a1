package org.rstarworkbench.visualizer.fx;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import javafx.animation.Animation;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.camera.Camera;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.visualizer.graph.TreeGraph;
import org.rstarworkbench.visualizer.style.Legend;
import org.rstarworkbench.visualizer.style.Rgb;
import org.rstarworkbench.visualizer.style.TreeLook;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.TreeDrawer;
import org.rstarworkbench.visualizer.view.TreeDrawing;
import org.rstarworkbench.visualizer.view.TreeViewModel;
import org.rstarworkbench.visualizer.view.TreeViewModel.Change;
import org.rstarworkbench.visualizer.view.TreeViewState;

/**
 * A pane showing a {@link TreeViewModel} with GraphStream's FX viewer and a legend in the corner. On every change of
 * the model, the model's state is frozen on the FX thread, drawn (level of detail, layout, styling) on the background
 * executor, and applied to the graph back on the FX thread: the graph only ever changes there. Changes that arrive
 * while a drawing is computed are coalesced into one more drawing.
 *
 * <p>Labels show once zoomed in far enough that they do not overlap; before that only the selected and collapsed
 * nodes are labelled.
 *
 * <p>The viewer sits in this {@link StackPane} (GraphStream's panel placed directly in other layouts receives mouse
 * coordinates offset). Build it on the FX thread once the toolkit runs, e.g. in {@code Application.start}.
 * {@link #close()} stops the viewer and its timer at any point of the view's life, as often as it is called.
 */
public final class TreeView extends StackPane implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TreeView.class);
    /** Pixels between neighbouring nodes from which their labels (e.g. "#123 A3: 7") no longer overlap. */
    static final double LABEL_ROOM_PX = 56;

    private final TreeViewModel model;
    private final Executor background;
    private final TreeGraph graph = new TreeGraph();
    private final ClosableViewer viewer;
    private final FxDefaultView panel;
    private final VBox legendBox = new VBox(2);
    private final TreeViewModel.Listener listener = this::changed;
    private Consumer<TreeDrawing> onDrawn = d -> { };
    private TreeDrawing shown;
    private Legend legendShown;
    private TreeLook look = TreeLook.LIGHT;
    private boolean computing;
    private boolean dirty;
    private boolean closed;

    /**
     * @param model      the state to show; changed only on the FX thread
     * @param background runs the drawings (layout and styling), e.g. the app's task executor
     * @throws IllegalStateException when not called on the FX thread
     */
    public TreeView(TreeViewModel model, Executor background) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("create the tree view on the JavaFX thread (in start() or later)");
        }
        this.model = Objects.requireNonNull(model, "model");
        this.background = Objects.requireNonNull(background, "background");
        viewer = new ClosableViewer(graph);
        viewer.disableAutoLayout();
        panel = (FxDefaultView) viewer.addDefaultView(false);
        panel.setMouseManager(new PanZoomMouseManager(this::clicked, this::doubleClicked));
        graph.setLabelsShown(false);
        // Called at the end of every repaint with that frame's zoom in pixels per layout unit: labels show once
        // they fit.
        panel.setForeLayoutRenderer((g, rendered, pxPerUnit, w, h, x0, y0, x1, y1) -> {
            boolean fit = pxPerUnit >= LABEL_ROOM_PX * look.scale();
            if (fit != graph.labelsShown()) {
                Platform.runLater(() -> {
                    if (!closed) {
                        graph.setLabelsShown(fit);
                    }
                });
            }
        });
        legendBox.setPadding(new Insets(6));
        legendBox.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        styleLegend();
        legendBox.setMouseTransparent(true);
        StackPane.setAlignment(legendBox, Pos.BOTTOM_LEFT);
        StackPane.setMargin(legendBox, new Insets(8));
        getChildren().addAll(panel, legendBox);
        model.addListener(listener);
        requestDrawing();
    }

    /** Shows the whole tree again (and follows it as it grows) after panning or zooming. */
    public void fit() {
        panel.getCamera().resetView();
    }

    /** Zooms by {@code factor} around the centre of the view (below 1 zooms in). */
    public void zoom(double factor) {
        Camera camera = panel.getCamera();
        PanZoomMouseManager.zoomAround(camera, getWidth() / 2, getHeight() / 2, factor);
    }

    /** Moves the view by {@code dx, dy} pixels, as dragging the mouse by that much does. */
    public void pan(double dx, double dy) {
        Camera camera = panel.getCamera();
        Point3 from = camera.transformPxToGu(0, 0);
        Point3 to = camera.transformPxToGu(dx, dy);
        Point3 c = camera.getViewCenter();
        camera.setViewCenter(c.x - (to.x - from.x), c.y - (to.y - from.y), 0);
    }

    /**
     * Paints the graph now, rather than at the viewer's next tick (it repaints at most every 40 ms after a change),
     * e.g. to time frames. Does nothing once closed. Call it on the FX thread.
     */
    public void repaint() {
        GraphicGraph shownGraph = viewer.getGraphicGraph();
        if (closed || shownGraph == null) {
            return;
        }
        panel.display(shownGraph, true);
        shownGraph.resetGraphChangedFlag();
    }

    /**
     * Where a drawn node appears now, in this pane's coordinates (as of the last repaint), or empty when the node is
     * not drawn. For tests and tooltips.
     */
    public Optional<Point2D> pointOf(int treeId) {
        DrawnNode node = shown == null ? null : shown.node(treeId);
        if (node == null) {
            return Optional.empty();
        }
        Point3 px = panel.getCamera().transformGuToPx(node.x(), -node.y(), 0);
        return Optional.of(panel.localToParent(px.x, px.y));
    }

    /** The drawing the graph shows now, or null before the first one. */
    public TreeDrawing drawing() {
        return shown;
    }

    /**
     * Draws the tree in {@code value}'s colours and sizes (a dark background, larger nodes and labels); the legend
     * follows. On the FX thread.
     */
    public void setLook(TreeLook value) {
        look = Objects.requireNonNull(value, "value");
        graph.setLook(value);
        styleLegend();
        Legend legend = legendShown;
        legendShown = null;
        if (legend != null) {
            showLegend(legend);
        }
    }

    public TreeLook look() {
        return look;
    }

    private void styleLegend() {
        Rgb bg = look.background();
        legendBox.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%d,%d,%d,0.85); "
                + "-fx-border-color: %s;", bg.red(), bg.green(), bg.blue(), look.edge().hex()));
    }

    /** Told of each drawing once the graph shows it, on the FX thread (e.g. for a status line). */
    public void setOnDrawn(Consumer<TreeDrawing> action) {
        onDrawn = Objects.requireNonNull(action, "action");
    }

    /**
     * Stops showing the model and closes the viewer, stopping its timer; safe before the first paint and when called
     * again. Call it on the FX thread.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        model.removeListener(listener);
        viewer.close();
    }

    /** The state of the viewer's repaint timer, for tests. */
    Animation.Status timerStatus() {
        return viewer.timer().getStatus();
    }

    private void changed(Change change) {
        requestDrawing();
    }

    private void requestDrawing() {
        if (computing) {
            dirty = true;
            return;
        }
        computing = true;
        TreeViewState state = model.state();
        try {
            CompletableFuture.supplyAsync(() -> TreeDrawer.draw(state), background)
                    .whenComplete((drawing, error) -> Platform.runLater(() -> drawn(drawing, error)));
        } catch (RejectedExecutionException e) {
            computing = false;
            LOG.warn("The tree view's background executor refused to draw the tree ({}); is it shut down?",
                    e.getMessage());
        }
    }

    private void drawn(TreeDrawing drawing, Throwable error) {
        computing = false;
        if (closed) {
            return;
        }
        if (error != null) {
            LOG.error("Could not draw the search tree: {}", error.getMessage(), error);
        } else {
            graph.show(drawing);
            shown = drawing;
            showLegend(drawing.legend());
            onDrawn.accept(drawing);
        }
        if (dirty) {
            dirty = false;
            requestDrawing();
        }
    }

    private void clicked(int id) {
        if (id >= 0) {
            model.select(id);
        }
    }

    private void doubleClicked(int id) {
        DrawnNode node = shown == null ? null : shown.node(id);
        if (node == null) {
            return;
        }
        if (node.collapsed()) {
            model.expand(id);
        } else {
            int index = model.tree().indexOf(id);
            if (index >= 0 && model.tree().childCount(index) > 0) {
                model.collapse(id);
            }
        }
    }

    private void showLegend(Legend legend) {
        if (legend.equals(legendShown)) {
            return;
        }
        legendShown = legend;
        legendBox.getChildren().clear();
        String text = "-fx-text-fill: " + look.text().hex() + ";";
        Label title = new Label(legend.title());
        title.setStyle("-fx-font-weight: bold; " + text);
        legendBox.getChildren().add(title);
        for (Legend.Entry entry : legend.entries()) {
            Rectangle swatch = new Rectangle(12, 12, fx(entry.colour()));
            swatch.setStroke(Color.GRAY);
            Label name = new Label(entry.label());
            name.setStyle(text);
            HBox row = new HBox(6, swatch, name);
            row.setAlignment(Pos.CENTER_LEFT);
            legendBox.getChildren().add(row);
        }
    }

    private static Color fx(Rgb c) {
        return Color.rgb(c.red(), c.green(), c.blue());
    }
}
