package org.rstarworkbench.core.model.djl;

import java.util.SplittableRandom;
import org.rstarworkbench.core.model.Sampling;

/**
 * Picks the next token from one row of logits: greedy at temperature 0, else temperature, top-k and top-p (nucleus)
 * sampling, as vLLM applies them (temperature first, then top-k, then top-p over what is left). The special tokens
 * other than {@link CharVocabulary#EOS} are never picked.
 *
 * <p>Not thread-safe (it keeps scratch arrays); one per generation.
 */
final class Sampler {

    private final int vocabulary;
    private final int[] order;
    private final double[] weights;

    Sampler(int vocabulary) {
        this.vocabulary = vocabulary;
        this.order = new int[vocabulary];
        this.weights = new double[vocabulary];
    }

    /** The token for row {@code row} of {@code logits} (rows × vocabulary). */
    int pick(float[] logits, int row, Sampling sampling, SplittableRandom random) {
        int base = row * vocabulary;
        int n = 0;
        for (int id = 0; id < vocabulary; id++) {
            if (id == CharVocabulary.EOS || id >= CharVocabulary.SPECIALS) {
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

    /** Insertion sort of the first {@code n} ids by logit, largest first, ties by id: stable and allocation-free. */
    private void sortDescending(float[] logits, int base, int n) {
        for (int i = 1; i < n; i++) {
            int id = order[i];
            float value = logits[base + id];
            int j = i - 1;
            while (j >= 0 && logits[base + order[j]] < value) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = id;
        }
    }
}
