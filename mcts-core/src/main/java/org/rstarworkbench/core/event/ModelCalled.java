package org.rstarworkbench.core.event;

import java.util.List;

import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.tree.Action;

/**
 * One call to the generator model, with everything it was asked and everything it answered.
 *
 * @param seq         the event's sequence number
 * @param call        the call's index in the run, from 0
 * @param nodeId      the node being expanded, or -1 for a judge's call (the peer discriminator)
 * @param action      the action making the call, or null for a judge's call
 * @param purpose     what the call is for, e.g. "propose sub-questions"
 * @param generations per prompt: the request and its completions
 * @param millis      wall-clock time of the call
 */
public record ModelCalled(long seq, long call, int nodeId, Action action, String purpose,
                          List<Generation> generations, long millis) implements SearchEvent {

    public ModelCalled {
        generations = List.copyOf(generations);
    }
}
