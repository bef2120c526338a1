package org.rstarworkbench.visualizer.layout;

/**
 * Distances of a tree layout, in layout units (one unit is the width reserved for a node).
 *
 * @param sibling the least horizontal distance between the centres of two children of one parent
 * @param cousin  the least horizontal distance between neighbouring nodes of different parents
 * @param level   the vertical distance between two depths
 */
public record LayoutSpacing(double sibling, double cousin, double level) {

    /** Siblings one unit apart, other neighbours 1.5, depths 2.5. */
    public static final LayoutSpacing DEFAULT = new LayoutSpacing(1.0, 1.5, 2.5);

    public LayoutSpacing {
        if (!(sibling > 0) || !(cousin > 0) || !(level > 0) || Double.isInfinite(sibling)
                || Double.isInfinite(cousin) || Double.isInfinite(level)) {
            throw new IllegalArgumentException("layout spacing must be finite and positive, was sibling=" + sibling
                    + ", cousin=" + cousin + ", level=" + level);
        }
    }
}
