package org.rstarworkbench.samples.train;

import java.time.Duration;

/**
 * Training progress.
 *
 * @param step            steps done
 * @param maxSteps        the step limit, or 0 if training is limited by time only
 * @param elapsed         training time so far
 * @param maxDuration     the time limit, or null if training is limited by steps only
 * @param loss            mean cross-entropy per completion token (nats), smoothed over recent steps
 * @param learningRate    the current learning rate
 * @param tokensPerSecond completion tokens scored per second over recent steps
 */
public record StepReport(int step, int maxSteps, Duration elapsed, Duration maxDuration, double loss,
                         double learningRate, double tokensPerSecond) {

    /** How far training is, in [0, 1]: the larger of the step and time fractions. */
    public double fraction() {
        double bySteps = maxSteps > 0 ? (double) step / maxSteps : 0;
        double byTime = maxDuration != null ? (double) elapsed.toMillis() / Math.max(1, maxDuration.toMillis()) : 0;
        return Math.min(1, Math.max(bySteps, byTime));
    }
}
