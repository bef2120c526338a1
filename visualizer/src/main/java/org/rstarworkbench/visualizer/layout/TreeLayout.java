package org.rstarworkbench.visualizer.layout;

/**
 * Where a tidy layout put each node of a {@link org.rstarworkbench.visualizer.tree.TreeSnapshot}, by the snapshot's
 * node index. Layout units: x from 0 (leftmost node) to {@link #width()}; y = depth × level spacing, growing
 * downward from the root at 0. Hidden nodes (below a collapsed one) have NaN coordinates and depth -1.
 *
 * <p>Immutable (the arrays are never handed out) and thread-safe.
 */
public final class TreeLayout {

    private final double[] x;
    private final double[] y;
    private final int[] depth;
    private final int[] hiddenBelow;
    private final int visibleCount;
    private final double width;
    private final double height;
    private final LayoutSpacing spacing;

    TreeLayout(double[] x, double[] y, int[] depth, int[] hiddenBelow, int visibleCount, double width,
               double height, LayoutSpacing spacing) {
        this.x = x;
        this.y = y;
        this.depth = depth;
        this.hiddenBelow = hiddenBelow;
        this.visibleCount = visibleCount;
        this.width = width;
        this.height = height;
        this.spacing = spacing;
    }

    /** How many nodes the layout covers (the snapshot's size). */
    public int size() {
        return x.length;
    }

    public double x(int index) {
        return x[index];
    }

    public double y(int index) {
        return y[index];
    }

    /** The node's row, or -1 when hidden. */
    public int depth(int index) {
        return depth[index];
    }

    /** Whether the node is drawn: reachable from the root without passing a collapsed node. */
    public boolean isVisible(int index) {
        return depth[index] >= 0;
    }

    /** For a visible collapsed node, how many descendants it hides (its "+N"); else 0. */
    public int hiddenBelow(int index) {
        return hiddenBelow[index];
    }

    /** How many nodes are drawn. */
    public int visibleCount() {
        return visibleCount;
    }

    /** The distance from the leftmost to the rightmost node. */
    public double width() {
        return width;
    }

    /** The distance from the root's row to the deepest row. */
    public double height() {
        return height;
    }

    public LayoutSpacing spacing() {
        return spacing;
    }
}
