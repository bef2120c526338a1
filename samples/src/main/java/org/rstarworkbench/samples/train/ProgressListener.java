package org.rstarworkbench.samples.train;

/**
 * Receives a {@link Trainer}'s progress, on the training thread: a report every few steps and one per held-out
 * evaluation. Both methods do nothing by default.
 */
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** Called every {@code reportEvery} steps. */
    default void onStep(StepReport report) {
    }

    /** Called after each held-out evaluation, the final one included. */
    default void onEvaluation(EvaluationReport report) {
    }
}
