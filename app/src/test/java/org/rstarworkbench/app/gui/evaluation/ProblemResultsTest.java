package org.rstarworkbench.app.gui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.eval.EvalRow;

class ProblemResultsTest {

    static EvalRow row(String problem, String method, int budget, String answer, boolean correct) {
        return new EvalRow(problem, method, budget, answer, "60", correct, 1, 1, 10, 5);
    }

    @Test
    void rowsAreGroupedByProblemWithColumnsInMethodThenBudgetOrder() {
        ProblemResults r = ProblemResults.of(List.of(
                row("b", "rstar", 16, "60", true),
                row("b", "greedy-cot", 1, "70", false),
                row("a", "rstar", 4, null, false),
                row("a", "mcts-maj", 16, "60", true),
                row("a", "rstar", 16, "60", true)));

        assertThat(r.columns()).containsExactly("greedy-cot@1", "mcts-maj@16", "rstar@4", "rstar@16");
        assertThat(r.lines()).extracting(ProblemResults.Line::problem).containsExactly("b", "a");
        ProblemResults.Line a = r.lines().get(1);
        assertThat(a.gold()).isEqualTo("60");
        assertThat(a.cell("rstar@16")).isEqualTo("60 ✓");
        assertThat(a.cell("rstar@4")).isEqualTo("– ✗");
        assertThat(a.cell("greedy-cot@1")).isEmpty();
        assertThat(r.lines().get(0).cell("greedy-cot@1")).isEqualTo("70 ✗");
    }

    @Test
    void theLargestSearchBudgetAndRStarAreWhatASearchAgainUses() {
        ProblemResults r = ProblemResults.of(List.of(
                row("a", "sc", 32, "60", true),
                row("a", "mcts-maj", 8, "60", true),
                row("a", "rstar", 4, "60", true),
                row("b", "greedy-cot", 1, "60", true),
                row("b", "sc", 8, "60", true)));

        assertThat(r.lines().get(0).largestSearchBudget()).as("sc samples are not rollouts").isEqualTo(8);
        assertThat(r.lines().get(0).hasRStar()).isTrue();
        assertThat(r.lines().get(1).largestSearchBudget()).isZero();
        assertThat(r.lines().get(1).hasRStar()).isFalse();
    }

    @Test
    void noRowsNoLinesNoColumns() {
        assertThat(ProblemResults.of(List.of()).lines()).isEmpty();
        assertThat(ProblemResults.of(List.of()).columns()).isEmpty();
    }
}
