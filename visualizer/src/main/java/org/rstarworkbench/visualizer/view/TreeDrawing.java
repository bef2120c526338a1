package org.rstarworkbench.visualizer.view;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rstarworkbench.visualizer.layout.LayoutSpacing;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.Legend;

/**
 * A tree ready to draw: its visible nodes (parents before children) with positions and looks, its edges, and the
 * legend of its fill. Made by {@link TreeDrawer}; read by the GraphStream graph, the PNG painter and the exports.
 *
 * <p>Immutable and thread-safe.
 */
public final class TreeDrawing {

    private final List<DrawnNode> nodes;
    private final List<DrawnEdge> edges;
    private final FillMode fillMode;
    private final Legend legend;
    private final double width;
    private final double height;
    private final LayoutSpacing spacing;
    private final int totalNodes;
    private final int autoMinVisits;
    private final long lastSeq;
    private volatile Map<Integer, DrawnNode> byId;

    /**
     * @param nodes         the visible nodes, in creation order
     * @param edges         parent-to-child edges between visible nodes
     * @param fillMode      what the fill shows
     * @param legend        what the fill colours mean
     * @param width         layout width (x runs from 0 to it)
     * @param height        layout height (y runs from 0 to it)
     * @param spacing       the layout distances used
     * @param totalNodes    how many nodes the tree has, drawn or hidden
     * @param autoMinVisits branches with fewer visits than this were collapsed automatically; 0 when none was
     * @param lastSeq       the last event folded into the tree, or -1
     */
    public TreeDrawing(List<DrawnNode> nodes, List<DrawnEdge> edges, FillMode fillMode, Legend legend, double width,
                       double height, LayoutSpacing spacing, int totalNodes, int autoMinVisits, long lastSeq) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.fillMode = fillMode;
        this.legend = legend;
        this.width = width;
        this.height = height;
        this.spacing = spacing;
        this.totalNodes = totalNodes;
        this.autoMinVisits = autoMinVisits;
        this.lastSeq = lastSeq;
    }

    public List<DrawnNode> nodes() {
        return nodes;
    }

    public List<DrawnEdge> edges() {
        return edges;
    }

    public FillMode fillMode() {
        return fillMode;
    }

    public Legend legend() {
        return legend;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public LayoutSpacing spacing() {
        return spacing;
    }

    public int totalNodes() {
        return totalNodes;
    }

    public int autoMinVisits() {
        return autoMinVisits;
    }

    public long lastSeq() {
        return lastSeq;
    }

    /** How many nodes are hidden in collapsed branches. */
    public int hiddenNodes() {
        return totalNodes - nodes.size();
    }

    /** The visible node with this id, or null. */
    public DrawnNode node(int id) {
        Map<Integer, DrawnNode> index = byId;
        if (index == null) {
            index = new HashMap<>(nodes.size() * 2);
            for (DrawnNode n : nodes) {
                index.put(n.id(), n);
            }
            byId = index;
        }
        return index.get(id);
    }
}
