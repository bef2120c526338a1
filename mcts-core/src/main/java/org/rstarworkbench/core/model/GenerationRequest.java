package org.rstarworkbench.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One prompt to complete {@code n} times, as sent to an OpenAI-compatible {@code /v1/completions} endpoint.
 *
 * @param prompt    the full prompt text, never null
 * @param n         how many completions to sample, at least 1
 * @param maxTokens the most tokens one completion may have, at least 1
 * @param stop      stop sequences (the completion ends before the first one); may be empty, never null
 * @param sampling  temperature, top-p, top-k and seed
 */
public record GenerationRequest(String prompt, int n, int maxTokens, List<String> stop, Sampling sampling) {

    public GenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(sampling, "sampling");
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        }
        stop = List.copyOf(stop == null ? List.of() : stop);
    }

    /** The same request asking for {@code count} completions with the given seed. */
    public GenerationRequest withN(int count, Long seed) {
        return new GenerationRequest(prompt, count, maxTokens, stop, sampling.withSeed(seed));
    }
}
