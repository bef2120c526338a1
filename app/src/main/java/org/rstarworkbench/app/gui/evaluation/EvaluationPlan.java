package org.rstarworkbench.app.gui.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rstarworkbench.app.eval.EvalMethods;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.core.search.SearchConfig;

/**
 * What one evaluation runs, checked by {@link EvaluationSettings#plan()} before anything starts.
 *
 * @param dataset      {@code gsm-mini} (the bundled held-out set) or a dataset file
 * @param first        the first item, from 0
 * @param last         the last item, inclusive; clipped to the dataset's size when it is loaded
 * @param methods      names from {@link EvalMethods#NAMES}, at least one
 * @param scK          sample counts for self-consistency
 * @param rollouts     rollout budgets for MCTS majority and rStar
 * @param model        the generator
 * @param endpoint     the generator's endpoint fields, read when the model uses them
 * @param peer         where rStar's peer comes from
 * @param peerEndpoint the peer's own endpoint fields, read when the peer uses them
 * @param config       the search settings of MCTS majority and rStar (their rollouts come from {@code rollouts})
 * @param parallel     problems evaluated at once, at least 1
 * @param out          the folder for results.jsonl, the summary and the scaling chart, or null for none
 * @param resume       whether the rows already in {@code out} are kept and not computed again
 */
public record EvaluationPlan(String dataset, int first, int last, List<String> methods, List<Integer> scK,
                             List<Integer> rollouts, ModelChoice model, Endpoint endpoint, PeerChoice peer,
                             Endpoint peerEndpoint, SearchConfig config, int parallel, Path out, boolean resume) {

    public EvaluationPlan {
        Objects.requireNonNull(dataset, "dataset");
        methods = List.copyOf(methods);
        scK = List.copyOf(scK);
        rollouts = List.copyOf(rollouts);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(peerEndpoint, "peerEndpoint");
        Objects.requireNonNull(config, "config");
        if (parallel < 1) {
            throw new IllegalArgumentException("problems at once must be at least 1, was " + parallel);
        }
    }

    /** Whether rStar runs, and so whether a peer is opened. */
    boolean needsPeer() {
        return methods.contains("rstar");
    }

    /**
     * A comma-separated list of whole numbers of at least 1; checked only when {@code used}, each problem added to
     * {@code problems} naming {@code field}.
     */
    static List<Integer> counts(String field, String text, boolean used, List<String> problems) {
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
