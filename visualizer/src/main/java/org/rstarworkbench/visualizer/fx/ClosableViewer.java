package org.rstarworkbench.visualizer.fx;

import java.util.HashMap;

import javafx.animation.Animation;
import javafx.animation.Timeline;

import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.graphicGraph.StyleGroup;

import org.rstarworkbench.visualizer.graph.TreeGraph;

/**
 * GraphStream's FX viewer with a {@link #close()} that works in any state and always stops the repaint timer.
 * GraphStream 2.0's own close goes wrong in three ways:
 * <ul>
 *   <li>The renderer removes its painter from the style group of every element, but a group gets its painter table
 *       only when first painted: every group of a view that never painted, and every group made by a change since
 *       the last paint (a view replaced right after it was created or changed), throws a NullPointerException in
 *       {@code StyleGroup.removeRenderer}, and the close stops before it stops the timer.</li>
 *   <li>The timer is started from a thread of the viewer's own, which may run only after a close that comes right
 *       after construction, and then runs for ever (or fails on the field the close set to null).</li>
 *   <li>A second close throws on the graph the first one let go of.</li>
 * </ul>
 * Used on the FX thread only, like the rest of the view.
 */
final class ClosableViewer extends FxViewer {
    private boolean closed;

    ClosableViewer(TreeGraph graph) {
        super(graph.graph(), ThreadingModel.GRAPH_IN_GUI_THREAD);
    }

    /** The repaint timer, also after the close, for tests. */
    Timeline timer() {
        return timeline;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Timeline timer = timeline;
        timer.statusProperty().addListener((o, was, now) -> {
            if (now == Animation.Status.RUNNING) {
                timer.stop();
            }
        });
        try {
            GraphicGraph shown = getGraphicGraph();
            if (shown != null) {
                givePainterTables(shown);
            }
            super.close();
        } finally {
            timer.stop();
            // The starter thread reads the field when it runs: keep it pointing at the stopped timer.
            timeline = timer;
        }
    }

    /** Gives each style group that was never painted the empty painter table a painted group has. */
    private static void givePainterTables(GraphicGraph shown) {
        givePainterTable(shown.getStyle());
        shown.nodes().forEach(n -> givePainterTable(((GraphicElement) n).getStyle()));
        shown.edges().forEach(e -> givePainterTable(((GraphicElement) e).getStyle()));
        shown.sprites().forEach(s -> givePainterTable(s.getStyle()));
    }

    private static void givePainterTable(StyleGroup group) {
        if (group != null && group.renderers == null) {
            group.renderers = new HashMap<>();
        }
    }
}
