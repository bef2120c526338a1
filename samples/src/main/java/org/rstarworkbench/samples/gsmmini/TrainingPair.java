package org.rstarworkbench.samples.gsmmini;

import java.util.Objects;

/**
 * One training example for a tiny model: the prompt exactly as the engine builds it, and the completion the model
 * should produce (ending where generation should stop, stop sequence included when there is one).
 *
 * @param task       which format it teaches, e.g. {@code "A1"}, {@code "A2"}, {@code "A3-propose"},
 *                   {@code "A3-answer"}, {@code "A4"}, {@code "A5"}, {@code "peer"}
 * @param prompt     the prompt
 * @param completion the text to generate after it
 */
public record TrainingPair(String task, String prompt, String completion) {

    public TrainingPair {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(completion, "completion");
    }
}
