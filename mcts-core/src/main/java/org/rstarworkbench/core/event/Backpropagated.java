package org.rstarworkbench.core.event;

import java.util.List;

/** The terminal node's reward was added to Q, and 1 to N, of every node on {@code path} (root first). */
public record Backpropagated(long seq, int rollout, double reward, List<Integer> path) implements SearchEvent {

    public Backpropagated {
        path = List.copyOf(path);
    }
}
