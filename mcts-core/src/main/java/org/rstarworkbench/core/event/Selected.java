package org.rstarworkbench.core.event;

import java.util.List;

/**
 * The selection phase of a rollout ended at {@code leafId}.
 *
 * @param seq     the event's sequence number
 * @param rollout the rollout
 * @param steps   one step per node that selection went through, root first
 * @param leafId  the selected node
 */
public record Selected(long seq, int rollout, List<Step> steps, int leafId) implements SearchEvent {

    public Selected {
        steps = List.copyOf(steps);
    }

    /** How selection left a node. */
    public enum How {
        /** The node had not been expanded: selection stops at it. */
        UNEXPANDED,
        /** The node has terminal status or no children: selection stops at it. */
        TERMINAL,
        /** Some children were never visited: one of them was drawn uniformly at random. */
        UNVISITED_RANDOM,
        /** Every child was visited: the child with the largest UCT was taken. */
        UCT
    }

    /**
     * One step of selection.
     *
     * @param nodeId  the node selection was at
     * @param how     how it chose
     * @param chosen  the chosen child, or -1 when selection stopped at {@code nodeId}
     * @param weight  the exploration weight in force
     * @param scores  every child's UCT at that moment (UCT steps only; empty otherwise)
     */
    public record Step(int nodeId, How how, int chosen, double weight, List<UctScore> scores) {
        public Step {
            scores = List.copyOf(scores);
        }
    }

    /**
     * A child's UCT score at a selection step.
     *
     * @param childId the child
     * @param q       its total reward
     * @param n       its visits
     * @param uct     Q/N + c·sqrt(ln N_parent / N), or 999 for a child with N = 0 (as the reference)
     */
    public record UctScore(int childId, double q, int n, double uct) {
    }
}
