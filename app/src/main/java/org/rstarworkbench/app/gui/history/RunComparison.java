package org.rstarworkbench.app.gui.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Two stored runs side by side: their key figures as rows of label, left and right, and which answers only one of
 * them found. Plain data, no JavaFX.
 *
 * @param left  the first run
 * @param right the second run
 */
public record RunComparison(RunFigures left, RunFigures right) {

    /**
     * One line of the comparison.
     *
     * @param label what the line shows
     * @param left  the first run's value
     * @param right the second run's value
     */
    public record Row(String label, String left, String right) {
        /** Whether the two runs differ here. */
        public boolean differs() {
            return !left.equals(right);
        }
    }

    public RunComparison {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /** The lines of the comparison, in display order. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        add(rows, "Run", f -> "#" + f.runId() + " " + f.name());
        add(rows, "Problem", RunFigures::problem);
        add(rows, "Gold", f -> orDash(f.gold()));
        add(rows, "Answer", f -> orDash(f.answer()) + (f.correct() == null ? "" : f.correct() ? " ✓" : " ✗"));
        add(rows, "Verdict", RunFigures::verdict);
        add(rows, "Nodes", f -> Integer.toString(f.nodes()));
        add(rows, "Rollouts", f -> f.rollouts() + "/" + f.planned());
        add(rows, "Requests", f -> String.format(Locale.ROOT, "%,d calls, %,d prompts", f.usage().calls(),
                f.usage().prompts()));
        add(rows, "Tokens", f -> String.format(Locale.ROOT, "%,d", f.usage().totalTokens()));
        add(rows, "Time", RunFigures::timeText);
        add(rows, "Answers found", RunFigures::answersText);
        rows.add(new Row("Found only here", only(left, right), only(right, left)));
        return rows;
    }

    /** The answers {@code f}'s rollouts found and {@code other}'s did not, or "–". */
    static String only(RunFigures f, RunFigures other) {
        Set<String> theirs = other.answers().keySet();
        List<String> mine = f.answers().keySet().stream().filter(a -> !theirs.contains(a)).toList();
        return mine.isEmpty() ? "–" : String.join(", ", mine);
    }

    private void add(List<Row> rows, String label, Function<RunFigures, String> value) {
        rows.add(new Row(label, value.apply(left), value.apply(right)));
    }

    private static String orDash(String s) {
        return s == null ? "–" : s;
    }
}
