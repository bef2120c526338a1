package org.rstarworkbench.core.tree;

/**
 * The six kinds of node in an rStar search tree (Qi et al., 2025, §3.1). The reference code calls them
 * USER_QUESTION, REPHRASED_USER_QUESTION, OST_STEP, DIRECT_ANSWER, SUBQUESTION and RE_SUBANSWER.
 */
public enum NodeKind {
    /** The root: the problem as given. */
    QUESTION,
    /** A5: the question rewritten as a list of conditions; the question of its whole subtree. */
    REPHRASED,
    /** A1: one step of thought. */
    THOUGHT,
    /** A2: the remaining steps up to a final answer. Always terminal. */
    DIRECT_ANSWER,
    /** A3: a sub-question with its majority answer. Terminal when it is the final sub-question. */
    SUBQUESTION,
    /** A4: the last sub-question answered again with a full solution; replaces that sub-answer. */
    RE_ANSWER
}
