package org.rstarworkbench.visualizer.fx;

import java.util.EnumSet;
import java.util.Objects;
import java.util.function.IntConsumer;

import javafx.event.EventHandler;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;

import org.rstarworkbench.visualizer.graph.TreeGraph;

/**
 * Mouse handling for the tree view, replacing GraphStream's default (which drags nodes and draws selection boxes but
 * cannot pan): drag anywhere to pan, turn the wheel to zoom around the cursor, click a node to select it, double-click
 * a node to collapse or expand its branch. Nodes never move: their places come from the layout.
 *
 * <p>Runs on the FX thread, like the view's events.
 */
public final class PanZoomMouseManager implements MouseManager {

    /** Zoom change per wheel notch. */
    static final double WHEEL_FACTOR = 1.15;
    /** A press that moves less than this many pixels before release is a click, not a drag. */
    private static final double CLICK_SLOP = 4;
    private static final double MIN_PERCENT = 0.002;
    private static final double MAX_PERCENT = 4;

    private final IntConsumer onClick;
    private final IntConsumer onDoubleClick;
    private View view;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragging;

    private final EventHandler<MouseEvent> pressed = this::pressed;
    private final EventHandler<MouseEvent> dragged = this::dragged;
    private final EventHandler<MouseEvent> released = this::released;
    private final EventHandler<ScrollEvent> scrolled = this::scrolled;

    /**
     * @param onClick       told the tree id of a clicked node, or -1 for a click on empty space
     * @param onDoubleClick told the tree id of a double-clicked node
     */
    public PanZoomMouseManager(IntConsumer onClick, IntConsumer onDoubleClick) {
        this.onClick = Objects.requireNonNull(onClick, "onClick");
        this.onDoubleClick = Objects.requireNonNull(onDoubleClick, "onDoubleClick");
    }

    @Override
    public void init(GraphicGraph graph, View target) {
        this.view = target;
        target.addListener(MouseEvent.MOUSE_PRESSED, pressed);
        target.addListener(MouseEvent.MOUSE_DRAGGED, dragged);
        target.addListener(MouseEvent.MOUSE_RELEASED, released);
        target.addListener(ScrollEvent.SCROLL, scrolled);
    }

    @Override
    public void release() {
        if (view != null) {
            view.removeListener(MouseEvent.MOUSE_PRESSED, pressed);
            view.removeListener(MouseEvent.MOUSE_DRAGGED, dragged);
            view.removeListener(MouseEvent.MOUSE_RELEASED, released);
            view.removeListener(ScrollEvent.SCROLL, scrolled);
            view = null;
        }
    }

    @Override
    public EnumSet<InteractiveElement> getManagedTypes() {
        return EnumSet.of(InteractiveElement.NODE);
    }

    /** Zooms by {@code factor} (below 1 zooms in) keeping the graph point under (x, y) pixels in place. */
    static void zoomAround(Camera camera, double x, double y, double factor) {
        double percent = camera.getViewPercent();
        double next = Math.max(MIN_PERCENT, Math.min(MAX_PERCENT, percent * factor));
        double f = next / percent;
        Point3 p = camera.transformPxToGu(x, y);
        Point3 c = camera.getViewCenter();
        camera.setViewPercent(next);
        camera.setViewCenter(p.x + (c.x - p.x) * f, p.y + (c.y - p.y) * f, 0);
    }

    private void pressed(MouseEvent e) {
        view.requireFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastX = pressX;
        lastY = pressY;
        dragging = false;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= CLICK_SLOP) {
            dragging = true;
        }
        if (dragging) {
            Camera camera = view.getCamera();
            // Both points go through the same transform, so the difference is right even between two repaints.
            Point3 from = camera.transformPxToGu(lastX, lastY);
            Point3 to = camera.transformPxToGu(e.getX(), e.getY());
            Point3 c = camera.getViewCenter();
            camera.setViewCenter(c.x - (to.x - from.x), c.y - (to.y - from.y), 0);
            lastX = e.getX();
            lastY = e.getY();
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!dragging && e.getButton() == MouseButton.PRIMARY) {
            GraphicElement hit = view.findGraphicElementAt(getManagedTypes(), e.getX(), e.getY());
            int id = hit == null ? -1 : TreeGraph.treeId(hit.getId());
            if (e.getClickCount() >= 2 && id >= 0) {
                onDoubleClick.accept(id);
            } else {
                onClick.accept(id);
            }
        }
        dragging = false;
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            zoomAround(view.getCamera(), e.getX(), e.getY(), e.getDeltaY() > 0 ? 1 / WHEEL_FACTOR : WHEEL_FACTOR);
        }
        e.consume();
    }
}
