package org.rstarworkbench.core.event;

/**
 * A candidate solution was collected after the last rollout.
 *
 * @param nodeId the node ending the trajectory
 * @param answer the answer it states, or null
 * @param source where it came from: a solution node of the final tree, or the end node of a rollout
 */
public record CandidateCollected(long seq, int nodeId, String answer, Source source) implements SearchEvent {

    /** Where a candidate came from. */
    public enum Source {
        TREE, ROLLOUT_END
    }
}
