package org.rstarworkbench.discriminator.trajectory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.SearchNode;
import org.rstarworkbench.discriminator.Paths;

class TrajectoriesTest {

    static final String Q = "Ann has 3 apples. Bob gives her 4 more. How many apples does Ann have now?";
    static final String SA1 = "She has 3 at first. The answer is 3.";

    @Test
    void directAnswerAtTheRootIsTheWholeTrajectory() {
        SearchNode end = Paths.question(Q).direct("Let's think step by step. 3 + 4 = 7. The answer is: 7.", "7", 1)
                .end();

        Trajectories.Flat flat = Trajectories.flatten(end);

        assertThat(flat.text()).isEqualTo("Let's think step by step. 3 + 4 = 7. The answer is: 7.");
        assertThat(flat.finalStep()).isEqualTo("Let's think step by step. 3 + 4 = 7. The answer is: 7.");
    }

    @Test
    void thoughtsThenDirectAnswerAreJoinedBySpacesBeforeTheFinalStep() {
        SearchNode end = Paths.question(Q).thought("Ann has 3 apples.").thought(" Bob gives 4. ")
                .direct("Let's think step by step. 3 + 4 = 7. The answer is 7.", "7", 1).end();

        Trajectories.Flat flat = Trajectories.flatten(end);

        assertThat(flat.text()).isEqualTo("Let's think step by step. Ann has 3 apples. Bob gives 4. "
                + "Now we can answer the question: 3 + 4 = 7. The answer is 7.");
        assertThat(flat.finalStep()).isEqualTo("Let's think step by step. 3 + 4 = 7. The answer is 7.");
    }

    @Test
    void trajectoryEndingOnAThoughtHasItAsFinalStepAndNoClosingPhrase() {
        SearchNode end = Paths.question(Q).thought("Ann has 3 apples.").thought(" So she has 7. The answer is 7. ")
                .end();

        Trajectories.Flat flat = Trajectories.flatten(end);

        assertThat(flat.text()).isEqualTo("Let's think step by step. Ann has 3 apples. So she has 7. The answer is 7.");
        assertThat(flat.finalStep()).isEqualTo("So she has 7. The answer is 7.");
    }

    @Test
    void subquestionsEndingFinalDropTheIntermediateAnswerClauses() {
        SearchNode end = Paths.question(Q).sub("How many at first?", SA1, "3", false)
                .sub("Now we can answer the question: how many now?", "3 + 4 = 7. The answer is 7.", "7", true).end();

        Trajectories.Flat flat = Trajectories.flatten(end);

        assertThat(flat.text()).isEqualTo("Let's think step by step. She has 3 at first. "
                + "Now we can answer the question: 3 + 4 = 7. The answer is 7.");
        assertThat(flat.finalStep()).isEqualTo("3 + 4 = 7. The answer is 7.");
    }

    @Test
    void threeSubquestionsKeepEveryIntermediateStep() {
        SearchNode end = Paths.question(Q).sub("a?", SA1, "3", false)
                .sub("b?", "Then 4 more come.  The answer is 4.", "4", false)
                .sub("Now we can answer the question: c?", "So 7. The answer is 7.", "7", true).end();

        assertThat(Trajectories.flatten(end).text()).isEqualTo("Let's think step by step. She has 3 at first. "
                + "Then 4 more come. Now we can answer the question: So 7. The answer is 7.");
    }

    @Test
    void subquestionsThenDirectAnswer() {
        SearchNode end = Paths.question(Q).sub("How many at first?", SA1, "3", false)
                .direct("Let's think step by step. She gets 4 more, so 7. The answer is 7.", "7", 1).end();

        Trajectories.Flat flat = Trajectories.flatten(end);

        assertThat(flat.text()).isEqualTo("Let's think step by step. She has 3 at first. "
                + "Now we can answer the question: She gets 4 more, so 7. The answer is 7.");
        assertThat(flat.finalStep()).isEqualTo("Let's think step by step. She gets 4 more, so 7. The answer is 7.");
    }

    @Test
    void subquestionThenThoughtsThenDirectAnswer() {
        SearchNode end = Paths.question(Q).sub("How many at first?", SA1, "3", false).thought("She gets 4 more.")
                .direct("So 7. The answer is 7.", "7", 1).end();

        assertThat(Trajectories.flatten(end).text()).isEqualTo("Let's think step by step. She has 3 at first. "
                + "She gets 4 more. Now we can answer the question: So 7. The answer is 7.");
    }

    @Test
    void subquestionThenThoughtsWithoutAnswerEndOnTheLastThought() {
        SearchNode end = Paths.question(Q).sub("How many at first?", SA1, "3", false).thought("x.").thought("y.")
                .end();

        Trajectories.Flat flat = Trajectories.flatten(end);

        assertThat(flat.text()).isEqualTo("Let's think step by step. She has 3 at first. x. y.");
        assertThat(flat.finalStep()).isEqualTo("y.");
    }

    @Test
    void rolloutEndingOnANonFinalSubquestionTakesItsAnswerAsFinalStep() {
        SearchNode end = Paths.question(Q).sub("How many at first?", SA1, "3", false)
                .sub("How much is part 2?", "Part 2 is 5. The answer is 5.", "5", false).end();

        Trajectories.Flat flat = Trajectories.flatten(end);

        assertThat(flat.text()).isEqualTo("Let's think step by step. She has 3 at first. "
                + "Now we can answer the question: Part 2 is 5. The answer is 5.");
        assertThat(flat.finalStep()).isEqualTo("Part 2 is 5. The answer is 5.");
    }

    @Test
    void reAnswerReplacesTheSubanswer() {
        SearchNode end = Paths.question(Q).sub("How many at first?", SA1, "3", false)
                .reanswer("Ann starts with 3 apples. The answer is 3.", "3")
                .direct("3 + 4 = 7. The answer is 7.", "7", 1).end();

        assertThat(Trajectories.flatten(end).text()).isEqualTo("Let's think step by step. Ann starts with 3 apples. "
                + "Now we can answer the question: 3 + 4 = 7. The answer is 7.");
    }

    @Test
    void rephrasingChangesNoText() {
        String direct = "Let's think step by step. 3 + 4 = 7. The answer is: 7.";
        SearchNode plain = Paths.question(Q).direct(direct, "7", 1).end();
        SearchNode rephrased = Paths.question(Q).rephrased("Given a list of conditions, please answer the question. "
                + "Condition 1: Ann has 3 apples.").direct(direct, "7", 1).end();
        SearchNode rephrasedSubs = Paths.question(Q).rephrased("Given a list of conditions ...")
                .sub("How many at first?", SA1, "3", false).direct(direct, "7", 1).end();

        assertThat(Trajectories.flatten(rephrased)).isEqualTo(Trajectories.flatten(plain));
        assertThat(Trajectories.flatten(rephrasedSubs).text()).isEqualTo("Let's think step by step. "
                + "She has 3 at first. Now we can answer the question: 3 + 4 = 7. The answer is: 7.");
    }

    @Test
    void theOpeningPhraseAppearsOnceAtTheStart() {
        SearchNode end = Paths.question(Q).thought("Let's think step by step. Ann has 3.")
                .direct("Let's think step by step. 3 + 4 = 7. The answer is 7.", "7", 1).end();

        assertThat(Trajectories.flatten(end).text()).isEqualTo("Let's think step by step. Ann has 3. "
                + "Now we can answer the question: 3 + 4 = 7. The answer is 7.");
    }

    @Test
    void duplicatesMergeWithCountsWeightsNodesAndTheirAnswer() {
        String direct = "Let's think step by step. 3 + 4 = 7. The answer is 7.";
        SearchNode a = Paths.question(0, Q).direct(direct, "7", 0.5).end();
        SearchNode b = Paths.question(10, Q).direct(direct, "7", 0.25).end();
        SearchNode c = Paths.question(20, Q).thought("Ann has 3.").direct("So 8. The answer is 8.", "8", 1).end();
        List<SearchResult.Candidate> candidates = List.of(candidate(a), candidate(c), candidate(b), candidate(a));

        List<Trajectory> counted = Trajectories.of(candidates, AnswerFormat.NUMERIC, Weighting.COUNT);
        List<Trajectory> valued = Trajectories.of(candidates, AnswerFormat.NUMERIC, Weighting.VALUE);

        assertThat(counted).extracting(Trajectory::count).containsExactly(3, 1);
        assertThat(counted).extracting(Trajectory::answer).containsExactly("7", "8");
        assertThat(counted).extracting(Trajectory::weight).containsExactly(3.0, 1.0);
        assertThat(counted.get(0).nodeIds()).containsExactly(a.id(), b.id(), a.id());
        assertThat(valued).extracting(Trajectory::weight).containsExactly(1.25, 1.0);
    }

    @Test
    void trajectoryWithoutAnAnswerHasANullAnswer() {
        SearchNode end = Paths.question(Q).thought("Ann has some apples.").end();

        List<Trajectory> t = Trajectories.of(List.of(candidate(end)), AnswerFormat.NUMERIC, Weighting.COUNT);

        assertThat(t.get(0).answer()).isNull();
        assertThat(t.get(0).hasAnswer()).isFalse();
    }

    static SearchResult.Candidate candidate(SearchNode end) {
        return new SearchResult.Candidate(end, end.answer(), CandidateCollected.Source.TREE);
    }
}
