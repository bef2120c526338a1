package org.rstarworkbench.core.search;

import java.util.Objects;

/**
 * A judge's final answer for a search.
 *
 * @param method what decided, e.g. {@code "rstar-discriminator"} or a selection branch; for reports
 * @param answer the chosen answer, or null when no candidate had one
 * @param usage  the compute the judge used (the peer model's calls)
 */
public record Judgement(String method, String answer, ComputeUsage usage) {

    public Judgement {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(usage, "usage");
    }
}
