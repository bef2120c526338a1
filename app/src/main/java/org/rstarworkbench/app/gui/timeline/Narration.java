package org.rstarworkbench.app.gui.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.rstarworkbench.core.event.Backpropagated;
import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.event.Expanded;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RolloutStarted;
import org.rstarworkbench.core.event.RunCancelled;
import org.rstarworkbench.core.event.RunFailed;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.Selected;
import org.rstarworkbench.core.event.Simulated;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.selection.Outcome;
import org.rstarworkbench.visualizer.style.KindStyle;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/**
 * One line explaining an event in the words of the paper: which MCTS phase it belongs to and what happened, with the
 * numbers (for a selection, every UCT term of the chosen child and the scores it beat).
 *
 * @param phase the phase, e.g. "Selection", for a badge
 * @param text  the explanation
 */
public record Narration(String phase, String text) {

    /** What the line says before any event. */
    public static final Narration EMPTY = new Narration("", "No events yet: press Play to start a search, or open a "
            + "stored run.");

    private static final int SNIPPET = 70;
    private static final int RIVALS = 3;

    /**
     * Explains {@code event}.
     *
     * @param event   the event
     * @param tree    the tree right after the event
     * @param started the run's first event, or null (for "rollout k of n")
     */
    public static Narration of(SearchEvent event, TreeSnapshot tree, RunStarted started) {
        int rollouts = started == null ? 0 : started.config().rollouts();
        if (event instanceof RunStarted s) {
            return new Narration("Start", String.format(Locale.ROOT, "The search starts: generator %s, pack %s; %d "
                    + "rollouts, depth limit %d, exploration weight c = %s, seed %d.", s.generator(), s.pack(),
                    s.config().rollouts(), s.config().maxDepth(), num(s.config().explorationWeight()),
                    s.config().seed()));
        } else if (event instanceof RolloutStarted r) {
            return new Narration("Rollout", "Rollout " + of(r.rollout(), rollouts) + " begins: selection walks down "
                    + "from the root, by UCT where every child was visited.");
        } else if (event instanceof Selected s) {
            return new Narration("Selection", selection(s, tree, rollouts));
        } else if (event instanceof NodeCreated c) {
            return new Narration("Expansion", created(c.node(), tree));
        } else if (event instanceof ModelCalled m) {
            return new Narration("Model call", modelCall(m, tree));
        } else if (event instanceof Expanded x) {
            return new Narration("Expansion", "Expansion of " + name(tree, x.nodeId()) + " done: "
                    + x.childIds().size() + " children (" + x.childIds().stream().map(id -> "#" + id + " "
                    + action(tree, id)).collect(Collectors.joining(", ")) + ").");
        } else if (event instanceof Simulated s) {
            return new Narration("Simulation", s.path().isEmpty()
                    ? "Simulation: " + name(tree, s.fromId()) + " is already terminal; nothing to simulate."
                    : "Simulation from " + name(tree, s.fromId()) + ": random children " + path(s.path())
                    + " down to a terminal node, expanding on the way.");
        } else if (event instanceof Backpropagated b) {
            return new Narration("Backpropagation", String.format(Locale.ROOT, "Backpropagation: the reward %s (%s) "
                    + "is added to Q, and 1 to N, of the %d nodes on the path %s.", num(b.reward()), b.reward() > 0
                    ? "the confidence of the end node's answer" : "the end node states no answer",
                    b.path().size(), path(b.path())));
        } else if (event instanceof RolloutFinished r) {
            return new Narration("Rollout", "Rollout " + of(r.rollout(), rollouts) + " ended at "
                    + name(tree, r.endNodeId()) + (r.answer() == null ? " with no answer." : " with the answer "
                    + r.answer() + "."));
        } else if (event instanceof CandidateCollected c) {
            return new Narration("Candidates", "Candidate " + name(tree, c.nodeId()) + " states "
                    + (c.answer() == null ? "no answer" : c.answer()) + " ("
                    + (c.source() == CandidateCollected.Source.TREE ? "a solution node of the tree"
                    : "the end of a rollout") + ").");
        }
        return other(event, tree);
    }

    private static Narration other(SearchEvent event, TreeSnapshot tree) {
        if (event instanceof PeerChecked p) {
            return new Narration("Peer check", peerCheck(p));
        } else if (event instanceof Verdict v) {
            return new Narration("Verdict", "Verdict: " + (v.answer() == null ? "no answer" : v.answer())
                    + ", by the rule " + v.branch().id() + (v.winner() >= 0 ? "; trajectory " + v.winner() + " won "
                    + "(" + v.winnerNodeIds().stream().map(id -> "#" + id).collect(Collectors.joining(", ")) + ")"
                    : "") + "; " + v.kept() + " trajectories kept; the generator's majority was "
                    + (v.majorityAnswer() == null ? "none" : v.majorityAnswer() + " at " + num(v.majorityConfidence()))
                    + ".");
        } else if (event instanceof RunFinished f) {
            return new Narration("Finished", "The search finished: the answer is " + (f.answer() == null ? "none"
                    : f.answer()) + String.format(Locale.ROOT, "; %d model calls, %,d tokens", f.usage().calls()
                    + f.judgeUsage().calls(), f.usage().totalTokens() + f.judgeUsage().totalTokens()) + ".");
        } else if (event instanceof RunCancelled c) {
            return new Narration("Cancelled", "The search was cancelled after " + c.completedRollouts()
                    + " rollouts.");
        } else if (event instanceof RunFailed f) {
            return new Narration("Failed", "The search failed: " + f.message());
        }
        return new Narration("Event", event.getClass().getSimpleName() + " (event " + event.seq() + ").");
    }

    private static String selection(Selected s, TreeSnapshot tree, int rollouts) {
        List<String> parts = new ArrayList<>();
        for (Selected.Step step : s.steps()) {
            parts.add(switch (step.how()) {
                case UCT -> uctStep(step, tree);
                case UNVISITED_RANDOM -> unvisitedStep(step, tree);
                case UNEXPANDED -> "stop at " + name(tree, step.nodeId()) + ": it is not expanded yet, so it is "
                        + "expanded next";
                case TERMINAL -> "stop at " + name(tree, step.nodeId()) + ": it is terminal (an answer or the "
                        + "depth limit)";
            });
        }
        return "Rollout " + of(s.rollout(), rollouts) + ", selection: " + String.join("; then ", parts) + ".";
    }

    private static String uctStep(Selected.Step step, TreeSnapshot tree) {
        Selected.UctScore best = step.scores().stream().filter(u -> u.childId() == step.chosen()).findFirst()
                .orElse(null);
        if (best == null) {
            return "at " + name(tree, step.nodeId()) + " UCT chose #" + step.chosen();
        }
        int parentIndex = tree.indexOf(step.nodeId());
        int parentN = parentIndex < 0 ? 0 : tree.n(parentIndex);
        double exploit = best.q() / best.n();
        List<Selected.UctScore> others = step.scores().stream().filter(u -> u.childId() != step.chosen())
                .sorted(Comparator.comparingDouble(Selected.UctScore::uct).reversed()).toList();
        String rivals = others.stream().limit(RIVALS).map(u -> "#" + u.childId() + " " + num(u.uct()))
                .collect(Collectors.joining(", "));
        if (!others.isEmpty() && others.get(0).uct() == best.uct()) {
            rivals += " (a tie: the first child created wins)";
        }
        return String.format(Locale.ROOT, "at %s every child was visited, so UCT chose %s: Q/N + c·√(ln N_parent/N) "
                        + "= %s/%d + %s·√(ln %d/%d) = %s + %s = %s%s", name(tree, step.nodeId()),
                name(tree, step.chosen()), num(best.q()), best.n(), num(step.weight()), parentN, best.n(),
                num(exploit), num(best.uct() - exploit), num(best.uct()), rivals.isEmpty() ? "" : ", over " + rivals);
    }

    private static String unvisitedStep(Selected.Step step, TreeSnapshot tree) {
        int at = tree.indexOf(step.nodeId());
        int children = at < 0 ? 0 : tree.childCount(at);
        int unvisited = 0;
        for (int k = 0; k < children; k++) {
            if (tree.n(tree.child(at, k)) == 0) {
                unvisited++;
            }
        }
        return "at " + name(tree, step.nodeId()) + ", " + unvisited + " of " + children + " children were never "
                + "visited (UCT would score them 999), so " + name(tree, step.chosen()) + " was drawn at random "
                + "among them";
    }

    private static String created(NodeInfo node, TreeSnapshot tree) {
        if (node.parentId() < 0) {
            return "The root #" + node.id() + " holds the question: " + quote(node.text());
        }
        String what = node.subanswer() != null ? quote(node.text()) + " answered " + quote(node.subanswer())
                : quote(node.text());
        return node.action().label() + " created " + name(tree, node.id()) + " under #" + node.parentId()
                + (node.answer() == null ? "" : ", answer " + node.answer()) + (Double.isNaN(node.value()) ? ""
                : " (confidence " + num(node.value()) + ")") + ": " + what;
    }

    private static String modelCall(ModelCalled m, TreeSnapshot tree) {
        long samples = 0;
        long tokens = 0;
        for (Generation g : m.generations()) {
            samples += g.completions().size();
            tokens += g.promptTokens() + g.completionTokens();
        }
        String who = m.nodeId() < 0 ? "the peer discriminator" : name(tree, m.nodeId()) + " ("
                + (m.action() == null ? "" : m.action().label() + ", ") + m.purpose() + ")";
        return String.format(Locale.ROOT, "Model call %d for %s: %d prompt%s, %d samples, %,d tokens, %d ms.",
                m.call() + 1, who, m.generations().size(), m.generations().size() == 1 ? "" : "s", samples, tokens,
                m.millis());
    }

    private static String peerCheck(PeerChecked p) {
        String what = "Peer check of trajectory " + p.trajectory() + " (answer " + (p.answer() == null ? "none"
                : p.answer()) + ", " + p.count() + " candidate" + (p.count() == 1 ? "" : "s") + ")";
        return switch (p.outcome()) {
            case KEPT, REJECTED -> what + ": the peer completed " + p.agreeing() + " of " + p.masks().size()
                    + " masked prefixes to the same answer, so it is "
                    + (p.outcome() == Outcome.KEPT ? "kept." : "rejected.");
            case NO_ANSWER -> what + ": not checked, it states no answer.";
            case LONG_ANSWER -> what + ": not checked, its answer is too long.";
            case NOT_NEEDED -> what + ": not checked, the votes alone decided.";
        };
    }

    /** {@code #12 A3 sub-question}, or {@code #12} when the node is not in the tree. */
    static String name(TreeSnapshot tree, int id) {
        int i = tree.indexOf(id);
        return i < 0 ? "#" + id : "#" + id + " " + KindStyle.of(tree.info(i).kind()).label();
    }

    private static String action(TreeSnapshot tree, int id) {
        int i = tree.indexOf(id);
        return i < 0 || tree.info(i).action() == null ? "" : tree.info(i).action().label();
    }

    private static String path(List<Integer> ids) {
        return ids.stream().map(id -> "#" + id).collect(Collectors.joining(" → "));
    }

    private static String of(int rollout, int rollouts) {
        return (rollout + 1) + (rollouts > 0 ? " of " + rollouts : "");
    }

    private static String quote(String text) {
        if (text == null) {
            return "“”";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return "“" + (line.length() <= SNIPPET ? line : line.substring(0, SNIPPET - 1) + "…") + "”";
    }

    static String num(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
    }
}
