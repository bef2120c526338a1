package org.rstarworkbench.core.event;

import java.util.function.LongFunction;

/**
 * Adds events to a run's stream: the emitter hands out the next sequence number and delivers the event to the
 * run's listeners. Used by the engine and by judges that run inside a search (the peer discriminator).
 *
 * <p>Threading: only the run's engine thread emits.
 */
public interface EventEmitter {

    /** Builds the event from the next sequence number, delivers it and returns it. */
    <E extends SearchEvent> E emit(LongFunction<E> event);
}
