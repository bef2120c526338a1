package org.rstarworkbench.visualizer.style;

import java.util.Objects;

/**
 * The colours and the scale of a tree drawing around its node fills: background, label text, edges, node outlines and
 * the selected node's outline, and how much larger than normal nodes, labels and lines are drawn (a presentation on
 * a projector wants them larger). The fills themselves are the fill mode's.
 *
 * @param background the drawing's background
 * @param text       the labels' colour
 * @param edge       the edges' colour (the highlighted trajectory keeps its own)
 * @param outline    the node outlines' colour where the kind does not set one
 * @param selected   the selected node's outline
 * @param scale      1 for normal sizes; 1.5 draws nodes, labels and lines half as large again
 */
public record TreeLook(Rgb background, Rgb text, Rgb edge, Rgb outline, Rgb selected, double scale) {

    /** Dark on white: the normal look. */
    public static final TreeLook LIGHT = new TreeLook(Rgb.hex("#ffffff"), Rgb.hex("#222222"), Rgb.hex("#a0a0a0"),
            Rgb.hex("#444444"), Rgb.hex("#000000"), 1.0);
    /** Light on a dark grey, for a dark window theme. */
    public static final TreeLook DARK = new TreeLook(Rgb.hex("#1f2326"), Rgb.hex("#e8eaed"), Rgb.hex("#7d8791"),
            Rgb.hex("#c5cad0"), Rgb.hex("#ffffff"), 1.0);

    public TreeLook {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(edge, "edge");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(selected, "selected");
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new IllegalArgumentException("the tree's scale must be between 0.5 and 4, was " + scale);
        }
    }

    /** This look with nodes, labels and lines drawn {@code value} times their normal size. */
    public TreeLook withScale(double value) {
        return new TreeLook(background, text, edge, outline, selected, value);
    }

    /** Whether the background is dark (light text on it). */
    public boolean dark() {
        return background.luminance() < 0.5;
    }

    /** {@code px} scaled, rounded to whole pixels, at least 1. */
    public int px(double px) {
        return Math.max(1, (int) Math.round(px * scale));
    }
}
