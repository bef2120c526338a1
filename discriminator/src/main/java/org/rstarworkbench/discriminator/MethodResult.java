package org.rstarworkbench.discriminator;

import java.util.Objects;

import org.rstarworkbench.core.search.ComputeUsage;

/**
 * What a {@link Method} answered and what it cost.
 *
 * @param method the method's name
 * @param answer the answer, or null when the method reached none
 * @param usage  the compute used: model calls, prompts, sequences, tokens and time waiting for the model
 */
public record MethodResult(String method, String answer, ComputeUsage usage) {

    public MethodResult {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(usage, "usage");
    }
}
