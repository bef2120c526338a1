package org.rstarworkbench.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SolutionTraceTest {

    int ids;
    final SearchNode root = SearchNode.builder(ids++, NodeKind.QUESTION).setText("Ann has 3 apples. How many?")
            .build();

    SearchNode child(SearchNode parent, NodeKind kind, Action action, String text, String subanswer) {
        return SearchNode.builder(ids++, kind).setParent(parent, action).setText(text).optSubanswer(subanswer)
                .build();
    }

    @Test
    void aReAnswerReplacesTheLastSubanswerEverywhere() {
        SearchNode s1 = child(root, NodeKind.SUBQUESTION, Action.A3_SUBQUESTION, "How many first?",
                "Three. The answer is 4.");
        SearchNode re = child(s1, NodeKind.RE_ANSWER, Action.A4_RE_ANSWER, "Ann had 3. The answer is 3.", null);

        SolutionTrace trace = SolutionTrace.of(re);
        assertThat(trace.subquestionLines(5)).isEqualTo("Question 5.1: How many first?\n"
                + "Answer 5.1: Ann had 3. The answer is 3.\n");
        assertThat(trace.subquestionHint()).isEqualTo("Hint 1: How many first? Ann had 3. The answer is 3.");
        assertThat(trace.subanswersAsStepLines()).isEqualTo(new SolutionTrace.StepLines("Step 1: Ann had 3.\n", 3));
        assertThat(trace.lastSubquestion()).isEqualTo("How many first?");
    }

    @Test
    void thoughtsAreNumberedAlongThePathButListedPerSegment() {
        SearchNode t1 = child(root, NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT, "First.", null);
        SearchNode t2 = child(t1, NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT, "Second.", null);
        assertThat(SolutionTrace.of(t2).thoughtStepLines())
                .isEqualTo(new SolutionTrace.StepLines("Step 1: First.\nStep 2: Second.\n", 3));
        assertThat(SolutionTrace.of(t2).thoughtHint()).isEqualTo("Hint: First. Second.");

        SearchNode s1 = child(root, NodeKind.SUBQUESTION, Action.A3_SUBQUESTION, "Q1?", "A1. The answer is 1.");
        SearchNode t3 = child(s1, NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT, "Third.", null);
        SearchNode t4 = child(t3, NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT, "Fourth.", null);
        SolutionTrace trace = SolutionTrace.of(t4);
        assertThat(trace.segments()).hasSize(2);
        assertThat(trace.segments().get(1).thoughts()).containsKeys(1, 2);
        assertThat(trace.thoughtStepLines().text()).isEqualTo("Step 1: Third.\nStep 2: Fourth.\n");
    }

    @Test
    void aRephrasingBecomesTheTracesQuestion() {
        SearchNode r = child(root, NodeKind.REPHRASED, Action.A5_REPHRASE, "Given a list of conditions...", null);
        SearchNode d = child(r, NodeKind.DIRECT_ANSWER, Action.A2_REMAINING_STEPS, "The answer is 3.", null);
        assertThat(SolutionTrace.of(d).question()).isEqualTo("Given a list of conditions...");
        assertThat(SolutionTrace.of(d).segments().get(0).directAnswer()).isEqualTo("The answer is 3.");
        assertThat(d.question()).isEqualTo("Given a list of conditions...");
        assertThat(d.isRephrased()).isTrue();
    }

    @Test
    void withoutAnAnswerPhraseTheWholeSubanswerIsTheStep() {
        SearchNode s1 = child(root, NodeKind.SUBQUESTION, Action.A3_SUBQUESTION, "Q1?", "  Just three  ");
        assertThat(SolutionTrace.of(s1).subanswersAsStepLines().text()).isEqualTo("Step 1: Just three\n");
    }

    @Test
    void hintsStripLikePython() {
        assertThat(SolutionTrace.strip("\n\nab\n", '\n')).isEqualTo("ab");
        assertThat(SolutionTrace.strip("   ", ' ')).isEmpty();
    }
}
