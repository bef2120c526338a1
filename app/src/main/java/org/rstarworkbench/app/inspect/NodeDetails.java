package org.rstarworkbench.app.inspect;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.answer.AnswerGroup;
import org.rstarworkbench.core.answer.Vote;
import org.rstarworkbench.core.answer.Votes;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.Selected;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.core.model.Generation;

/**
 * Everything the inspector shows about one node, read from a run's events: what it is, its statistics, the UCT it had
 * at every selection that weighed it, the exact prompt(s) of the call that created it, every raw completion, and how
 * those completions were parsed and grouped into the vote that chose the node's text.
 *
 * @param node       the node's snapshot
 * @param q          total reward at the chosen event
 * @param n          visits at the chosen event
 * @param selections every selection step that scored this node: rollout, weight, Q, N, UCT, and whether it won
 * @param call       the model call that created the node, or null for the root
 * @param prompts    the prompt(s) of that call that concern this node
 * @param completions the raw completions of those prompts, in sample order
 * @param groups     the answer groups of the vote over those completions (largest first by contract order)
 * @param total      the number of completions voted on
 */
public record NodeDetails(NodeInfo node, double q, int n, List<SelectionScore> selections, ModelCalled call,
                          List<String> prompts, List<String> completions, List<AnswerGroup> groups, int total) {

    /**
     * A node's score at one selection step.
     *
     * @param rollout the rollout
     * @param seq     the selection event
     * @param weight  the exploration weight in force
     * @param q       Q then
     * @param n       N then
     * @param uct     UCT then (999 for N = 0, as the reference)
     * @param chosen  whether this node was the one selected
     */
    public record SelectionScore(int rollout, long seq, double weight, double q, int n, double uct, boolean chosen) {
    }

    /**
     * The details of node {@code nodeId} as they stood after event {@code atSeq}.
     *
     * @throws IllegalArgumentException when no event up to {@code atSeq} created the node
     */
    public static NodeDetails of(List<? extends SearchEvent> events, int nodeId, long atSeq, AnswerFormat answers) {
        TreeFold fold = new TreeFold();
        ModelCalled creating = null;
        List<SelectionScore> selections = new ArrayList<>();
        List<ModelCalled> calls = new ArrayList<>();
        for (SearchEvent e : events) {
            if (e.seq() > atSeq) {
                break;
            }
            fold.apply(e);
            if (e instanceof ModelCalled c) {
                calls.add(c);
            } else if (e instanceof Selected s) {
                collect(s, nodeId, selections);
            }
        }
        TreeFold.Node node = fold.get(nodeId);
        if (node == null) {
            throw new IllegalArgumentException("no node " + nodeId + " exists at event " + atSeq);
        }
        for (ModelCalled c : calls) {
            if (c.call() == node.info().createdByCall()) {
                creating = c;
            }
        }
        List<Generation> own = ownGenerations(creating, node.info(), fold);
        List<String> prompts = own.stream().map(g -> g.request().prompt()).toList();
        List<String> completions = own.stream().flatMap(g -> g.texts().stream()).toList();
        Vote vote = Votes.tally(answers, completions.stream().map(String::strip).toList());
        return new NodeDetails(node.info(), node.q(), node.n(), List.copyOf(selections), creating, prompts,
                completions, vote.groups(), vote.total());
    }

    private static void collect(Selected s, int nodeId, List<SelectionScore> out) {
        for (Selected.Step step : s.steps()) {
            for (Selected.UctScore score : step.scores()) {
                if (score.childId() == nodeId) {
                    out.add(new SelectionScore(s.rollout(), s.seq(), step.weight(), score.q(), score.n(),
                            score.uct(), step.chosen() == nodeId));
                }
            }
        }
    }

    /**
     * The generations of the creating call that concern this node: A3's answering call holds one prompt per
     * sub-question, so the node's own is the one at its position among its siblings from the same call.
     */
    private static List<Generation> ownGenerations(ModelCalled call, NodeInfo node, TreeFold fold) {
        if (call == null) {
            return List.of();
        }
        if (call.generations().size() == 1) {
            return call.generations();
        }
        TreeFold.Node parent = fold.get(node.parentId());
        int index = 0;
        for (int sibling : parent.children()) {
            NodeInfo info = fold.get(sibling).info();
            if (info.createdByCall() == node.createdByCall()) {
                if (info.id() == node.id()) {
                    break;
                }
                index++;
            }
        }
        return index < call.generations().size() ? List.of(call.generations().get(index)) : call.generations();
    }
}
