package org.rstarworkbench.core.model.djl;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.rstarworkbench.core.model.Sampling;

/**
 * Picks the next token from one row of logits: greedy at temperature 0, else temperature, top-k and top-p (nucleus)
 * sampling, as vLLM applies them (temperature first, then top-k, then top-p over what is left). The special tokens
 * other than {@link Vocabulary#EOS} are never picked.
 *
 * <p>Not thread-safe (it keeps scratch arrays); one per generation.
 */
final class Sampler {

    private final int vocabulary;
    private final int[] order;
    private final double[] weights;
    private final long[] keys;

    Sampler(int vocabulary) {
        this.vocabulary = vocabulary;
        this.order = new int[vocabulary];
        this.weights = new double[vocabulary];
        this.keys = new long[vocabulary];
    }

    /**
     * The token for row {@code row} of {@code logits} (rows × vocabulary), among the tokens {@code allowed} accepts
     * ({@code null}: all but the specials other than EOS). At least one token must be allowed.
     */
    int pick(float[] logits, int row, Sampling sampling, SplittableRandom random, IntPredicate allowed) {
        int base = row * vocabulary;
        int n = 0;
        for (int id = 0; id < vocabulary; id++) {
            if (allowed != null ? allowed.test(id) : id == Vocabulary.EOS || id >= Vocabulary.SPECIALS) {
                order[n++] = id;
            }
        }
        if (sampling.temperature() == 0) {
            return argmax(logits, base, n);
        }
        boolean truncate = sampling.topK() > 0 || sampling.topP() < 1;
        if (truncate) {
            sortDescending(logits, base, n);
        }
        int kept = sampling.topK() > 0 ? Math.min(sampling.topK(), n) : n;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < kept; i++) {
            max = Math.max(max, logits[base + order[i]]);
        }
        double total = 0;
        for (int i = 0; i < kept; i++) {
            weights[i] = Math.exp((logits[base + order[i]] - max) / sampling.temperature());
            total += weights[i];
        }
        if (sampling.topP() < 1) {
            double mass = 0;
            for (int i = 0; i < kept; i++) {
                mass += weights[i];
                if (mass >= sampling.topP() * total) {
                    kept = i + 1;
                    total = mass;
                    break;
                }
            }
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < kept; i++) {
            u -= weights[i];
            if (u < 0) {
                return order[i];
            }
        }
        return order[kept - 1];
    }

    private int argmax(float[] logits, int base, int n) {
        int best = order[0];
        for (int i = 1; i < n; i++) {
            if (logits[base + order[i]] > logits[base + best]) {
                best = order[i];
            }
        }
        return best;
    }

    /** Sorts the first {@code n} ids by logit, largest first, ties by id (one primitive sort of packed keys). */
    private void sortDescending(float[] logits, int base, int n) {
        for (int i = 0; i < n; i++) {
            int bits = Float.floatToIntBits(logits[base + order[i]]);
            int ascending = bits ^ ((bits >> 31) & 0x7fffffff);
            keys[i] = ((long) ~ascending << 32) | order[i];
        }
        Arrays.sort(keys, 0, n);
        for (int i = 0; i < n; i++) {
            order[i] = (int) keys[i];
        }
    }
}
