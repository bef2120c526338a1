package org.rstarworkbench.app.gui.trajectories;

import java.util.ArrayList;
import java.util.List;

/**
 * Two trajectories side by side, step by step: steps aligned with {@link Diff#align}, and in each changed pair the
 * words that differ marked ({@link Diff#words}). Steps are equal when their action and text are; differing steps
 * pair up as changed when they come from the same action.
 *
 * @param left  the trajectory on the left
 * @param right the trajectory on the right
 * @param rows  the aligned steps, in order
 */
public record Comparison(Candidate left, Candidate right, List<Row> rows) {

    public Comparison {
        rows = List.copyOf(rows);
    }

    /**
     * One row: a step of either side, or both.
     *
     * @param kind       how the two steps relate
     * @param left       the left step, or null when only the right has one here
     * @param right      the right step, or null when only the left has one here
     * @param leftWords  the left step's text, changed words marked (all marked when only the left has it)
     * @param rightWords the right step's text, likewise
     */
    public record Row(Diff.Kind kind, Step left, Step right, List<Diff.Word> leftWords, List<Diff.Word> rightWords) {

        public Row {
            leftWords = List.copyOf(leftWords);
            rightWords = List.copyOf(rightWords);
        }
    }

    /** Compares two trajectories. */
    public static Comparison of(Candidate left, Candidate right) {
        List<String> a = left.steps().stream().map(Comparison::key).toList();
        List<String> b = right.steps().stream().map(Comparison::key).toList();
        List<Row> rows = new ArrayList<>();
        for (Diff.Pair p : Diff.align(a, b, key -> key.substring(0, key.indexOf('\n')))) {
            Step l = p.left() < 0 ? null : left.steps().get(p.left());
            Step r = p.right() < 0 ? null : right.steps().get(p.right());
            Diff.Words words = Diff.words(l == null ? "" : l.text(), r == null ? "" : r.text());
            rows.add(new Row(p.kind(), l, r, words.left(), words.right()));
        }
        return new Comparison(left, right, rows);
    }

    /** How many rows differ. */
    public long differing() {
        return rows.stream().filter(r -> r.kind() != Diff.Kind.SAME).count();
    }

    private static String key(Step s) {
        return s.label() + "\n" + s.text();
    }
}
