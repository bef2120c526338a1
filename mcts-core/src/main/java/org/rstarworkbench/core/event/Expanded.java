package org.rstarworkbench.core.event;

import java.util.List;

/** A node was expanded: its children, in creation order, were created just before this event. */
public record Expanded(long seq, int nodeId, List<Integer> childIds) implements SearchEvent {

    public Expanded {
        childIds = List.copyOf(childIds);
    }
}
