package org.rstarworkbench.samples.train;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
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
 */
public record EvaluationReport(int step, Duration elapsed, double heldOutLoss, double exactMatch,
                               Map<String, Double> exactMatchByTask, int evaluated) {

    public EvaluationReport {
        exactMatchByTask = Collections.unmodifiableMap(new LinkedHashMap<>(exactMatchByTask));
    }
}
