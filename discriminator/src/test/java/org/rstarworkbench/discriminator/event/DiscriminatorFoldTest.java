package org.rstarworkbench.discriminator.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.discriminator.selection.Branch;
import org.rstarworkbench.discriminator.selection.Outcome;

class DiscriminatorFoldTest {

    @Test
    void foldRebuildsOutcomesPerNodeAndTheWinner() {
        PeerChecked rejected = new PeerChecked(43, 1, "Let's think step by step. 8.", 1, 1.0, "8", List.of(12),
                List.of(), Outcome.REJECTED);
        Verdict verdict = new Verdict(44, "rstar-discriminator", "7", Branch.ONE_KEPT, 0, List.of(5, 9), "7", 0.5,
                1, List.of(), ComputeUsage.ZERO);

        DiscriminatorFold before = DiscriminatorFold.of(List.of(DiscriminatorEventsTest.CHECKED, rejected));
        DiscriminatorFold after = DiscriminatorFold.of(List.of(DiscriminatorEventsTest.CHECKED, rejected, verdict));

        assertThat(before.verdict()).isEmpty();
        assertThat(before.checks()).hasSize(2);
        assertThat(after.outcomeOf(9)).contains(Outcome.KEPT);
        assertThat(after.outcomeOf(12)).contains(Outcome.REJECTED);
        assertThat(after.outcomeOf(3)).isEmpty();
        assertThat(after.verdict()).contains(verdict);
        assertThat(after.isWinner(5)).isTrue();
        assertThat(after.isWinner(12)).isFalse();
    }

    @Test
    void foldIgnoresTheEnginesEvents() {
        DiscriminatorFold fold = DiscriminatorFold.of(List.of(
                new RunFinished(0, "7", ComputeUsage.ZERO, ComputeUsage.ZERO)));

        assertThat(fold.checks()).isEmpty();
        assertThat(fold.verdict()).isEmpty();
    }
}
