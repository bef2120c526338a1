package org.rstarworkbench.app.gui.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.rstarworkbench.app.eval.EvalMethods;
import org.rstarworkbench.app.eval.EvalRow;

/**
 * An evaluation's rows problem by problem: one {@link Line} per problem (in the order the problems first appear),
 * with the row of each method and budget, and the columns ({@code method@budget}) in method then budget order.
 * Immutable.
 *
 * @param columns the method-and-budget columns, e.g. {@code greedy-cot@1}, {@code rstar@4}, {@code rstar@16}
 * @param lines   one line per problem
 */
public record ProblemResults(List<String> columns, List<Line> lines) {

    /**
     * One problem's results.
     *
     * @param problem the problem's id
     * @param gold    its gold answer as the evaluation read it, or null
     * @param byColumn the row of each column the problem has
     */
    public record Line(String problem, String gold, Map<String, EvalRow> byColumn) {
        public Line {
            Objects.requireNonNull(problem, "problem");
            byColumn = Map.copyOf(byColumn);
        }

        /** "60 ✓", "70 ✗", "– ✗" (no answer) or "" (not evaluated) for one column. */
        public String cell(String column) {
            EvalRow r = byColumn.get(column);
            if (r == null) {
                return "";
            }
            return (r.answer() == null ? "–" : r.answer()) + (r.correct() ? " ✓" : " ✗");
        }

        /** The largest rollout budget among this problem's MCTS rows (rstar, mcts-maj), or 0 when there is none. */
        public int largestSearchBudget() {
            return byColumn.values().stream().filter(r -> isSearch(r.method())).mapToInt(EvalRow::budget).max()
                    .orElse(0);
        }

        /** Whether the problem was evaluated with rStar (and so with the peer's check). */
        public boolean hasRStar() {
            return byColumn.values().stream().anyMatch(r -> r.method().equals("rstar"));
        }
    }

    public ProblemResults {
        columns = List.copyOf(columns);
        lines = List.copyOf(lines);
    }

    /** Groups {@code rows} by problem. */
    public static ProblemResults of(List<EvalRow> rows) {
        Map<String, Map<String, EvalRow>> byProblem = new LinkedHashMap<>();
        Map<String, String> gold = new LinkedHashMap<>();
        TreeSet<EvalRow> columnRows = new TreeSet<>(Comparator.comparingInt((EvalRow r) -> order(r.method()))
                .thenComparing(EvalRow::method).thenComparingInt(EvalRow::budget));
        for (EvalRow r : rows) {
            byProblem.computeIfAbsent(r.problem(), p -> new LinkedHashMap<>()).put(column(r), r);
            if (r.gold() != null) {
                gold.putIfAbsent(r.problem(), r.gold());
            }
            columnRows.add(r);
        }
        List<String> columns = columnRows.stream().map(ProblemResults::column).toList();
        List<Line> lines = new ArrayList<>(byProblem.size());
        byProblem.forEach((id, cells) -> lines.add(new Line(id, gold.get(id), cells)));
        return new ProblemResults(columns, lines);
    }

    /** "rstar@16". */
    static String column(EvalRow r) {
        return r.method() + "@" + r.budget();
    }

    static boolean isSearch(String method) {
        return method.equals("rstar") || method.equals("mcts-maj");
    }

    private static int order(String method) {
        int at = EvalMethods.NAMES.indexOf(method);
        return at < 0 ? EvalMethods.NAMES.size() : at;
    }
}
