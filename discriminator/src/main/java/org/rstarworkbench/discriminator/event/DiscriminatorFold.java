package org.rstarworkbench.discriminator.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.discriminator.selection.Outcome;

/**
 * The discriminator's part of a run rebuilt from its events, like the engine's tree fold: apply events in sequence
 * order (others are ignored) and read the checks and the verdict as they stood after the last one applied.
 *
 * <p>Not thread-safe; views fold on their own thread.
 */
public final class DiscriminatorFold {

    private final List<PeerChecked> checks = new ArrayList<>();
    private final Map<Integer, Outcome> byNode = new HashMap<>();
    private Verdict verdict;

    /** Folds every event of a list. */
    public static DiscriminatorFold of(List<? extends SearchEvent> events) {
        DiscriminatorFold fold = new DiscriminatorFold();
        events.forEach(fold::apply);
        return fold;
    }

    /** Applies one event; events that are not the discriminator's are ignored. */
    public void apply(SearchEvent event) {
        if (event instanceof PeerChecked checked) {
            checks.add(checked);
            for (int id : checked.nodeIds()) {
                byNode.put(id, checked.outcome());
            }
        } else if (event instanceof Verdict v) {
            verdict = v;
        }
    }

    /** The trajectories dealt with so far, in order. */
    public List<PeerChecked> checks() {
        return Collections.unmodifiableList(checks);
    }

    /** The verdict, once it came. */
    public Optional<Verdict> verdict() {
        return Optional.ofNullable(verdict);
    }

    /** What became of the trajectory ending at a node, when one ends there and was dealt with. */
    public Optional<Outcome> outcomeOf(int nodeId) {
        return Optional.ofNullable(byNode.get(nodeId));
    }

    /** Whether a node ends a trajectory whose answer won. */
    public boolean isWinner(int nodeId) {
        return verdict != null && verdict.winnerNodeIds().contains(nodeId);
    }
}
