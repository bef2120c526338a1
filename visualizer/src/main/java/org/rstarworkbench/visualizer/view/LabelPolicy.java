package org.rstarworkbench.visualizer.view;

/**
 * Which nodes carry a text label. Labels cost the most when drawing thousands of nodes, so a big tree labels only the
 * selected node and its collapsed branches ("+N").
 *
 * @param maxLabelled every visible node is labelled while at most this many are visible; 0 labels only the selection
 *                    and collapsed branches
 */
public record LabelPolicy(int maxLabelled) {

    /** Labels everything in trees of up to 500 visible nodes (the view shows them once zoomed in enough). */
    public static final LabelPolicy DEFAULT = new LabelPolicy(500);

    /** Labels only the selection and collapsed branches. */
    public static final LabelPolicy MINIMAL = new LabelPolicy(0);

    public LabelPolicy {
        if (maxLabelled < 0) {
            throw new IllegalArgumentException("maxLabelled must be at least 0, was " + maxLabelled);
        }
    }
}
