package org.rstarworkbench.core.tree;

import java.util.Objects;

/**
 * A problem to solve.
 *
 * @param id       a stable identifier within its dataset (e.g. {@code "gsm8k/17"}), never null
 * @param question the question text, never blank
 * @param gold     the gold answer when known, else null; the search never reads it
 */
public record Problem(String id, String question, String gold) {

    public Problem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        if (question.isBlank()) {
            throw new IllegalArgumentException("the question is empty: give the problem's text");
        }
    }

    /** A problem typed in by a user, without a gold answer. */
    public static Problem ofText(String question) {
        return new Problem("typed", question, null);
    }
}
