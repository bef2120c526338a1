package org.rstarworkbench.app.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.SearchListener;

/**
 * Hands a run's events from the engine thread to the FX thread: the engine offers each event as it happens (never
 * waiting), the FX thread drains whatever arrived at its next update, so the view changes at most as often as it
 * drains, however fast the engine runs.
 */
public final class EventInbox implements SearchListener {

    private final ConcurrentLinkedQueue<SearchEvent> queue = new ConcurrentLinkedQueue<>();

    /** Called on the engine thread. */
    @Override
    public void onEvent(SearchEvent event) {
        queue.add(event);
    }

    /** Everything that arrived since the last drain, in sequence order. */
    public List<SearchEvent> drain() {
        List<SearchEvent> out = new ArrayList<>();
        for (SearchEvent e = queue.poll(); e != null; e = queue.poll()) {
            out.add(e);
        }
        return out;
    }

    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
