package org.rstarworkbench.visualizer.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;

import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.TreeLook;
import org.rstarworkbench.visualizer.view.DrawnEdge;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.TreeDrawing;

/**
 * Keeps a GraphStream graph in step with the latest {@link TreeDrawing}: nodes and edges that appeared are added,
 * those gone (scrubbed back, collapsed) removed, and only the attributes that changed are set, so a viewer redraws
 * what moved. Node ids are the tree's node ids as text; the edge into node {@code c} is {@code e<c>}.
 *
 * <p>Node attributes: {@code xy} (layout x, and minus layout y so the root is at the top of GraphStream's y-up
 * space), {@code ui.class} (see {@link DrawnNode#styleClasses()}), {@code ui.color} (a {@link Float}, the position on
 * the fill's colour scale), {@code ui.label} only where the drawing labels the node. The graph carries the
 * {@code ui.stylesheet} of the drawing's fill mode in the {@link TreeLook} set (light by default).
 *
 * <p>Not thread-safe: one thread changes the graph (the FX thread once a viewer shows it).
 */
public final class TreeGraph {

    private final Graph graph;
    private final Map<Integer, Shown> shown = new HashMap<>();
    private final Map<Integer, Boolean> edges = new HashMap<>();
    private FillMode styled;
    private boolean labelsShown = true;
    private boolean labelsStyled = true;
    private TreeLook look = TreeLook.LIGHT;
    private TreeLook lookStyled = TreeLook.LIGHT;

    /** What was last set on a node, to set only what changes. */
    private record Shown(double x, double y, String classes, float colour, String label) {
    }

    /**
     * What one update did.
     *
     * @param added   nodes added
     * @param removed nodes removed
     * @param changed nodes with an attribute changed (added nodes not counted)
     */
    public record Update(int added, int removed, int changed) {
    }

    /** Shows drawings in a new empty single graph. */
    public TreeGraph() {
        this(new SingleGraph("rstar-tree", true, false, 1024, 1024));
    }

    /** Shows drawings in {@code graph}, which this object then owns; it should start empty. */
    public TreeGraph(Graph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    public Graph graph() {
        return graph;
    }

    /** The graph node id of a tree node. */
    public static String nodeId(int treeId) {
        return Integer.toString(treeId);
    }

    /** The tree node id of a graph node id, or -1 when it is not one of ours. */
    public static int treeId(String nodeId) {
        try {
            return Integer.parseInt(nodeId);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Makes the graph show {@code drawing}, changing only what differs from the last drawing shown. */
    public Update show(TreeDrawing drawing) {
        restyle(drawing.fillMode());
        int removed = removeGone(drawing);
        int added = 0;
        int changed = 0;
        for (DrawnNode node : drawing.nodes()) {
            Shown now = new Shown(node.x(), -node.y(), node.styleClasses(),
                    node.noData() ? 0f : (float) node.fillPosition(), node.label());
            Shown before = shown.put(node.id(), now);
            if (before == null) {
                graph.addNode(nodeId(node.id()));
                added++;
            } else if (before.equals(now)) {
                continue;
            } else {
                changed++;
            }
            apply(graph.getNode(nodeId(node.id())), before, now);
        }
        for (DrawnEdge edge : drawing.edges()) {
            Boolean before = edges.put(edge.childId(), edge.onTrajectory());
            String id = "e" + edge.childId();
            if (before == null) {
                graph.addEdge(id, nodeId(edge.parentId()), nodeId(edge.childId()), true);
            }
            if (before == null ? edge.onTrajectory() : before != edge.onTrajectory()) {
                if (edge.onTrajectory()) {
                    graph.getEdge(id).setAttribute("ui.class", "path");
                } else {
                    graph.getEdge(id).removeAttribute("ui.class");
                }
            }
        }
        return new Update(added, removed, changed);
    }

    /**
     * Shows every label, or only those of the selected and collapsed nodes (the view hides the rest while they
     * would overlap).
     */
    public void setLabelsShown(boolean shown) {
        labelsShown = shown;
        if (styled != null) {
            restyle(styled);
        }
    }

    public boolean labelsShown() {
        return labelsShown;
    }

    /** Draws in {@code value}'s colours and sizes from now on (restyling what is shown). */
    public void setLook(TreeLook value) {
        look = Objects.requireNonNull(value, "value");
        if (styled != null) {
            restyle(styled);
        }
    }

    public TreeLook look() {
        return look;
    }

    private void restyle(FillMode mode) {
        if (mode == styled && labelsShown == labelsStyled && look.equals(lookStyled)) {
            return;
        }
        // GraphStream adds a new style sheet to the rules it has; only removing the attribute clears them.
        graph.removeAttribute("ui.stylesheet");
        graph.setAttribute("ui.stylesheet", GraphStyleSheet.of(mode, labelsShown, look));
        styled = mode;
        lookStyled = look;
        labelsStyled = labelsShown;
    }

    private int removeGone(TreeDrawing drawing) {
        Set<Integer> keep = new HashSet<>(drawing.nodes().size() * 2);
        drawing.nodes().forEach(n -> keep.add(n.id()));
        int removed = 0;
        for (Iterator<Integer> it = shown.keySet().iterator(); it.hasNext(); ) {
            int id = it.next();
            if (!keep.contains(id)) {
                graph.removeNode(nodeId(id));
                it.remove();
                edges.remove(id);
                removed++;
            }
        }
        // An edge whose child stays but whose parent went cannot happen: a parent precedes its visible children.
        return removed;
    }

    private static void apply(Node node, Shown before, Shown now) {
        if (before == null || before.x() != now.x() || before.y() != now.y()) {
            node.setAttribute("xy", now.x(), now.y());
        }
        if (before == null || !before.classes().equals(now.classes())) {
            node.setAttribute("ui.class", now.classes());
        }
        if (before == null || before.colour() != now.colour()) {
            node.setAttribute("ui.color", Float.valueOf(now.colour()));
        }
        if (before == null ? now.label() != null : !Objects.equals(before.label(), now.label())) {
            if (now.label() == null) {
                node.removeAttribute("ui.label");
            } else {
                node.setAttribute("ui.label", now.label());
            }
        }
    }
}
