package org.rstarworkbench.core.search;

import java.util.List;

import org.rstarworkbench.core.model.Generation;

/**
 * Compute used by a run or a part of it.
 *
 * @param calls            model calls (one {@code LanguageModel.generate}; the reference's {@code call_counter})
 * @param prompts          prompts sent (a batched call carries several)
 * @param sequences        completions sampled
 * @param promptTokens     prompt tokens as reported by the backend
 * @param completionTokens generated tokens (the reference's {@code token_counter})
 * @param modelMillis      wall-clock time spent waiting for the model
 */
public record ComputeUsage(long calls, long prompts, long sequences, long promptTokens, long completionTokens,
                           long modelMillis) {

    public static final ComputeUsage ZERO = new ComputeUsage(0, 0, 0, 0, 0, 0);

    /** The usage of one call. */
    public static ComputeUsage ofCall(List<Generation> generations, long millis) {
        long sequences = 0;
        long promptTokens = 0;
        long completionTokens = 0;
        for (Generation g : generations) {
            sequences += g.completions().size();
            promptTokens += g.promptTokens();
            completionTokens += g.completionTokens();
        }
        return new ComputeUsage(1, generations.size(), sequences, promptTokens, completionTokens, millis);
    }

    public ComputeUsage plus(ComputeUsage o) {
        return new ComputeUsage(calls + o.calls, prompts + o.prompts, sequences + o.sequences,
                promptTokens + o.promptTokens, completionTokens + o.completionTokens, modelMillis + o.modelMillis);
    }

    /** All tokens, prompt and generated. */
    public long totalTokens() {
        return promptTokens + completionTokens;
    }
}
