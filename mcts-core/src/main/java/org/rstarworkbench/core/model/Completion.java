package org.rstarworkbench.core.model;

import java.util.Objects;

/**
 * One sampled completion.
 *
 * @param text         the generated text without the prompt and without the stop sequence that ended it
 * @param finishReason why generation ended
 * @param tokens       how many tokens were generated (as reported by the backend, or estimated where it reports none)
 */
public record Completion(String text, FinishReason finishReason, int tokens) {

    public Completion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(finishReason, "finishReason");
    }

    /** Why a completion ended. */
    public enum FinishReason {
        /** A stop sequence or the end-of-sequence token was produced. */
        STOP,
        /** The token limit was reached. */
        LENGTH,
        /** The backend did not say. */
        UNKNOWN;

        /** Maps an OpenAI-style {@code finish_reason} string; unknown or null values give {@link #UNKNOWN}. */
        public static FinishReason fromApi(String value) {
            if (value == null) {
                return UNKNOWN;
            }
            return switch (value) {
                case "stop", "eos", "stop_sequence" -> STOP;
                case "length", "max_tokens" -> LENGTH;
                default -> UNKNOWN;
            };
        }
    }
}
