package org.rstarworkbench.core.event;

/**
 * Receives a run's events on the engine thread, in sequence order. Implementations must return quickly: a view
 * coalesces and hands events to its own thread, a store batches its writes.
 */
@FunctionalInterface
public interface SearchListener {

    void onEvent(SearchEvent event);
}
