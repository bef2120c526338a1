package org.rstarworkbench.app.gui.trajectories;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.rstarworkbench.core.event.CandidateCollected.Source;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.selection.Outcome;

/**
 * One candidate trajectory of a run, every candidate that reads the same merged into it (as the discriminator merges
 * them), with what the peer made of it.
 *
 * @param index      its place in the list, from 0 (the discriminator's trajectory index once the peer checked it)
 * @param text       the trajectory as the peer reads it: one line, "Let's think step by step. …"
 * @param answer     its answer, or null
 * @param count      how many candidates read this way
 * @param sources    where those candidates came from
 * @param endNodeIds their end nodes, in the order they were collected (an id may repeat: solution and rollout end)
 * @param steps      the steps of the first candidate's path, the root excluded
 * @param check      the peer's check, or null while it has not come (or when there is no peer)
 * @param winner     whether the peer's verdict chose this trajectory
 */
public record Candidate(int index, String text, String answer, int count, Set<Source> sources,
                        List<Integer> endNodeIds, List<Step> steps, PeerChecked check, boolean winner) {

    public Candidate {
        sources = Set.copyOf(sources);
        endNodeIds = List.copyOf(endNodeIds);
        steps = List.copyOf(steps);
        if (endNodeIds.isEmpty()) {
            throw new IllegalArgumentException("a candidate ends at a node; endNodeIds is empty");
        }
    }

    /** The node the first of its candidates ends at: the one the tree shows for it. */
    public int endNode() {
        return endNodeIds.get(0);
    }

    /** "tree solution", "rollout end" or both. */
    public String sourceLabel() {
        boolean tree = sources.contains(Source.TREE);
        boolean rollout = sources.contains(Source.ROLLOUT_END);
        return tree && rollout ? "tree + rollout" : tree ? "tree solution" : "rollout end";
    }

    /** The answer as shown: "–" when it states none. */
    public String answerLabel() {
        return answer == null || answer.isBlank() ? "–" : answer;
    }

    /** "3/4" agreeing completions, or "" before the peer's check or when it did not check. */
    public String agreementLabel() {
        return check == null || check.masks().isEmpty() ? "" : check.agreeing() + "/" + check.masks().size();
    }

    /** What became of it: "kept", "rejected", "not checked: no answer", …; "" before the peer's check. */
    public String outcomeLabel() {
        if (check == null) {
            return "";
        }
        Outcome o = check.outcome();
        return switch (o) {
            case KEPT -> "kept";
            case REJECTED -> "rejected";
            case NO_ANSWER -> "not checked: no answer";
            case LONG_ANSWER -> "not checked: answer too long";
            case NOT_NEEDED -> "not checked: not needed";
        };
    }

    /** "#2 → 7 (×3)": how the compare pickers name it. */
    public String title() {
        return String.format(Locale.ROOT, "#%d → %s%s", index + 1, answerLabel(),
                count > 1 ? " (×" + count + ")" : "");
    }

    @Override
    public String toString() {
        return title();
    }
}
