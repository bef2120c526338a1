package org.rstarworkbench.samples.gsmmini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Action;

class GsmMiniOracleTest {

    private final PromptPack tiny = TrainingData.pack();
    private final WordProblem problem = new WordProblem("p", "orchard",
            List.of("Mia has 12 apples.", "She buys 7 more.", "She eats 5 of them.",
                    "How many apples does Mia have now?"),
            List.of(new Step(12, Operator.PLUS, 7, 19, "Mia has 12 + 7 = 19 apples.",
                            "How many apples does Mia have after buying 7 more?"),
                    new Step(19, Operator.MINUS, 5, 14, "Mia has 19 - 5 = 14 apples.",
                            "Now we can answer: How many apples does Mia have now?")));
    private final GsmMiniOracle oracle = GsmMiniOracle.of(tiny, List.of(problem));

    @Test
    void theEngineDrivenByTheOracleSolvesTestProblems() throws Exception {
        List<WordProblem> problems = GsmMini.test().subList(0, 20);
        RStar rstar = RStar.builder().setModel(GsmMiniOracle.of(tiny, problems).model()).setPack(tiny)
                .optConfig(SearchConfig.defaults()).build();
        for (WordProblem p : problems) {
            List<Action> actions = new ArrayList<>();
            SearchResult result = rstar.search(p.problem(), e -> {
                if (e instanceof ModelCalled call) {
                    actions.add(call.action());
                }
            });

            assertThat(result.answer()).as(p.id()).isEqualTo(p.problem().gold());
            assertThat(result.candidates()).as(p.id()).isNotEmpty()
                    .allMatch(c -> c.answer() == null || c.answer().equals(p.problem().gold()));
            assertThat(actions).as(p.id()).contains(Action.A1_ONE_STEP_THOUGHT, Action.A2_REMAINING_STEPS,
                    Action.A3_SUBQUESTION, Action.A5_REPHRASE);
        }
    }

    @Test
    void a1GivesTheStepAfterTheLastStepLine() {
        String head = "Q: " + problem.question() + "\n";

        assertThat(oracle.complete(head + "Step 1:", 0)).isEqualTo(" Mia has 12 + 7 = 19 apples.\n");
        assertThat(oracle.complete(head + "Step 1: Mia has 12 + 7 = 19 apples.\nStep 2:", 0))
                .isEqualTo(" Mia has 19 - 5 = 14 apples. The answer is 14.\n");
        // Below a sub-question the engine numbers the next step one too far; the content decides.
        assertThat(oracle.complete(head + "Step 1: Mia has 12 + 7 = 19 apples.\nStep 3:", 0))
                .isEqualTo(" Mia has 19 - 5 = 14 apples. The answer is 14.\n");
        assertThat(oracle.complete(head + "Step 1: Mia has 19 - 5 = 14 apples. The answer is 14.\nStep 2:", 0))
                .isEqualTo(" The answer is 14.\n");
    }

    @Test
    void a2GivesTheFullSolutionWithOrWithoutAHint() {
        assertThat(oracle.complete("Q: " + problem.question() + "\nA: ", 0))
                .isEqualTo("Mia has 12 + 7 = 19 apples. Mia has 19 - 5 = 14 apples. The answer is 14.\n");
        assertThat(oracle.complete("Q: " + problem.rephrased() + "\n\nHint: Mia has 12 + 7 = 19 apples.\nA: ", 0))
                .isEqualTo(problem.solution() + "\n");
    }

    @Test
    void a3ProposesTheNextSubquestionAndAnswersIt() {
        String base = "\n\nQuestion 1: " + problem.question() + "\n";
        String first = "Question 1.1: How many apples does Mia have after buying 7 more?\n";

        assertThat(oracle.complete(base + "Question 1.1:", 0))
                .isEqualTo(" How many apples does Mia have after buying 7 more?\n");
        assertThat(oracle.complete(base + first + "Answer 1.1:", 0)).isEqualTo(" Mia has 12 + 7 = 19 apples.\n");
        assertThat(oracle.complete(base + first + "Answer 1.1: Mia has 12 + 7 = 19 apples.\nQuestion 1.2:", 0))
                .isEqualTo(" Now we can answer: How many apples does Mia have now?\n");
        assertThat(oracle.complete(base + first + "Answer 1.1: Mia has 12 + 7 = 19 apples.\n"
                + "Question 1.2: Now we can answer: How many apples does Mia have now?\nAnswer 1.2:", 0))
                .isEqualTo(" Mia has 19 - 5 = 14 apples. The answer is 14.\n");
    }

    @Test
    void a4ReanswersTheLastSubquestionWithASolutionUpToIt() {
        String sub = "How many apples does Mia have after buying 7 more?";

        assertThat(oracle.complete("Q: Mia has 12 apples. She buys 7 more. She eats 5 of them. " + sub + "\nA: ", 0))
                .isEqualTo("Mia has 12 + 7 = 19 apples. The answer is 19.\n");
        assertThat(oracle.complete("Q: Condition 1: Mia has 12 apples. Condition 2: She buys 7 more. Condition 3: "
                + "She eats 5 of them. Question: " + sub + "\nA: ", 0))
                .isEqualTo("Mia has 12 + 7 = 19 apples. The answer is 19.\n");
    }

    @Test
    void a5ListsTheConditions() {
        assertThat(oracle.complete("\n\nOriginal Question: " + problem.question()
                + "\nRephrased Question: Condition 1: ", 0))
                .isEqualTo("Mia has 12 apples. Condition 2: She buys 7 more. Condition 3: She eats 5 of them. "
                        + "Question: How many apples does Mia have now?\n");
    }

    @Test
    void anUnknownProblemOrPromptIsAnError() {
        assertThatThrownBy(() -> oracle.complete("Q: Bob has 2 pens. How many pens?\nA: ", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("knows no GSM-mini problem");
        assertThatThrownBy(() -> oracle.complete("Tell me a story.", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a prompt of the tiny");
        assertThatThrownBy(() -> GsmMiniOracle.of(PromptPacks.bundled("gsm8k"), List.of(problem)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Use the tiny pack");
    }
}
