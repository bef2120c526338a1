package org.rstarworkbench.app.store;

/**
 * One event as stored: its sequence number, type name and JSON, including events of types this build does not
 * know (they are kept and exported unchanged).
 *
 * @param seq  the event's sequence number in its run
 * @param type the event's type name, e.g. {@code "rollout-finished"}
 * @param json the event as JSON, with its {@code "type"} property
 */
public record StoredEvent(long seq, String type, String json) {
}
