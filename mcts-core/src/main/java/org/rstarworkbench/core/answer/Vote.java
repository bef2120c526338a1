package org.rstarworkbench.core.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a majority vote over sampled completions (rStar's self-consistency score of a node).
 * Immutable, so safe to share between threads.
 *
 * @param groups the answer groups in the order their first member was seen; an unmodifiable copy, never null
 * @param total  how many completions were sampled, counting those with no readable answer; at least the number
 *               of grouped completions
 */
public record Vote(List<AnswerGroup> groups, int total) {

    public Vote {
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        int grouped = groups.stream().mapToInt(AnswerGroup::size).sum();
        if (total < grouped) {
            throw new IllegalArgumentException(
                    "total must count every grouped completion (" + grouped + "), was " + total);
        }
    }

    /** A vote over no completions. */
    public static Vote empty() {
        return new Vote(List.of(), 0);
    }

    /** The largest group; among groups of equal size the one seen first, as the reference's {@code max} does. */
    public Optional<AnswerGroup> majority() {
        AnswerGroup best = null;
        for (AnswerGroup group : groups) {
            if (best == null || group.size() > best.size()) {
                best = group;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The majority's share of all sampled completions, in [0, 1]; 0 when no completion had a readable answer. */
    public double confidence() {
        return majority().map(group -> (double) group.size() / total).orElse(0.0);
    }

    /**
     * The completion that stands for the majority: its first member. When no completion had a readable answer this
     * is 0, which is only a valid index when at least one completion was sampled.
     */
    public int representative() {
        return majority().map(AnswerGroup::first).orElse(0);
    }
}
