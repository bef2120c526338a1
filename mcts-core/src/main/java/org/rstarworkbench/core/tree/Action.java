package org.rstarworkbench.core.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * The five human-like reasoning actions of rStar (Qi et al., 2025, §3.1), each creating children of one kind.
 */
public enum Action {
    /** A1: propose a one-step thought. */
    A1_ONE_STEP_THOUGHT("A1", NodeKind.THOUGHT),
    /** A2: propose the remaining thought steps (a direct answer). */
    A2_REMAINING_STEPS("A2", NodeKind.DIRECT_ANSWER),
    /** A3: propose the next sub-question with its answer. */
    A3_SUBQUESTION("A3", NodeKind.SUBQUESTION),
    /** A4: answer the last sub-question again. */
    A4_RE_ANSWER("A4", NodeKind.RE_ANSWER),
    /** A5: rephrase the question as a list of conditions. */
    A5_REPHRASE("A5", NodeKind.REPHRASED);

    private final String label;
    private final NodeKind produces;

    Action(String label, NodeKind produces) {
        this.label = label;
        this.produces = produces;
    }

    /** The paper's short name, {@code A1} … {@code A5}. */
    public String label() {
        return label;
    }

    /** The kind of node this action creates. */
    public NodeKind produces() {
        return produces;
    }

    /**
     * The actions that expand a node of the given kind, in the order their children are created (DESIGN §2):
     * QUESTION: A1 A2 A3 A5; REPHRASED and RE_ANSWER: A1 A2 A3; SUBQUESTION (not final): A1 A2 A3 A4;
     * THOUGHT: A1 A2; DIRECT_ANSWER and a final SUBQUESTION: none.
     *
     * @param kind             the node's kind
     * @param finalSubquestion whether a SUBQUESTION node is the final one (ignored for other kinds)
     * @param a1Enabled        whether A1 may be used
     * @param a5Enabled        whether A5 may be used
     */
    public static List<Action> expanding(NodeKind kind, boolean finalSubquestion, boolean a1Enabled,
                                         boolean a5Enabled) {
        List<Action> actions = new ArrayList<>(4);
        boolean terminal = kind == NodeKind.DIRECT_ANSWER || (kind == NodeKind.SUBQUESTION && finalSubquestion);
        if (terminal) {
            return actions;
        }
        if (a1Enabled) {
            actions.add(A1_ONE_STEP_THOUGHT);
        }
        actions.add(A2_REMAINING_STEPS);
        if (kind == NodeKind.THOUGHT) {
            return actions;
        }
        actions.add(A3_SUBQUESTION);
        if (kind == NodeKind.SUBQUESTION) {
            actions.add(A4_RE_ANSWER);
        } else if (kind == NodeKind.QUESTION && a5Enabled) {
            actions.add(A5_REPHRASE);
        }
        return actions;
    }
}
