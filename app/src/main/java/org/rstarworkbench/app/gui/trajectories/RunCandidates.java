package org.rstarworkbench.app.gui.trajectories;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.event.CandidateCollected.Source;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.core.tree.FlatTrajectory;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.SearchNode;
import org.rstarworkbench.discriminator.event.DiscriminatorFold;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.selection.Branch;
import org.rstarworkbench.visualizer.style.KindStyle;

/**
 * A run's candidate trajectories as they stood after some event: read from {@code candidate-collected} events (and,
 * before those come at the end of the search, from the rollouts' end nodes so far), merged by the text the peer reads
 * as the discriminator merges them, joined with the peer's {@code peer-checked} events and its verdict.
 *
 * @param candidates the merged trajectories in order of first appearance (the discriminator's order)
 * @param stage      how far the run got
 * @param total      how many candidates (or rollout ends) there are, duplicates counted
 * @param verdict    the peer's verdict, or null
 * @param answer     the run's final answer once it finished, or null
 * @param events     how many events they were read from
 */
public record RunCandidates(List<Candidate> candidates, Stage stage, int total, Verdict verdict, String answer,
                            int events) {

    /** How far the run got. */
    public enum Stage {
        /** No rollout has ended. */
        NONE,
        /** Rollouts ended, candidates not collected yet: the rollout ends so far stand in for them. */
        ROLLOUT_ENDS,
        /** The candidates were collected. */
        COLLECTED,
        /** The peer's verdict came. */
        JUDGED
    }

    /** Before any event. */
    public static final RunCandidates EMPTY = new RunCandidates(List.of(), Stage.NONE, 0, null, null, 0);

    public RunCandidates {
        candidates = List.copyOf(candidates);
    }

    /** The candidates after the given events (a run's first events, in sequence order). */
    public static RunCandidates of(List<? extends SearchEvent> events) {
        TreeFold tree = new TreeFold();
        DiscriminatorFold peer = new DiscriminatorFold();
        List<CandidateCollected> collected = new ArrayList<>();
        List<CandidateCollected> rollouts = new ArrayList<>();
        String answer = null;
        for (SearchEvent e : events) {
            tree.apply(e);
            peer.apply(e);
            if (e instanceof CandidateCollected c) {
                collected.add(c);
            } else if (e instanceof RolloutFinished r) {
                rollouts.add(new CandidateCollected(r.seq(), r.endNodeId(), r.answer(), Source.ROLLOUT_END));
            } else if (e instanceof RunFinished f) {
                answer = f.answer();
            }
        }
        Verdict verdict = peer.verdict().orElse(null);
        List<CandidateCollected> shown = collected.isEmpty() ? rollouts : collected;
        Stage stage = verdict != null ? Stage.JUDGED : !collected.isEmpty() ? Stage.COLLECTED
                : !rollouts.isEmpty() ? Stage.ROLLOUT_ENDS : Stage.NONE;
        return new RunCandidates(merge(shown, tree, peer.checks(), verdict), stage, shown.size(), verdict, answer,
                events.size());
    }

    private static List<Candidate> merge(List<CandidateCollected> shown, TreeFold tree, List<PeerChecked> checks,
                                         Verdict verdict) {
        Map<String, Merged> byText = new LinkedHashMap<>();
        for (CandidateCollected c : shown) {
            List<NodeInfo> path = path(tree, c.nodeId());
            if (path.isEmpty()) {
                continue; // not in the tree: a damaged run; the tree view says so already
            }
            String text = FlatTrajectory.of(rebuild(path)).text();
            Merged m = byText.computeIfAbsent(text, t -> new Merged(c.answer(), steps(path)));
            m.endNodeIds.add(c.nodeId());
            m.sources.add(c.source());
        }
        Map<String, PeerChecked> checkByText = new HashMap<>();
        Map<Integer, PeerChecked> checkByNode = new HashMap<>();
        for (PeerChecked p : checks) {
            checkByText.put(p.text(), p);
            p.nodeIds().forEach(id -> checkByNode.put(id, p));
        }
        List<Candidate> out = new ArrayList<>(byText.size());
        for (Map.Entry<String, Merged> e : byText.entrySet()) {
            Merged m = e.getValue();
            PeerChecked check = checkByText.getOrDefault(e.getKey(), checkByNode.get(m.endNodeIds.get(0)));
            boolean winner = verdict != null && (check != null && check.trajectory() == verdict.winner()
                    || !Collections.disjoint(verdict.winnerNodeIds(), m.endNodeIds));
            String answer = check != null ? check.answer() : m.answer;
            out.add(new Candidate(out.size(), e.getKey(), answer, m.endNodeIds.size(), m.sources, m.endNodeIds,
                    m.steps, check, winner));
        }
        return out;
    }

    /** The path from the root to a node, the root first; empty when the node is unknown. */
    static List<NodeInfo> path(TreeFold tree, int nodeId) {
        List<NodeInfo> path = new ArrayList<>();
        for (TreeFold.Node n = tree.get(nodeId); n != null; n = tree.get(n.info().parentId())) {
            path.add(n.info());
            if (n.info().parentId() < 0) {
                break;
            }
        }
        Collections.reverse(path);
        return path;
    }

    /** The path's end as a node of its own chain, so the engine's own flattening reads it. */
    private static SearchNode rebuild(List<NodeInfo> path) {
        SearchNode node = null;
        for (NodeInfo i : path) {
            node = SearchNode.builder(i.id(), i.kind()).setParent(node, i.action()).setText(i.text())
                    .optSubanswer(i.subanswer()).optValue(i.value()).optAnswer(i.answer())
                    .optFinalSubquestion(i.finalSubquestion()).optCreatedByCall(i.createdByCall()).build();
        }
        return node;
    }

    private static List<Step> steps(List<NodeInfo> path) {
        List<Step> steps = new ArrayList<>(path.size());
        for (NodeInfo i : path) {
            if (i.kind() == NodeKind.QUESTION) {
                continue;
            }
            String text = i.subanswer() == null ? i.text().strip()
                    : i.text().strip() + "\n→ " + i.subanswer().strip();
            steps.add(new Step(i.id(), KindStyle.of(i.kind()).label(), text));
        }
        return steps;
    }

    /** The trajectory the verdict chose, else the first; null when there is none. */
    public Candidate featured() {
        return candidates.stream().filter(Candidate::winner).findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
    }

    /** The header's first line: the answer selected, or where the run stands. */
    public String headline() {
        return switch (stage) {
            case NONE -> "No candidates yet.";
            case ROLLOUT_ENDS -> String.format(Locale.ROOT, "Rollout ends so far: %d (%d distinct)", total,
                    candidates.size());
            case COLLECTED -> answer != null ? "Answer: " + answer + " (no peer check)"
                    : String.format(Locale.ROOT, "%d candidates (%d distinct), waiting for the peer", total,
                    candidates.size());
            case JUDGED -> "Selected: " + (verdict.answer() == null ? "no answer" : verdict.answer()) + " ("
                    + branchLabel(verdict.branch()) + ")";
        };
    }

    /** The header's second line: the majority, and how many the peer kept. */
    public String details() {
        return switch (stage) {
            case NONE -> "Candidates are collected when the last rollout ends; until then the rollouts' end nodes "
                    + "show here as they come.";
            case ROLLOUT_ENDS -> "Leading: " + majority() + ". The tree's solutions join when the search ends.";
            case COLLECTED -> String.format(Locale.ROOT, "Majority: %s · %d candidates (%d distinct)", majority(),
                    total, candidates.size());
            case JUDGED -> String.format(Locale.ROOT, "Majority: %s (%.0f%%) · peer kept %d of %d · %d candidates",
                    verdict.majorityAnswer() == null ? "none" : verdict.majorityAnswer(),
                    100 * verdict.majorityConfidence(), verdict.kept(), candidates.size(), total);
        };
    }

    /** "7 (3 of 5)": the answer most candidates state, answers compared as written. */
    private String majority() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            if (c.answer() != null && !c.answer().isBlank()) {
                counts.merge(c.answer().strip(), c.count(), Integer::sum);
            }
        }
        return counts.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(e -> e.getKey() + " (" + e.getValue() + " of " + total + ")").orElse("none");
    }

    private static String branchLabel(Branch branch) {
        return switch (branch) {
            case NO_CANDIDATES -> "no candidates";
            case CONFIDENT_MAJORITY -> "confident majority, peer not needed";
            case NONE_KEPT -> "no trajectory kept: majority";
            case ONE_KEPT -> "the one trajectory kept";
            case SCORED -> "best score among the kept";
            default -> branch.id();
        };
    }

    private static final class Merged {
        final String answer;
        final List<Step> steps;
        final List<Integer> endNodeIds = new ArrayList<>();
        final Set<Source> sources = EnumSet.noneOf(Source.class);

        Merged(String answer, List<Step> steps) {
            this.answer = answer;
            this.steps = steps;
        }
    }
}
