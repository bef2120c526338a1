package org.rstarworkbench.core.event;

import java.util.List;

/** The simulation phase went from the selected node through {@code path} (random children) to a terminal node. */
public record Simulated(long seq, int rollout, int fromId, List<Integer> path) implements SearchEvent {

    public Simulated {
        path = List.copyOf(path);
    }
}
