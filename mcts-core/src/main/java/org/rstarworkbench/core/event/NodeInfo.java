package org.rstarworkbench.core.event;

import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.SearchNode;

/**
 * What a node holds when it is created: a plain snapshot for views and the store, separate from the live tree.
 *
 * @param id               the node's id in its run (the root is 0)
 * @param parentId         the parent's id, or -1 for the root
 * @param kind             the node's kind
 * @param action           the action that created it, or null for the root
 * @param depth            its depth (root 0)
 * @param text             the question, thought, answer completion, sub-question or re-answer
 * @param subanswer        a SUBQUESTION's answer, else null
 * @param value            the confidence of its majority answer, or NaN
 * @param answer           the answer it states, or null
 * @param finalSubquestion whether a SUBQUESTION is the final one
 * @param solution         whether its trajectory is a candidate solution
 * @param createdByCall    the model call that produced it, or -1
 */
public record NodeInfo(int id, int parentId, NodeKind kind, Action action, int depth, String text, String subanswer,
                       double value, String answer, boolean finalSubquestion, boolean solution, long createdByCall) {

    /** The snapshot of a live node. */
    public static NodeInfo of(SearchNode node) {
        return new NodeInfo(node.id(), node.parent() == null ? -1 : node.parent().id(), node.kind(), node.action(),
                node.depth(), node.text(), node.subanswer(), node.value(), node.answer(), node.isFinalSubquestion(),
                node.isSolution(), node.createdByCall());
    }
}
