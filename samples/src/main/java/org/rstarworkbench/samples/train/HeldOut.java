package org.rstarworkbench.samples.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.model.djl.DjlLanguageModel;
import org.rstarworkbench.core.model.djl.TinyModel;
import org.rstarworkbench.samples.gsmmini.TrainingPair;

/**
 * The held-out measures: mean completion-token loss over the first {@code lossPairs} pairs, and greedy exact match
 * over the first {@code greedyPairs} (the completion generated with temperature 0 until end-of-sequence must equal
 * the expected completion character for character).
 */
final class HeldOut {

    /** Greedy results. */
    record Greedy(double exactMatch, Map<String, Double> byTask, int evaluated, List<String> mistakes) {
    }

    private final List<TrainingPair> greedyPairs;
    private final TrainingSet lossSet;
    private final int batchSize;

    HeldOut(List<TrainingPair> pairs, TrainingSet lossSet, int greedyPairs, int batchSize) {
        this.greedyPairs = List.copyOf(pairs.subList(0, Math.min(greedyPairs, pairs.size())));
        this.lossSet = lossSet;
        this.batchSize = batchSize;
    }

    /** Mean loss per completion token, NaN when there are no held-out pairs. */
    double loss(TinyModel model) {
        double total = 0;
        long tokens = 0;
        for (int from = 0; from < lossSet.size(); from += batchSize) {
            TrainingSet.Batch batch = lossSet.slice(from, Math.min(lossSet.size(), from + batchSize));
            try (NDManager scope = model.newScope()) {
                NDArray logits = model.logitsWithoutGradients(
                        scope.create(batch.inputs(), new Shape(batch.rows(), batch.length())));
                total += Trainer.maskedCrossEntropy(logits, batch, scope).getFloat() * batch.tokens();
                tokens += batch.tokens();
            }
        }
        return tokens == 0 ? Double.NaN : total / tokens;
    }

    Greedy greedy(TinyModel model) throws InterruptedException, ModelException {
        if (greedyPairs.isEmpty()) {
            return new Greedy(Double.NaN, Map.of(), 0, List.of());
        }
        List<GenerationRequest> requests = new ArrayList<>();
        for (TrainingPair pair : greedyPairs) {
            // Completions end with the newline that stops generation in use: decode as the engine does, stopping there.
            List<String> stop = pair.completion().endsWith("\n") ? List.of("\n") : List.of();
            requests.add(new GenerationRequest(pair.prompt(), 1, pair.completion().length() + 8, stop,
                    Sampling.GREEDY));
        }
        List<Generation> generations = DjlLanguageModel.over(model, DjlLanguageModel.DEFAULT_MAX_ROWS)
                .generate(requests);
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> mistakes = new ArrayList<>();
        int correct = 0;
        for (int i = 0; i < greedyPairs.size(); i++) {
            TrainingPair pair = greedyPairs.get(i);
            String text = generations.get(i).completions().get(0).text();
            boolean right = pair.completion().endsWith("\n") ? (text + "\n").equals(pair.completion())
                    : text.equals(pair.completion());
            correct += right ? 1 : 0;
            if (!right && mistakes.size() < 3) {
                mistakes.add(pair.task() + ": expected \"" + pair.completion().strip() + "\", got \"" + text.strip()
                        + "\"");
            }
            int[] c = counts.computeIfAbsent(pair.task(), t -> new int[2]);
            c[0] += right ? 1 : 0;
            c[1]++;
        }
        Map<String, Double> byTask = new LinkedHashMap<>();
        counts.forEach((task, c) -> byTask.put(task, (double) c[0] / c[1]));
        return new Greedy((double) correct / greedyPairs.size(), byTask, greedyPairs.size(), List.copyOf(mistakes));
    }
}
