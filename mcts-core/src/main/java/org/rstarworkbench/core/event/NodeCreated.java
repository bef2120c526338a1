package org.rstarworkbench.core.event;

/** A node was created by an action (or the root, at the start). */
public record NodeCreated(long seq, NodeInfo node) implements SearchEvent {
}
