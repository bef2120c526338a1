package org.rstarworkbench.core.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.SearchNode;

/**
 * What a finished search produced: the tree, the candidate solutions and the compute used.
 *
 * @param root           the tree's root
 * @param candidates     every solution node of the final tree (depth-first, stopping at solutions, as the
 *                       reference's {@code find_valid_solution_nodes}), then each rollout's end node
 * @param majorityAnswer the majority answer over the candidates (the paper's "generator @maj"), or null
 * @param judgement      the judge's verdict (rStar's peer discriminator), or null when the run had no judge
 * @param nodesByKind    how many nodes of each kind the tree has
 * @param expandedByKind how many nodes of each kind were expanded
 * @param usage          compute the generator used (the judge's is in {@code judgement})
 */
public record SearchResult(SearchNode root, List<Candidate> candidates, String majorityAnswer, Judgement judgement,
                           Map<NodeKind, Integer> nodesByKind, Map<NodeKind, Integer> expandedByKind,
                           ComputeUsage usage) {

    /** The final answer: the judge's when there was one, else the candidates' majority; null when none. */
    public String answer() {
        return judgement != null ? judgement.answer() : majorityAnswer;
    }

    /** Compute of the whole run: generator and judge. */
    public ComputeUsage totalUsage() {
        return judgement == null ? usage : usage.plus(judgement.usage());
    }

    /** This result with the judge's verdict. */
    public SearchResult withJudgement(Judgement verdict) {
        return new SearchResult(root, candidates, majorityAnswer, verdict, nodesByKind, expandedByKind, usage);
    }

    /**
     * A candidate trajectory, ending at {@code node}.
     *
     * @param node   the trajectory's last node
     * @param answer the answer it states, or null
     * @param source whether it is a solution node of the tree or a rollout's end
     */
    public record Candidate(SearchNode node, String answer, CandidateCollected.Source source) {
    }

    /** The total number of nodes. */
    public int nodeCount() {
        return nodesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    static SearchResult collect(SearchRun run, SearchNode root, List<SearchNode> rolloutEnds) {
        List<Candidate> candidates = new ArrayList<>();
        collectSolutions(root, candidates);
        for (SearchNode end : rolloutEnds) {
            candidates.add(new Candidate(end, end.answer(), CandidateCollected.Source.ROLLOUT_END));
        }
        for (Candidate c : candidates) {
            run.emit(seq -> new CandidateCollected(seq, c.node().id(), c.answer(), c.source()));
        }
        String answer = majority(run.answers, candidates);
        Map<NodeKind, Integer> byKind = new EnumMap<>(NodeKind.class);
        countKinds(root, byKind);
        return new SearchResult(root, List.copyOf(candidates), answer, null, Map.copyOf(byKind),
                run.expandedByKind(), run.usage());
    }

    /** The answer stated by most candidates (equivalent answers together; ties: the first seen), or null. */
    static String majority(AnswerFormat format, List<Candidate> candidates) {
        List<String> groups = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.answer() == null || c.answer().isBlank()) {
                continue;
            }
            int at = 0;
            while (at < groups.size() && !format.equivalent(groups.get(at), c.answer())) {
                at++;
            }
            if (at == groups.size()) {
                groups.add(c.answer());
                counts.add(0);
            }
            counts.set(at, counts.get(at) + 1);
        }
        int best = -1;
        for (int i = 0; i < groups.size(); i++) {
            if (best < 0 || counts.get(i) > counts.get(best)) {
                best = i;
            }
        }
        return best < 0 ? null : groups.get(best);
    }

    private static void collectSolutions(SearchNode node, List<Candidate> out) {
        if (node.isSolution()) {
            out.add(new Candidate(node, node.answer(), CandidateCollected.Source.TREE));
            return;
        }
        for (SearchNode child : node.children()) {
            collectSolutions(child, out);
        }
    }

    private static void countKinds(SearchNode node, Map<NodeKind, Integer> out) {
        out.merge(node.kind(), 1, Integer::sum);
        for (SearchNode child : node.children()) {
            countKinds(child, out);
        }
    }
}
