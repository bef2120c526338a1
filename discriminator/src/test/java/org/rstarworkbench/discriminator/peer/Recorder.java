package org.rstarworkbench.discriminator.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

import org.rstarworkbench.core.event.EventEmitter;
import org.rstarworkbench.core.event.SearchEvent;

/** An event emitter that keeps what it is given, numbered from 0. */
final class Recorder implements EventEmitter {

    final List<SearchEvent> events = new ArrayList<>();

    @Override
    public <E extends SearchEvent> E emit(LongFunction<E> event) {
        E e = event.apply(events.size());
        events.add(e);
        return e;
    }

    <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
