package org.rstarworkbench.core.event;

/** Rollout {@code rollout} (0-based) began. */
public record RolloutStarted(long seq, int rollout) implements SearchEvent {
}
