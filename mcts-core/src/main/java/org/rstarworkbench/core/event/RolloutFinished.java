package org.rstarworkbench.core.event;

/**
 * A rollout ended at {@code endNodeId}.
 *
 * @param answer the answer its end node states, or null
 */
public record RolloutFinished(long seq, int rollout, int endNodeId, String answer) implements SearchEvent {
}
