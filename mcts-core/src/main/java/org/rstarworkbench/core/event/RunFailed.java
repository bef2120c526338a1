package org.rstarworkbench.core.event;

/** The search stopped on an error; {@code message} says what happened and what to do. */
public record RunFailed(long seq, String message) implements SearchEvent {
}
