package org.rstarworkbench.samples.train;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A held-out evaluation.
 *
 * @param step              steps done when it ran
 * @param elapsed           training time so far (evaluation time excluded)
 * @param heldOutLoss       mean cross-entropy per completion token (nats) over the held-out pairs scored
 * @param exactMatch        fraction of the evaluated held-out pairs whose greedy completion equals the expected one
 * @param exactMatchByTask  the same per {@code TrainingPair.task}, in first-seen order
 * @param evaluated         how many held-out pairs were completed greedily
 * @param mistakes          a few wrong completions, "task: expected …, got …", to see what the model gets wrong
 */
public record EvaluationReport(int step, Duration elapsed, double heldOutLoss, double exactMatch,
                               Map<String, Double> exactMatchByTask, int evaluated, List<String> mistakes) {

    public EvaluationReport {
        exactMatchByTask = Collections.unmodifiableMap(new LinkedHashMap<>(exactMatchByTask));
        mistakes = List.copyOf(mistakes);
    }
}
