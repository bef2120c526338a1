package org.rstarworkbench.app.gui.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rstarworkbench.app.eval.EvalMethods;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;

/**
 * What one evaluation runs, checked before anything starts.
 *
 * @param dataset  {@code gsm-mini} (the bundled held-out set) or a dataset file
 * @param first    the first item, from 0
 * @param last     the last item, inclusive; clipped to the dataset's size when it is loaded
 * @param methods  names from {@link EvalMethods#NAMES}, at least one
 * @param scK      sample counts for self-consistency
 * @param rollouts rollout budgets for MCTS majority and rStar
 * @param model    the generator (and, unless it opens its own, the peer)
 * @param endpoint the endpoint fields, read when the model uses them
 * @param out      the folder for results.jsonl, scaling.csv and scaling.png, or null for none
 */
public record EvaluationPlan(String dataset, int first, int last, List<String> methods, List<Integer> scK,
                             List<Integer> rollouts, ModelChoice model, Endpoint endpoint, Path out) {

    public EvaluationPlan {
        Objects.requireNonNull(dataset, "dataset");
        methods = List.copyOf(methods);
        scK = List.copyOf(scK);
        rollouts = List.copyOf(rollouts);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /**
     * Checks the fields as typed.
     *
     * @throws SettingsException naming every bad field and its value
     */
    public static EvaluationPlan of(String dataset, int first, int last, List<String> methods, String scK,
                                    String rollouts, ModelChoice model, Endpoint endpoint, String out)
            throws SettingsException {
        List<String> problems = new ArrayList<>();
        if (dataset == null || dataset.isBlank()) {
            problems.add("Dataset is empty: give gsm-mini or a dataset file");
        }
        if (first < 0 || last < first) {
            problems.add("Items " + first + " to " + last + " are not a range: need 0 <= first <= last");
        }
        List<String> chosen = EvalMethods.NAMES.stream().filter(methods::contains).toList();
        if (chosen.isEmpty()) {
            problems.add("Methods: none chosen; tick at least one");
        }
        List<Integer> ks = counts("Self-consistency samples", scK, chosen.contains("sc"), problems);
        List<Integer> budgets = counts("Rollout budgets", rollouts,
                chosen.contains("mcts-maj") || chosen.contains("rstar"), problems);
        if (model == null) {
            problems.add("Model: none chosen");
        } else if (model.usesEndpoint()) {
            problems.addAll(endpoint.problems());
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        Path folder = out == null || out.isBlank() ? null : Path.of(out.strip());
        return new EvaluationPlan(dataset.strip(), first, last, chosen, ks, budgets, model, endpoint, folder);
    }

    /** A comma-separated list of whole numbers of at least 1; checked only when {@code used}. */
    private static List<Integer> counts(String field, String text, boolean used, List<String> problems) {
        List<Integer> values = new ArrayList<>();
        if (!used) {
            return values;
        }
        for (String part : (text == null ? "" : text).split(",")) {
            try {
                int v = Integer.parseInt(part.strip());
                if (v < 1) {
                    problems.add(field + ": every value must be at least 1, was " + v);
                }
                values.add(v);
            } catch (NumberFormatException e) {
                problems.add(field + ": '" + text + "' is not a list of whole numbers, e.g. 2,4,8");
                return values;
            }
        }
        return values;
    }

    /** The items of the range among {@code all}; the range's end is clipped to the dataset. */
    <T> List<T> select(List<T> all) throws SettingsException {
        if (first >= all.size()) {
            throw new SettingsException(List.of("First item " + first + " is out of range: " + dataset + " has "
                    + all.size() + " problems, numbered 0 to " + (all.size() - 1)));
        }
        return all.subList(first, Math.min(last, all.size() - 1) + 1);
    }
}
