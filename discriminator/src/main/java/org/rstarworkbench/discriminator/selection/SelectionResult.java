package org.rstarworkbench.discriminator.selection;

import java.util.List;
import java.util.Objects;

/**
 * The selection's decision.
 *
 * @param answer             the final answer, or null when there is none
 * @param branch             the rule that decided
 * @param winner             the index of the trajectory whose answer won, or -1 when none did
 * @param majorityAnswer     the majority answer over all candidates (duplicates counted), or null
 * @param majorityConfidence the majority answer's weight over the number of all candidates, answerless ones
 *                           included
 * @param outcomes           per trajectory, in input order, what became of it
 * @param scores             per answer among the kept trajectories, in order of first appearance; empty when none
 *                           was kept or the peer was not needed
 */
public record SelectionResult(String answer, Branch branch, int winner, String majorityAnswer,
                              double majorityConfidence, List<Outcome> outcomes, List<AnswerScore> scores) {

    public SelectionResult {
        Objects.requireNonNull(branch, "branch");
        outcomes = List.copyOf(outcomes);
        scores = List.copyOf(scores);
    }

    /** How many trajectories passed the agreement test. */
    public int keptCount() {
        return (int) outcomes.stream().filter(o -> o == Outcome.KEPT).count();
    }
}
