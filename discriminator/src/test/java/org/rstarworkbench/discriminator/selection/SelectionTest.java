package org.rstarworkbench.discriminator.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rstarworkbench.discriminator.selection.Checks.kept;
import static org.rstarworkbench.discriminator.selection.Checks.rejected;
import static org.rstarworkbench.discriminator.selection.Checks.unchecked;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.discriminator.trajectory.Trajectory;

class SelectionTest {

    static final Selection LABEL_FREE = new Selection(SelectionSettings.defaults(), AnswerFormat.NUMERIC);
    static final Selection FAITHFUL = new Selection(SelectionSettings.defaults().withReferenceFaithful(true),
            AnswerFormat.NUMERIC);

    @Test
    void noCandidatesGiveNoAnswer() {
        SelectionResult r = LABEL_FREE.select(List.of(), null);

        assertThat(r.branch()).isEqualTo(Branch.NO_CANDIDATES);
        assertThat(r.answer()).isNull();
        assertThat(r.winner()).isEqualTo(-1);
    }

    @Test
    void unanimousMajorityWinsWithoutThePeer() {
        List<CheckedTrajectory> all = List.of(unchecked("7", 2), unchecked("7.0", 1));

        Selection.Preselection pre = LABEL_FREE.preselect(trajectories(all), null);
        SelectionResult r = LABEL_FREE.select(all, null);

        assertThat(pre.isDecided()).isTrue();
        assertThat(pre.toCheck()).isEmpty();
        assertThat(r.branch()).isEqualTo(Branch.CONFIDENT_MAJORITY);
        assertThat(r.answer()).isEqualTo("7");
        assertThat(r.majorityConfidence()).isEqualTo(1.0);
        assertThat(r.outcomes()).containsOnly(Outcome.NOT_NEEDED);
    }

    @Test
    void answerlessCandidatesCountInTheConfidenceAndAreNotChecked() {
        List<CheckedTrajectory> all = List.of(unchecked("7", 3), unchecked(null, 1), unchecked("", 1));

        Selection.Preselection pre = LABEL_FREE.preselect(trajectories(all), null);

        assertThat(pre.isDecided()).isFalse();
        assertThat(pre.toCheck()).containsExactly(0);
        SelectionResult r = LABEL_FREE.select(List.of(kept("7", 3), unchecked(null, 1), unchecked("", 1)), null);
        assertThat(r.majorityConfidence()).isCloseTo(0.6, within(1e-12));
        assertThat(r.outcomes()).containsExactly(Outcome.KEPT, Outcome.NO_ANSWER, Outcome.NO_ANSWER);
        assertThat(r.branch()).isEqualTo(Branch.ONE_KEPT);
    }

    @Test
    void longAnswersAreSetAside() {
        String longAnswer = "1".repeat(101);
        List<CheckedTrajectory> all = List.of(unchecked(longAnswer, 3), rejected("7", 1), rejected("8", 2));

        assertThat(LABEL_FREE.preselect(trajectories(all), null).toCheck()).containsExactly(1, 2);
        SelectionResult r = LABEL_FREE.select(all, null);

        // the long answer is the overall majority, but not a candidate for the fallback
        assertThat(r.majorityAnswer()).isEqualTo(longAnswer);
        assertThat(r.branch()).isEqualTo(Branch.NONE_KEPT);
        assertThat(r.answer()).isEqualTo("8");
        assertThat(r.winner()).isEqualTo(2);
        assertThat(r.outcomes()).containsExactly(Outcome.LONG_ANSWER, Outcome.REJECTED, Outcome.REJECTED);
    }

    @Test
    void noneKeptFallsBackToTheMajority() {
        SelectionResult r = LABEL_FREE.select(List.of(rejected("7", 1), rejected("8", 2), rejected("7", 1)), null);

        // 7 and 8 weigh 2 each: the first seen wins, as the reference's max
        assertThat(r.branch()).isEqualTo(Branch.NONE_KEPT);
        assertThat(r.answer()).isEqualTo("7");
        assertThat(r.scores()).isEmpty();
    }

    @Test
    void oneKeptWins() {
        SelectionResult r = LABEL_FREE.select(List.of(rejected("7", 3), kept("8", 1), rejected("9", 1)), null);

        assertThat(r.branch()).isEqualTo(Branch.ONE_KEPT);
        assertThat(r.answer()).isEqualTo("8");
        assertThat(r.winner()).isEqualTo(1);
        assertThat(r.keptCount()).isEqualTo(1);
    }

    @Test
    void severalKeptAreScoredBySharePlusSurvival() {
        // kept: 7 (count 2), 8 (count 1); 7 also appears 4 more times, all rejected
        List<CheckedTrajectory> all = List.of(kept("7", 2), rejected("7", 4), kept("8", 1));

        SelectionResult r = LABEL_FREE.select(all, null);

        assertThat(r.branch()).isEqualTo(Branch.SCORED);
        assertThat(r.scores()).hasSize(2);
        AnswerScore seven = r.scores().get(0);
        AnswerScore eight = r.scores().get(1);
        assertThat(seven).isEqualTo(new AnswerScore("7", 2.0, 2, 6, 2.0 / 3 + 2.0 / 6));
        assertThat(eight).isEqualTo(new AnswerScore("8", 1.0, 1, 1, 1.0 / 3 + 1.0));
        // 8 wins although 7 is the kept majority: all of its candidates survived
        assertThat(r.answer()).isEqualTo("8");
        assertThat(r.winner()).isEqualTo(2);
        assertThat(r.majorityAnswer()).isEqualTo("7");
    }

    @Test
    void scoredTiesGoToTheAnswerKeptFirst() {
        SelectionResult r = LABEL_FREE.select(List.of(kept("7", 1), kept("8", 1)), null);

        assertThat(r.branch()).isEqualTo(Branch.SCORED);
        assertThat(r.scores()).extracting(AnswerScore::score).containsExactly(1.5, 1.5);
        assertThat(r.answer()).isEqualTo("7");
    }

    @Test
    void weightsShareTheKeptTotalOfCounts() {
        Trajectory heavy = new Trajectory("a", "The answer is 7", "7", 1, 0.9, List.of());
        Trajectory light = new Trajectory("b", "The answer is 8", "8", 2, 0.2, List.of());
        List<CheckedTrajectory> all = List.of(new CheckedTrajectory(heavy, Checks.peer("7", "7", "7", "7", "7")),
                new CheckedTrajectory(light, Checks.peer("8", "8", "8", "8", "8")));

        SelectionResult r = LABEL_FREE.select(all, null);

        assertThat(r.scores()).extracting(AnswerScore::score).containsExactly(0.9 / 3 + 1, 0.2 / 3 + 1);
        assertThat(r.answer()).isEqualTo("7");
    }

    @Test
    void theAgreementModeDecidesWhatIsKept() {
        List<CheckedTrajectory> all = List.of(
                new CheckedTrajectory(Checks.trajectory("7", 2), Checks.peer("7", "7", "9", "9", "9")),
                new CheckedTrajectory(Checks.trajectory("8", 1), Checks.peer("8", "8", "8", "8", "8")));

        SelectionResult loose = new Selection(SelectionSettings.defaults().withMode(AgreementMode.LOOSE),
                AnswerFormat.NUMERIC).select(all, null);
        SelectionResult strict = new Selection(SelectionSettings.defaults().withMode(AgreementMode.STRICT),
                AnswerFormat.NUMERIC).select(all, null);

        assertThat(loose.branch()).isEqualTo(Branch.SCORED);
        assertThat(loose.answer()).isEqualTo("7");
        assertThat(strict.branch()).isEqualTo(Branch.ONE_KEPT);
        assertThat(strict.answer()).isEqualTo("8");
    }

    @Test
    void labelFreeSelectionIgnoresTheGoldAnswer() {
        List<CheckedTrajectory> all = List.of(kept("7", 2), kept("8", 1), rejected("9", 1));

        assertThat(LABEL_FREE.select(all, "9")).isEqualTo(LABEL_FREE.select(all, null));
    }

    @Test
    void referenceFaithfulGivesNoAnswerWhenNoCandidateIsCorrect() {
        List<CheckedTrajectory> all = List.of(unchecked("7", 5));

        SelectionResult r = FAITHFUL.select(all, "9");

        // checked before the confident majority, as in the reference's evaluation script
        assertThat(r.branch()).isEqualTo(Branch.REFERENCE_NO_CORRECT_CANDIDATE);
        assertThat(r.answer()).isNull();
        assertThat(FAITHFUL.preselect(trajectories(all), "9").toCheck()).isEmpty();
    }

    @Test
    void referenceFaithfulFallsBackToTheMajorityWhenNoKeptAnswerIsCorrect() {
        List<CheckedTrajectory> all = List.of(kept("7", 1), kept("8", 1), rejected("9", 3));

        SelectionResult faithful = FAITHFUL.select(all, "9");
        SelectionResult labelFree = LABEL_FREE.select(all, "9");

        assertThat(faithful.branch()).isEqualTo(Branch.REFERENCE_NO_CORRECT_KEPT);
        assertThat(faithful.answer()).isEqualTo("9");
        assertThat(labelFree.branch()).isEqualTo(Branch.SCORED);
        assertThat(labelFree.answer()).isEqualTo("7");
    }

    @Test
    void referenceFaithfulScoresAsUsualWhenAKeptAnswerIsCorrect() {
        List<CheckedTrajectory> all = List.of(kept("7", 1), kept("8", 1), rejected("9", 3));

        assertThat(FAITHFUL.select(all, "8.0")).isEqualTo(LABEL_FREE.select(all, null));
        assertThat(FAITHFUL.select(all, null)).isEqualTo(LABEL_FREE.select(all, null));
    }

    private static List<Trajectory> trajectories(List<CheckedTrajectory> all) {
        return all.stream().map(CheckedTrajectory::trajectory).toList();
    }
}
