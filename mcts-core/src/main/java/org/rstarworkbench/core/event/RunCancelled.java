package org.rstarworkbench.core.event;

/** The search was cancelled by its controller. */
public record RunCancelled(long seq, int completedRollouts) implements SearchEvent {
}
