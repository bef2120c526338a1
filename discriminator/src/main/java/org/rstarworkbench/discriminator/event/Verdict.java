package org.rstarworkbench.discriminator.event;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.discriminator.selection.AnswerScore;
import org.rstarworkbench.discriminator.selection.Branch;

/**
 * The peer discriminator's final answer; it follows the run's {@link PeerChecked} events and precedes
 * {@code run-finished}.
 *
 * @param seq                the event's sequence number in the run
 * @param method             the judge's name, e.g. {@code rstar-discriminator}
 * @param answer             the final answer, or null
 * @param branch             the selection rule that decided
 * @param winner             the index of the trajectory whose answer won, or -1
 * @param winnerNodeIds      the end nodes of that trajectory's candidates; empty when none won
 * @param majorityAnswer     the majority answer over all candidates, or null
 * @param majorityConfidence its confidence
 * @param kept               how many trajectories passed the agreement test
 * @param scores             the scores of the kept trajectories' answers; empty when the scores were not needed
 * @param usage              the compute the peer used
 */
@JsonTypeName("verdict")
public record Verdict(long seq, String method, String answer, Branch branch, int winner, List<Integer> winnerNodeIds,
                      String majorityAnswer, double majorityConfidence, int kept, List<AnswerScore> scores,
                      ComputeUsage usage) implements SearchEvent {

    public Verdict {
        winnerNodeIds = List.copyOf(winnerNodeIds);
        scores = List.copyOf(scores);
    }
}
