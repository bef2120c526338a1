package org.rstarworkbench.discriminator.trajectory;

import org.rstarworkbench.core.tree.SearchNode;

/**
 * How much one candidate weighs in the selection's votes.
 *
 * <p>The reference weighs each candidate by its "reward" {@code min(0, v) + 1}, where {@code v} is the end node's
 * value. Values are confidences in [0, 1], so that reward is always 1 and reward-weighting equals counting:
 * {@link #COUNT} is the reference's behaviour.
 */
public enum Weighting {

    /** Every candidate weighs 1 (the reference). */
    COUNT,

    /** A candidate weighs its end node's value, 0 when the node has none. Not in the reference. */
    VALUE;

    /** The weight of the candidate ending at {@code end}. */
    public double of(SearchNode end) {
        if (this == COUNT) {
            return 1.0;
        }
        double v = end.value();
        return Double.isNaN(v) ? 0.0 : Math.max(0.0, v);
    }
}
