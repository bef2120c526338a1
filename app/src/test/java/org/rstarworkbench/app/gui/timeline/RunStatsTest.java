package org.rstarworkbench.app.gui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.selection.Branch;
import org.rstarworkbench.discriminator.selection.Outcome;
import org.rstarworkbench.visualizer.style.VerdictMark;

class RunStatsTest {

    @Test
    void thePeersOutcomesBecomeVerdictMarksAndTheWinnerWins() {
        List<SearchEvent> events = List.of(
                new RolloutFinished(0, 0, 5, "7"), new RolloutFinished(1, 1, 6, "8"),
                new RolloutFinished(2, 2, 9, "7"),
                new PeerChecked(3, 0, "t0", 2, 1, "7", List.of(5, 9), List.of(), Outcome.KEPT),
                new PeerChecked(4, 1, "t1", 1, 1, "8", List.of(6), List.of(), Outcome.REJECTED),
                new PeerChecked(5, 2, "t2", 1, 1, null, List.of(11), List.of(), Outcome.NO_ANSWER),
                new Verdict(6, "rstar-discriminator", "7", Branch.ONE_KEPT, 0, List.of(5), "7", 0.67, 1, List.of(),
                        ComputeUsage.ZERO));

        RunStats before = RunStats.of(events, 3);
        assertThat(before.leading()).isEqualTo("7");
        assertThat(before.leadingCount()).isEqualTo(2);
        assertThat(before.marks()).isEmpty();

        RunStats all = RunStats.of(events, events.size());
        assertThat(all.marks()).isEqualTo(Map.of(5, VerdictMark.WINNER, 9, VerdictMark.AGREED, 6,
                VerdictMark.REJECTED));
        assertThat(all.kept()).isEqualTo(1);
        assertThat(all.rejected()).isEqualTo(1);
        assertThat(all.verdict().answer()).isEqualTo("7");
    }

    @Test
    void aFinishedRunHasItsAnswerCallsAndTokens() {
        List<SearchEvent> events = DemoRuns.judged(4);
        RunStats s = RunStats.of(events, events.size());
        assertThat(s.rollouts()).isEqualTo(4);
        assertThat(s.plannedRollouts()).isEqualTo(4);
        assertThat(s.answer()).isEqualTo("7");
        assertThat(s.ending()).isEqualTo("finished");
        assertThat(s.calls()).isPositive();
        assertThat(s.tokens()).isPositive();

        StatusViewModel status = new StatusViewModel();
        status.show(s);
        assertThat(status.rolloutsProperty().get()).isEqualTo("4/4 rollouts");
        assertThat(status.answerProperty().get()).isEqualTo("Answer: 7");
        assertThat(status.verdictProperty().get()).startsWith("Peer: 7 by ");
        status.show(RunStats.of(events, 1));
        assertThat(status.rolloutsProperty().get()).isEqualTo("0/4 rollouts");
        assertThat(status.answerProperty().get()).isEqualTo("Answer: –");
    }
}
