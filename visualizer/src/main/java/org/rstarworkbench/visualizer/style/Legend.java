package org.rstarworkbench.visualizer.style;

import java.util.List;

/**
 * What the colours of a fill mode mean, for a legend box.
 *
 * @param title       a short title, e.g. "Q/N"
 * @param description one sentence on what is shown
 * @param entries     colour swatches with their labels, low to high, then "no data" when it applies
 */
public record Legend(String title, String description, List<Entry> entries) {

    public Legend {
        entries = List.copyOf(entries);
    }

    /**
     * One swatch.
     *
     * @param label what the colour means
     * @param colour the colour
     * @param shape  the shape to draw the swatch as, or null for a plain swatch
     */
    public record Entry(String label, Rgb colour, NodeShape shape) {
    }
}
