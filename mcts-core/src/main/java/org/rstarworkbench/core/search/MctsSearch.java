package org.rstarworkbench.core.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.event.Backpropagated;
import org.rstarworkbench.core.event.Expanded;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RolloutStarted;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.Selected;
import org.rstarworkbench.core.event.Simulated;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.core.tree.SearchNode;

/**
 * rStar's Monte Carlo Tree Search (Qi et al., 2025, §3.2; the reference's {@code MCTS_Searcher}): each rollout
 * selects, expands, simulates and backpropagates, as DESIGN §2 specifies.
 *
 * <p>One instance runs one search; build it with {@link RStar#search}. Threading: {@link #run()} runs on the calling
 * thread, which should not be a UI thread; events reach listeners on it.
 */
public final class MctsSearch {

    private final SearchRun run;
    private final Problem problem;
    private final ReasoningActions actions;
    private final CandidateJudge judge;

    MctsSearch(SearchRun run, Problem problem, CandidateJudge judge) {
        this.run = run;
        this.problem = problem;
        this.judge = judge;
        this.actions = new ReasoningActions(run);
    }

    /**
     * Runs every rollout and collects the candidates.
     *
     * @throws ModelException       when the model fails; the run is over
     * @throws InterruptedException when the thread is interrupted
     * @throws org.rstarworkbench.core.run.RunCancelledException when the controller cancels the run
     */
    SearchResult run() throws ModelException, InterruptedException {
        run.emit(seq -> new RunStarted(seq, problem, run.config, run.model.id(), run.pack.name(),
                Instant.now().toString()));
        SearchNode root = run.node(NodeKind.QUESTION).setText(problem.question()).build();
        run.emitCreated(root);
        List<SearchNode> rolloutEnds = new ArrayList<>();
        run.controller.atRolloutBoundary(false);
        for (int rollout = 0; rollout < run.config.rollouts(); rollout++) {
            rolloutEnds.add(rollout(root, rollout));
            run.controller.atRolloutBoundary(true);
        }
        SearchResult result = SearchResult.collect(run, root, rolloutEnds);
        if (judge != null) {
            result = result.withJudgement(judge.judge(new CandidateJudge.Context(problem, result, run.pack,
                    run.answers, run.config.seed(), run.controller, run, run::judgeCall)));
        }
        SearchResult done = result;
        run.emit(seq -> new RunFinished(seq, done.answer(), done.usage(),
                done.judgement() == null ? ComputeUsage.ZERO : done.judgement().usage()));
        return done;
    }

    private SearchNode rollout(SearchNode root, int rollout) throws ModelException, InterruptedException {
        run.emit(seq -> new RolloutStarted(seq, rollout));
        List<SearchNode> path = select(root, rollout);
        SearchNode leaf = path.get(path.size() - 1);
        expand(leaf);
        List<SearchNode> simulated = simulate(leaf, rollout);
        path.addAll(simulated);
        SearchNode end = path.get(path.size() - 1);
        backpropagate(path, rollout);
        run.emit(seq -> new RolloutFinished(seq, rollout, end.id(), end.answer()));
        return end;
    }

    /** From the root, follow UCT until a node with a never-visited child (drawn at random) or an unexpanded node. */
    private List<SearchNode> select(SearchNode root, int rollout) {
        List<SearchNode> path = new ArrayList<>();
        List<Selected.Step> steps = new ArrayList<>();
        double weight = run.config.weightAt(rollout);
        SearchNode node = root;
        while (true) {
            path.add(node);
            if (!node.isExpanded()) {
                Selected.How how = isTerminal(node) ? Selected.How.TERMINAL : Selected.How.UNEXPANDED;
                steps.add(new Selected.Step(node.id(), how, -1, weight, List.of()));
                break;
            }
            List<SearchNode> unvisited = node.children().stream().filter(c -> !c.isVisited()).toList();
            if (!unvisited.isEmpty()) {
                SearchNode pick = unvisited.get(run.random.nextIndex(unvisited.size()));
                steps.add(new Selected.Step(node.id(), Selected.How.UNVISITED_RANDOM, pick.id(), weight, List.of()));
                path.add(pick);
                break;
            }
            List<Selected.UctScore> scores = Uct.scores(node, weight);
            SearchNode best = node.children().get(Uct.argmax(scores));
            steps.add(new Selected.Step(node.id(), Selected.How.UCT, best.id(), weight, scores));
            node = best;
        }
        SearchNode leaf = path.get(path.size() - 1);
        run.emit(seq -> new Selected(seq, rollout, steps, leaf.id()));
        return path;
    }

    /** Creates the children of a non-terminal node, once. */
    private void expand(SearchNode node) throws ModelException, InterruptedException {
        if (node.isExpanded() || isTerminal(node)) {
            return;
        }
        List<SearchNode> children = actions.expand(node);
        node.setChildren(children);
        children.forEach(run::emitCreated);
        run.countExpanded(node.kind());
        List<Integer> ids = children.stream().map(SearchNode::id).toList();
        run.emit(seq -> new Expanded(seq, node.id(), ids));
    }

    /** From the selected node, pick uniformly random children, expanding as needed, until a terminal node. */
    private List<SearchNode> simulate(SearchNode from, int rollout) throws ModelException, InterruptedException {
        List<SearchNode> path = new ArrayList<>();
        SearchNode at = from;
        while (!isTerminal(at)) {
            expand(at);
            at = at.children().get(run.random.nextIndex(at.children().size()));
            path.add(at);
        }
        List<Integer> ids = path.stream().map(SearchNode::id).toList();
        run.emit(seq -> new Simulated(seq, rollout, from.id(), ids));
        return path;
    }

    /** Adds the terminal node's reward to Q, and 1 to N, of every node on the path. */
    private void backpropagate(List<SearchNode> path, int rollout) {
        SearchNode end = path.get(path.size() - 1);
        double reward = end.isAnswerLeaf() ? end.value() : 0.0;
        for (SearchNode node : path) {
            node.backpropagate(reward);
        }
        List<Integer> ids = path.stream().map(SearchNode::id).toList();
        run.emit(seq -> new Backpropagated(seq, rollout, reward, ids));
    }

    /** Terminal: at the depth limit, a direct answer, or a final sub-question. */
    private boolean isTerminal(SearchNode node) {
        return node.depth() >= run.config.maxDepth() || node.isAnswerLeaf();
    }
}
