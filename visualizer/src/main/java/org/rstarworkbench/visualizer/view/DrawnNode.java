package org.rstarworkbench.visualizer.view;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.visualizer.style.KindStyle;
import org.rstarworkbench.visualizer.style.Rgb;

/**
 * A visible node of a drawing: where it is, how it looks and what it holds.
 *
 * @param info         the node as created
 * @param q            its total reward
 * @param n            its visits
 * @param x            layout x (0 = leftmost node)
 * @param y            layout y (0 = the root's row, growing downward)
 * @param depth        its row
 * @param fillPosition its position on the fill mode's colour scale, or NaN for no data
 * @param fill         its fill colour
 * @param kind         its kind's shape and colour
 * @param selected     whether it is the selected node
 * @param onTrajectory whether it lies on the highlighted trajectory
 * @param matched      whether it matches the find text, or hides a node that does
 * @param hiddenBelow  for a collapsed node, how many descendants it hides ("+N"); else 0
 * @param label        its text label, or null when it carries none
 */
public record DrawnNode(NodeInfo info, double q, int n, double x, double y, int depth, double fillPosition, Rgb fill,
                        KindStyle kind, boolean selected, boolean onTrajectory, boolean matched, int hiddenBelow,
                        String label) {

    public int id() {
        return info.id();
    }

    /** The parent's id, or -1 for the root. */
    public int parentId() {
        return info.parentId();
    }

    /** Whether the node is collapsed with descendants hidden below it. */
    public boolean collapsed() {
        return hiddenBelow > 0;
    }

    /** Whether the fill mode has no data for this node. */
    public boolean noData() {
        return Double.isNaN(fillPosition);
    }

    /**
     * The GraphStream {@code ui.class} list, most important first (GraphStream takes a property from the first class
     * that sets it): {@code selected}, {@code match}, {@code path}, {@code collapsed}, {@code nodata}, then the kind.
     */
    public String styleClasses() {
        List<String> classes = new ArrayList<>(6);
        if (selected) {
            classes.add("selected");
        }
        if (matched) {
            classes.add("match");
        }
        if (onTrajectory) {
            classes.add("path");
        }
        if (collapsed()) {
            classes.add("collapsed");
        }
        if (noData()) {
            classes.add("nodata");
        }
        classes.add(kind.styleClass());
        return String.join(", ", classes);
    }
}
