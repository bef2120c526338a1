package org.rstarworkbench.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The answer to one {@link GenerationRequest}: exactly {@code request.n()} completions, in sample order.
 *
 * @param request      the request answered
 * @param completions  the completions, as many as the request asked for
 * @param promptTokens tokens in the prompt as reported by the backend (0 if unknown), counted once per request
 */
public record Generation(GenerationRequest request, List<Completion> completions, int promptTokens) {

    public Generation {
        Objects.requireNonNull(request, "request");
        completions = List.copyOf(completions);
    }

    /** Tokens generated over all completions. */
    public int completionTokens() {
        int sum = 0;
        for (Completion c : completions) {
            sum += c.tokens();
        }
        return sum;
    }

    /** The completion texts in sample order. */
    public List<String> texts() {
        return completions.stream().map(Completion::text).toList();
    }
}
