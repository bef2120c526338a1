package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VotesTest {

    @Test
    void groupsEquivalentAnswersUnderTheFirstOneSeen() {
        Vote vote = Votes.tally(AnswerFormat.NUMERIC, List.of(
                "The answer is 18.", "The answer is 20.", "So 9 * 2 = 18.0", "The answer is $18"));

        assertThat(vote.groups()).containsExactly(
                new AnswerGroup("18", List.of(0, 2, 3)), new AnswerGroup("20", List.of(1)));
        assertThat(vote.total()).isEqualTo(4);
        assertThat(vote.majority()).contains(new AnswerGroup("18", List.of(0, 2, 3)));
        assertThat(vote.confidence()).isEqualTo(0.75);
        assertThat(vote.representative()).isZero();
    }

    @Test
    void breaksTiesForTheGroupSeenFirst() {
        Vote vote = Votes.tally(AnswerFormat.NUMERIC, List.of(
                "no idea", "The answer is 7", "The answer is 5", "The answer is 5", "The answer is 7"));

        assertThat(vote.majority()).map(AnswerGroup::answer).contains("7");
        assertThat(vote.representative()).isEqualTo(1);
        assertThat(vote.confidence()).isEqualTo(2 / 5.0);
    }

    @Test
    void countsUnreadableCompletionsOnlyInTheTotal() {
        Vote vote = Votes.tally(AnswerFormat.YES_NO,
                Arrays.asList("I am not sure", null, "The answer is yes.", "", "The answer is maybe"));

        assertThat(vote.groups()).containsExactly(new AnswerGroup("true", List.of(2)));
        assertThat(vote.total()).isEqualTo(5);
        assertThat(vote.confidence()).isEqualTo(0.2);
        assertThat(vote.representative()).isEqualTo(2);
    }

    @Test
    void hasNoMajorityWhenNothingParses() {
        Vote vote = Votes.tally(AnswerFormat.NUMERIC, List.of("no", "numbers", "here"));

        assertThat(vote.groups()).isEmpty();
        assertThat(vote.total()).isEqualTo(3);
        assertThat(vote.majority()).isEmpty();
        assertThat(vote.confidence()).isZero();
        assertThat(vote.representative()).isZero();
    }

    @Test
    void talliesAnEmptyListToAnEmptyVote() {
        Vote vote = Votes.tally(AnswerFormat.MATH, List.of());

        assertThat(vote).isEqualTo(Vote.empty());
        assertThat(vote.confidence()).isZero();
        assertThat(vote.representative()).isZero();
    }

    @Test
    void groupsByEquivalenceNotByText() {
        Vote vote = Votes.tally(AnswerFormat.MATH, List.of(
                "$\\boxed{\\frac12}$", "$\\boxed{0.5}$", "$\\boxed{\\dfrac{1}{2}}$", "$\\boxed{2}$"));

        assertThat(vote.groups()).extracting(AnswerGroup::answer).containsExactly("\\frac12", "2");
        assertThat(vote.majority()).map(AnswerGroup::members).contains(List.of(0, 1, 2));
    }

    @Test
    void rejectsNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> Votes.tally(null, List.of()));
        assertThatNullPointerException().isThrownBy(() -> Votes.tally(AnswerFormat.NUMERIC, null));
    }
}
