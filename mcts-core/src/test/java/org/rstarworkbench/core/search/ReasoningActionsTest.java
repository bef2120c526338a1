package org.rstarworkbench.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.SearchNode;

/** Prompts are built exactly as the reference builds them, for each action and position in the tree. */
class ReasoningActionsTest {

    static final String Q = "Ann has 3 apples. Bob gives her 4 more. How many apples does Ann have now?";

    final ScriptedModel model = new ScriptedModel(Scripts.rstarShaped(7, 0));
    final SearchRun run = new SearchRun(SearchConfig.defaults(), model, TestPacks.tiny(), AnswerFormat.named("numeric"),
            RandomSource.seeded(1), new RunController(), List.of());
    final ReasoningActions actions = new ReasoningActions(run);
    final SearchNode root = run.node(NodeKind.QUESTION).setText(Q).build();

    private List<GenerationRequest> call(int index) {
        return model.calls().get(index);
    }

    @Test
    void rootPrompts() throws Exception {
        List<SearchNode> children = actions.expand(root);

        assertThat(model.callCount()).isEqualTo(5);
        assertThat(call(0).get(0).prompt()).isEqualTo("[ost]OST-EX|" + Q + "|\nStep 1:");
        assertThat(call(0).get(0).n()).isEqualTo(3);
        assertThat(call(0).get(0).stop()).containsExactly("\n");
        assertThat(call(1).get(0).prompt()).isEqualTo("[cot]COT-EX|" + Q + "|");
        assertThat(call(1).get(0).n()).isEqualTo(32);
        assertThat(call(2).get(0).prompt()).isEqualTo("DEC-EX\n\nQuestion 5: " + Q + "\nQuestion 5.1:");
        assertThat(call(2).get(0).stop()).containsExactly("\n", "\n\n", "Answer", "Answer ", "Answer 5.1",
                "Answer 5.1:", "Answer 5.1: ");
        assertThat(call(3)).hasSize(3);
        assertThat(call(3).get(0).prompt()).isEqualTo("DEC-EX\n\nQuestion 5: " + Q + "\n"
                + "Question 5.1: How much is part 1 (variant 0)?\nAnswer 5.1:");
        assertThat(call(3).get(0).n()).isEqualTo(10);
        assertThat(call(3).get(0).stop()).containsExactly("\n", "\n\n", "Question 5.2");
        assertThat(call(4).get(0).prompt()).isEqualTo("REPH-EX\n\nOriginal Question: " + Q + "\n"
                + "Rephrased Question: Given a list of conditions, please answer the question. Condition 1: ");
        assertThat(call(4).get(0).n()).isEqualTo(1);

        SearchNode rephrased = children.get(children.size() - 1);
        assertThat(rephrased.kind()).isEqualTo(NodeKind.REPHRASED);
        assertThat(rephrased.text()).isEqualTo("Given a list of conditions, please answer the question. Condition 1: "
                + "Some things are given. Question: what is the total?");
        assertThat(rephrased.question()).isEqualTo(rephrased.text());
        SearchNode direct = children.get(3);
        assertThat(direct.kind()).isEqualTo(NodeKind.DIRECT_ANSWER);
        assertThat(direct.value()).isEqualTo(1.0);
        assertThat(direct.answer()).isEqualTo("7");
    }

    @Test
    void promptsBelowASubquestionCarryItAsStepsHintsAndLines() throws Exception {
        SearchNode sub = run.node(NodeKind.SUBQUESTION).setParent(root, Action.A3_SUBQUESTION)
                .setText("How many apples did Ann have at first?")
                .optSubanswer("Ann had 3 apples at first. The answer is 3.").optValue(0.9).build();
        root.setChildren(List.of(sub));
        actions.expand(sub);

        assertThat(model.callCount()).isEqualTo(5);
        assertThat(call(0).get(0).prompt()).as("A1 writes sub-answers as steps and skips a number, as the reference")
                .isEqualTo("[ost]OST-EX|" + Q + "|\nStep 1: Ann had 3 apples at first.\nStep 3:");
        assertThat(call(1).get(0).prompt()).isEqualTo("[cot]COT-EX|" + Q + "\n\nHint 1: How many apples did Ann "
                + "have at first? Ann had 3 apples at first. The answer is 3.|");
        assertThat(call(2).get(0).prompt()).isEqualTo("DEC-EX\n\nQuestion 5: " + Q + "\n"
                + "Question 5.1: How many apples did Ann have at first?\n"
                + "Answer 5.1: Ann had 3 apples at first. The answer is 3.\nQuestion 5.2:");
        assertThat(call(4).get(0).prompt()).as("A4 asks the last sub-question in the question's context")
                .isEqualTo("[cot]COT-EX|Ann has 3 apples. Bob gives her 4 more. How many apples did Ann have at "
                        + "first?|");
        assertThat(call(4).get(0).n()).isEqualTo(10);
    }

    @Test
    void finalSubquestionsGetTheLastVoteCount() throws Exception {
        SearchNode sub = run.node(NodeKind.SUBQUESTION).setParent(root, Action.A3_SUBQUESTION)
                .setText("How many apples did Ann have at first?")
                .optSubanswer("Ann had 3 apples at first. The answer is 3.").optValue(0.9).build();
        root.setChildren(List.of(sub));
        List<SearchNode> children = actions.expand(sub);

        List<GenerationRequest> answering = call(3);
        List<SearchNode> subquestions = children.stream().filter(c -> c.kind() == NodeKind.SUBQUESTION).toList();
        for (int i = 0; i < subquestions.size(); i++) {
            int expected = subquestions.get(i).isFinalSubquestion() ? 32 : 10;
            assertThat(answering.get(i).n()).as("votes for %s", subquestions.get(i).text()).isEqualTo(expected);
        }
    }

    @Test
    void belowAThoughtTheHintListsTheThoughts() throws Exception {
        SearchNode t1 = run.node(NodeKind.THOUGHT).setParent(root, Action.A1_ONE_STEP_THOUGHT)
                .setText("Ann starts with 3 apples.").build();
        SearchNode t2 = run.node(NodeKind.THOUGHT).setParent(t1, Action.A1_ONE_STEP_THOUGHT)
                .setText("Bob adds 4.").build();
        actions.expand(t2);

        assertThat(model.callCount()).isEqualTo(2);
        assertThat(call(0).get(0).prompt()).isEqualTo("[ost]OST-EX|" + Q
                + "|\nStep 1: Ann starts with 3 apples.\nStep 2: Bob adds 4.\nStep 3:");
        assertThat(call(1).get(0).prompt()).isEqualTo("[cot]COT-EX|" + Q
                + "\n\nHint: Ann starts with 3 apples. Bob adds 4.|");
    }

    @Test
    void belowARephrasingTheRephrasedExamplesAndQuestionAreUsed() throws Exception {
        String rq = "Given a list of conditions, please answer the question. Condition 1: Ann has 3 apples. "
                + "Question: How many apples?";
        SearchNode reph = run.node(NodeKind.REPHRASED).setParent(root, Action.A5_REPHRASE).setText(rq).build();
        actions.expand(reph);

        assertThat(model.callCount()).isEqualTo(4);
        assertThat(call(0).get(0).prompt()).isEqualTo("[ost]OST-EX-R|" + rq + "|\nStep 1:");
        assertThat(call(1).get(0).prompt()).isEqualTo("[cot]COT-EX-R|" + rq + "|");
        assertThat(call(2).get(0).prompt()).isEqualTo("DEC-EX-R\n\nQuestion 5: " + rq + "\nQuestion 5.1:");
    }
}
