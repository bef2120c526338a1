package org.rstarworkbench.samples.train;

import java.nio.file.Path;
import java.time.Duration;
import org.rstarworkbench.core.model.djl.ModelCard;

/**
 * What a training run produced.
 *
 * @param folder     the model folder written (loadable by {@code DjlLanguageModel.load})
 * @param card       its model card, provenance included
 * @param steps      optimisation steps done
 * @param duration   training time (evaluations excluded)
 * @param evaluation the final held-out evaluation
 */
public record TrainingResult(Path folder, ModelCard card, int steps, Duration duration, EvaluationReport evaluation) {
}
