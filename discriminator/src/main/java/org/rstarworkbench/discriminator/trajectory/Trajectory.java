package org.rstarworkbench.discriminator.trajectory;

import java.util.List;
import java.util.Objects;

/**
 * One candidate trajectory written out as text, with every candidate that flattened to the same text merged into it.
 *
 * @param text      the trajectory as one line of reasoning, starting "Let's think step by step." (see
 *                  {@link Trajectories#flatten})
 * @param finalStep the step that states the answer: the direct answer, the final sub-answer or the last thought
 * @param answer    the answer read from {@code finalStep}, or null when it states none
 * @param count     how many candidates flattened to this text, at least 1
 * @param weight    the trajectory's weight in the votes of the selection (see {@link Weighting}), at least 0
 * @param nodeIds   the end nodes of the merged candidates, in the order they were collected; may repeat an id when
 *                  a node was both a solution of the tree and a rollout's end
 */
public record Trajectory(String text, String finalStep, String answer, int count, double weight,
                         List<Integer> nodeIds) {

    public Trajectory {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(finalStep, "finalStep");
        nodeIds = List.copyOf(nodeIds);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be a finite number >= 0, was " + weight);
        }
    }

    /** A trajectory seen once, of weight 1, with no node: for tests and for callers outside a search. */
    public static Trajectory of(String text, String finalStep, String answer) {
        return new Trajectory(text, finalStep, answer, 1, 1.0, List.of());
    }

    /** This trajectory counted {@code newCount} times with weight {@code newWeight}. */
    public Trajectory withCount(int newCount, double newWeight) {
        return new Trajectory(text, finalStep, answer, newCount, newWeight, nodeIds);
    }

    /** Whether the trajectory states an answer (not null, not blank). */
    public boolean hasAnswer() {
        return answer != null && !answer.isBlank();
    }
}
