package org.rstarworkbench.discriminator;

import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.SearchNode;

/** Builds search-tree paths by hand, node by node from the root, for tests that need no search. */
public final class Paths {

    private final SearchNode at;
    private final int[] ids;

    private Paths(SearchNode at, int[] ids) {
        this.at = at;
        this.ids = ids;
    }

    /** A path holding only the root, with ids counted from {@code firstId}. */
    public static Paths question(int firstId, String question) {
        int[] ids = {firstId};
        return new Paths(SearchNode.builder(ids[0]++, NodeKind.QUESTION).setText(question).build(), ids);
    }

    public static Paths question(String question) {
        return question(0, question);
    }

    public Paths rephrased(String text) {
        return next(NodeKind.REPHRASED, Action.A5_REPHRASE, text, null, Double.NaN, null, false);
    }

    public Paths thought(String text) {
        return next(NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT, text, null, Double.NaN, null, false);
    }

    public Paths direct(String text, String answer, double value) {
        return next(NodeKind.DIRECT_ANSWER, Action.A2_REMAINING_STEPS, text, null, value, answer, false);
    }

    public Paths sub(String subquestion, String subanswer, String answer, boolean isFinal) {
        return next(NodeKind.SUBQUESTION, Action.A3_SUBQUESTION, subquestion, subanswer, 0.8, answer, isFinal);
    }

    public Paths reanswer(String text, String answer) {
        return next(NodeKind.RE_ANSWER, Action.A4_RE_ANSWER, text, null, 0.9, answer, false);
    }

    /** The last node of the path. */
    public SearchNode end() {
        return at;
    }

    private Paths next(NodeKind kind, Action action, String text, String subanswer, double value, String answer,
                       boolean isFinal) {
        SearchNode node = SearchNode.builder(ids[0]++, kind).setParent(at, action).setText(text)
                .optSubanswer(subanswer).optValue(value).optAnswer(answer).optFinalSubquestion(isFinal).build();
        return new Paths(node, ids);
    }
}
