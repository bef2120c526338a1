package org.rstarworkbench.discriminator.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.discriminator.selection.MaskCheck;
import org.rstarworkbench.discriminator.selection.Outcome;

/**
 * The peer discriminator dealt with one trajectory: it checked it (or says why not). One per trajectory, in
 * trajectory order, before the {@link Verdict}.
 *
 * @param seq        the event's sequence number in the run
 * @param trajectory the trajectory's index among the run's trajectories, from 0
 * @param text       the trajectory as the peer reads it
 * @param count      how many candidates flattened to this text
 * @param weight     its weight in the votes
 * @param answer     its answer, or null
 * @param nodeIds    the end nodes of its candidates in the tree
 * @param masks      the peer's completion of every prefix, in mask order; empty when it was not checked
 * @param outcome    whether it was kept, rejected, or why it was not checked
 */
@JsonTypeName("peer-checked")
public record PeerChecked(long seq, int trajectory, String text, int count, double weight, String answer,
                          List<Integer> nodeIds, List<MaskCheck> masks, Outcome outcome) implements SearchEvent {

    public PeerChecked {
        nodeIds = List.copyOf(nodeIds);
        masks = List.copyOf(masks);
    }

    /** How many of the peer's completions reached the trajectory's answer. */
    public long agreeing() {
        return masks.stream().filter(MaskCheck::agrees).count();
    }
}
