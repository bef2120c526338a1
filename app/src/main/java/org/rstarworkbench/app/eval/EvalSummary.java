package org.rstarworkbench.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Accuracy and mean compute per method and budget over an evaluation's rows.
 *
 * @param method    the method
 * @param budget    its budget (rollouts or samples)
 * @param problems  problems with a result
 * @param correct   problems answered correctly
 * @param requests  mean model calls per problem
 * @param sequences mean sampled sequences per problem
 * @param tokens    mean tokens per problem
 * @param seconds   mean model time per problem
 */
public record EvalSummary(String method, int budget, int problems, int correct, double requests,
                          double sequences, double tokens, double seconds) {

    public double accuracy() {
        return problems == 0 ? 0 : (double) correct / problems;
    }

    /** One summary per (method, budget), in the order they first appear. */
    public static List<EvalSummary> of(List<EvalRow> rows) {
        Map<String, List<EvalRow>> groups = new LinkedHashMap<>();
        for (EvalRow r : rows) {
            groups.computeIfAbsent(r.method() + "@" + r.budget(), k -> new ArrayList<>()).add(r);
        }
        List<EvalSummary> out = new ArrayList<>();
        for (List<EvalRow> g : groups.values()) {
            int n = g.size();
            out.add(new EvalSummary(g.get(0).method(), g.get(0).budget(), n,
                    (int) g.stream().filter(EvalRow::correct).count(),
                    g.stream().mapToLong(EvalRow::requests).average().orElse(0),
                    g.stream().mapToLong(EvalRow::sequences).average().orElse(0),
                    g.stream().mapToLong(EvalRow::tokens).average().orElse(0),
                    g.stream().mapToLong(EvalRow::millis).average().orElse(0) / 1000.0));
        }
        return out;
    }

    /** The point this summary adds to a test-time scaling chart. */
    public ScalingPoint point() {
        return new ScalingPoint(method, budget, problems, correct, Math.round(tokens * problems));
    }
}
