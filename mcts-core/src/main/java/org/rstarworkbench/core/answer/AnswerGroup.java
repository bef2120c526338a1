package org.rstarworkbench.core.answer;

import java.util.List;
import java.util.Objects;

/**
 * Sampled completions that reached equivalent answers. Immutable, so safe to share between threads.
 *
 * @param answer  the answer of the group's first member, as its format extracted it; never null
 * @param members indices into the sampled completions, ascending; never empty; the list is an unmodifiable copy
 */
public record AnswerGroup(String answer, List<Integer> members) {

    public AnswerGroup {
        Objects.requireNonNull(answer, "answer");
        members = List.copyOf(Objects.requireNonNull(members, "members"));
        if (members.isEmpty()) {
            throw new IllegalArgumentException("members must hold at least one completion index, was empty");
        }
        for (int i = 0; i < members.size(); i++) {
            int index = members.get(i);
            if (index < 0 || (i > 0 && index <= members.get(i - 1))) {
                throw new IllegalArgumentException(
                        "members must be ascending indices >= 0, was " + members + " for answer '" + answer + "'");
            }
        }
    }

    /** How many completions reached this answer. */
    public int size() {
        return members.size();
    }

    /** The index of the first completion that reached this answer. */
    public int first() {
        return members.get(0);
    }
}
