package org.rstarworkbench.app.gui.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.CandidateCollected.Source;

class ComparisonTest {

    static Candidate candidate(int index, Step... steps) {
        return new Candidate(index, "text " + index, "7", 1, Set.of(Source.TREE),
                List.of(steps[steps.length - 1].nodeId()), List.of(steps), null, false);
    }

    @Test
    void alignsStepsAndMarksTheDifferingWordsOfChangedOnes() {
        Step think = new Step(1, "A1 thought", "Ann starts with 3 apples.");
        Candidate a = candidate(0, think, new Step(4, "A2 direct answer", "3 + 4 = 7. The answer is 7."));
        Candidate b = candidate(1, think, new Step(7, "A1 thought", "Bob gives her 4."),
                new Step(9, "A2 direct answer", "3 + 4 = 8. The answer is 8."));

        Comparison c = Comparison.of(a, b);

        assertThat(c.rows()).extracting(Comparison.Row::kind).containsExactly(Diff.Kind.SAME,
                Diff.Kind.RIGHT_ONLY, Diff.Kind.CHANGED);
        assertThat(c.differing()).isEqualTo(2);
        assertThat(c.rows().get(0).leftWords()).noneMatch(Diff.Word::changed);
        assertThat(c.rows().get(1).left()).isNull();
        assertThat(c.rows().get(1).right().nodeId()).isEqualTo(7);
        Comparison.Row changed = c.rows().get(2);
        assertThat(changed.leftWords().stream().filter(Diff.Word::changed).map(Diff.Word::text))
                .containsExactly("7.", "7.");
        assertThat(changed.rightWords().stream().filter(Diff.Word::changed).map(Diff.Word::text))
                .containsExactly("8.", "8.");
    }

    @Test
    void aTrajectoryComparedWithItselfHasNoDifference() {
        Candidate a = candidate(0, new Step(1, "A1 thought", "x"), new Step(2, "A2 direct answer", "y"));
        assertThat(Comparison.of(a, a).differing()).isZero();
    }

    @Test
    void stepsOfAnotherActionDoNotPairEvenWithTheSameText() {
        Candidate a = candidate(0, new Step(1, "A1 thought", "3 + 4 = 7."));
        Candidate b = candidate(1, new Step(2, "A2 direct answer", "3 + 4 = 7."));
        assertThat(Comparison.of(a, b).rows()).extracting(Comparison.Row::kind)
                .containsExactly(Diff.Kind.LEFT_ONLY, Diff.Kind.RIGHT_ONLY);
    }
}
