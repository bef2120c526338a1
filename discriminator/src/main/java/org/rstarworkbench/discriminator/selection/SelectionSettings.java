package org.rstarworkbench.discriminator.selection;

import java.util.Objects;

/**
 * Settings of the final answer selection; {@link #defaults()} are the reference's.
 *
 * @param mode                the agreement test (reference: {@code mid})
 * @param confidenceThreshold the majority answer wins outright when its confidence is above this (0.999)
 * @param maxAnswerLength     trajectories whose answer has more characters are not checked (100)
 * @param referenceFaithful   consult the problem's gold answer as the reference's evaluation script does; an
 *                            evaluation option only, never for real use (false)
 */
public record SelectionSettings(AgreementMode mode, double confidenceThreshold, int maxAnswerLength,
                                boolean referenceFaithful) {

    public SelectionSettings {
        Objects.requireNonNull(mode, "mode");
        if (!(confidenceThreshold >= 0 && confidenceThreshold <= 1)) {
            throw new IllegalArgumentException("confidenceThreshold must be in [0, 1], was " + confidenceThreshold);
        }
        if (maxAnswerLength < 1) {
            throw new IllegalArgumentException("maxAnswerLength must be at least 1, was " + maxAnswerLength);
        }
    }

    /** The reference's settings: mid, 0.999, 100 characters, label-free. */
    public static SelectionSettings defaults() {
        return new SelectionSettings(AgreementMode.MID, 0.999, 100, false);
    }

    public SelectionSettings withMode(AgreementMode value) {
        return new SelectionSettings(value, confidenceThreshold, maxAnswerLength, referenceFaithful);
    }

    public SelectionSettings withReferenceFaithful(boolean value) {
        return new SelectionSettings(mode, confidenceThreshold, maxAnswerLength, value);
    }
}
