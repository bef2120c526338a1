package org.rstarworkbench.core.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One node of an rStar search tree: what its action produced, and the MCTS statistics Q (total reward) and N
 * (visits).
 *
 * <p>The text fields depend on the kind: QUESTION and REPHRASED carry the question in {@link #text()}; THOUGHT the
 * step; DIRECT_ANSWER the chosen completion; SUBQUESTION the sub-question, with its answer in {@link #subanswer()};
 * RE_ANSWER the new sub-answer. {@link #question()} is the question its subtree works on: the rephrased one below an
 * A5 node, the original elsewhere.
 *
 * <p>Threading: nodes belong to one search run and are changed only by its engine thread. Other threads read
 * events, never nodes.
 */
public final class SearchNode {

    private final int id;
    private final SearchNode parent;
    private final NodeKind kind;
    private final Action action;
    private final int depth;
    private final String text;
    private final String subanswer;
    private final double value;
    private final String answer;
    private final boolean finalSubquestion;
    private final String question;
    private final boolean rephrased;
    private final long createdByCall;

    private final List<SearchNode> children = new ArrayList<>();
    private boolean expanded;
    private boolean visited;
    private double q;
    private int n;

    private SearchNode(Builder b) {
        this.id = b.id;
        this.parent = b.parent;
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.action = b.action;
        this.depth = b.parent == null ? 0 : b.parent.depth + 1;
        this.text = Objects.requireNonNull(b.text, "text");
        this.subanswer = b.subanswer;
        this.value = b.value;
        this.answer = b.answer;
        this.finalSubquestion = b.finalSubquestion;
        if (b.kind == NodeKind.REPHRASED) {
            this.question = b.text;
            this.rephrased = true;
        } else if (b.parent == null) {
            this.question = b.text;
            this.rephrased = false;
        } else {
            this.question = b.parent.question;
            this.rephrased = b.parent.rephrased;
        }
        this.createdByCall = b.createdByCall;
    }

    /** Starts a node of the given kind with the given id (ids come from the run's counter). */
    public static Builder builder(int id, NodeKind kind) {
        return new Builder(id, kind);
    }

    public int id() {
        return id;
    }

    /** The parent, or null for the root. */
    public SearchNode parent() {
        return parent;
    }

    public NodeKind kind() {
        return kind;
    }

    /** The action that created this node, or null for the root. */
    public Action action() {
        return action;
    }

    public int depth() {
        return depth;
    }

    public String text() {
        return text;
    }

    /** The sub-question's answer (SUBQUESTION only), else null. */
    public String subanswer() {
        return subanswer;
    }

    /** The confidence of the node's majority answer (A2, A3, A4), or NaN for kinds that have no value. */
    public double value() {
        return value;
    }

    /** The answer this node states (DIRECT_ANSWER, SUBQUESTION, RE_ANSWER and answering thoughts), else null. */
    public String answer() {
        return answer;
    }

    /** Whether this SUBQUESTION is the final one, which answers the question itself. */
    public boolean isFinalSubquestion() {
        return finalSubquestion;
    }

    /** The question this node's subtree works on: rephrased below an A5 node. */
    public String question() {
        return question;
    }

    /** Whether this node lies below an A5 rephrasing. */
    public boolean isRephrased() {
        return rephrased;
    }

    /** The index of the model call that produced this node, or -1 for the root. */
    public long createdByCall() {
        return createdByCall;
    }

    public List<SearchNode> children() {
        return Collections.unmodifiableList(children);
    }

    public boolean isExpanded() {
        return expanded;
    }

    /** Whether a rollout has reached this node (the reference's "explored" set). */
    public boolean isVisited() {
        return visited;
    }

    /** Total reward backpropagated through this node. */
    public double q() {
        return q;
    }

    /** Number of rollouts through this node. */
    public int n() {
        return n;
    }

    /** Whether the node ends a solution: a DIRECT_ANSWER or a final SUBQUESTION (rStar's valid leaf). */
    public boolean isAnswerLeaf() {
        return kind == NodeKind.DIRECT_ANSWER || (kind == NodeKind.SUBQUESTION && finalSubquestion);
    }

    /**
     * Whether the node's trajectory is a candidate solution: an answer leaf, or a THOUGHT that states an answer
     * ({@code "answer is"} in its text), as the reference's {@code is_valid_solution_node}.
     */
    public boolean isSolution() {
        return isAnswerLeaf() || (kind == NodeKind.THOUGHT && text.toLowerCase(java.util.Locale.ROOT)
                .contains("answer is"));
    }

    /** The path from the root to this node, root first. */
    public List<SearchNode> path() {
        List<SearchNode> path = new ArrayList<>(depth + 1);
        for (SearchNode at = this; at != null; at = at.parent) {
            path.add(at);
        }
        Collections.reverse(path);
        return path;
    }

    /** Adds the children created by expanding this node and marks it expanded. Engine use only. */
    public void setChildren(List<SearchNode> created) {
        if (expanded) {
            throw new IllegalStateException("node " + id + " was already expanded");
        }
        children.addAll(created);
        expanded = true;
    }

    /** Marks the node as reached by a rollout (a terminal node reached by selection or simulation). Engine use only. */
    public void markVisited() {
        visited = true;
    }

    /** Adds one rollout's reward. Engine use only. */
    public void backpropagate(double reward) {
        q += reward;
        n += 1;
        visited = true;
    }

    @Override
    public String toString() {
        return kind + "-" + id;
    }

    /** Builds a node; optional parts are {@code optX}, as in DJL's builders. */
    public static final class Builder {
        private final int id;
        private final NodeKind kind;
        private SearchNode parent;
        private Action action;
        private String text = "";
        private String subanswer;
        private double value = Double.NaN;
        private String answer;
        private boolean finalSubquestion;
        private long createdByCall = -1;

        private Builder(int id, NodeKind kind) {
            this.id = id;
            this.kind = kind;
        }

        public Builder setParent(SearchNode parent, Action action) {
            this.parent = parent;
            this.action = action;
            return this;
        }

        public Builder setText(String text) {
            this.text = text;
            return this;
        }

        public Builder optSubanswer(String subanswer) {
            this.subanswer = subanswer;
            return this;
        }

        public Builder optValue(double value) {
            this.value = value;
            return this;
        }

        public Builder optAnswer(String answer) {
            this.answer = answer;
            return this;
        }

        public Builder optFinalSubquestion(boolean isFinal) {
            this.finalSubquestion = isFinal;
            return this;
        }

        public Builder optCreatedByCall(long call) {
            this.createdByCall = call;
            return this;
        }

        public SearchNode build() {
            return new SearchNode(this);
        }
    }
}
