package org.rstarworkbench.app.gui;

import org.rstarworkbench.visualizer.layout.LayoutSpacing;

/**
 * Stretches the distance between depths so that a wide, shallow search tree fills the pane instead of lying in a
 * thin band across it: the level spacing is chosen so the tree's shape roughly matches the pane's, between the
 * default and three times it. It changes only when the better spacing differs by more than a quarter, so a growing
 * tree does not jump at every update.
 */
final class TreeSpacing {

    private static final double MIN_LEVEL = LayoutSpacing.DEFAULT.level();
    private static final double MAX_LEVEL = 3 * MIN_LEVEL;
    /** Leave some of the pane's height free for the legend and margins. */
    private static final double FILL = 0.7;
    private static final double HYSTERESIS = 0.25;

    private TreeSpacing() {
    }

    /**
     * The spacing to use, or {@code current} when it is good enough.
     *
     * @param current    the spacing of the drawing
     * @param width      the drawing's width in layout units
     * @param height     the drawing's height in layout units
     * @param paneWidth  the pane's width in pixels
     * @param paneHeight the pane's height in pixels
     */
    static LayoutSpacing better(LayoutSpacing current, double width, double height, double paneWidth,
                                double paneHeight) {
        if (paneWidth <= 0 || paneHeight <= 0 || width <= 0 || height <= 0) {
            return current;
        }
        double gaps = height / current.level();
        if (gaps < 1) {
            return current;
        }
        double wanted = width * paneHeight / paneWidth * FILL / gaps;
        double level = Math.max(MIN_LEVEL, Math.min(MAX_LEVEL, wanted));
        if (Math.abs(level - current.level()) <= HYSTERESIS * current.level()) {
            return current;
        }
        return new LayoutSpacing(current.sibling(), current.cousin(), level);
    }
}
