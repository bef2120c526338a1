package org.rstarworkbench.core.model.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.model.Sampling;

/** Token choice from logits: greedy, temperature, top-k, top-p, and the special tokens never chosen. */
class SamplerTest {

    private static final int V = Vocabulary.SPECIALS + 4;
    private final Sampler sampler = new Sampler(V);

    /** Logits over PAD, BOS, EOS, UNK and four characters (ids 4..7); the specials other than EOS are the largest. */
    private static float[] logits() {
        return new float[] {9, 9, 1, 9, 3, 2.5f, 0, -1};
    }

    private int[] counts(Sampling sampling, int draws) {
        int[] counts = new int[V];
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < draws; i++) {
            counts[sampler.pick(logits(), 0, sampling, random, null)]++;
        }
        return counts;
    }

    @Test
    void greedyTakesTheLargestAllowedLogit() {
        assertThat(sampler.pick(logits(), 0, Sampling.GREEDY, new SplittableRandom(1), null)).isEqualTo(4);
    }

    @Test
    void rowsAreReadAtTheirOffset() {
        float[] two = new float[2 * V];
        System.arraycopy(logits(), 0, two, V, V);
        two[6] = 5;
        assertThat(sampler.pick(two, 0, Sampling.GREEDY, new SplittableRandom(1), null)).isEqualTo(6);
        assertThat(sampler.pick(two, 1, Sampling.GREEDY, new SplittableRandom(1), null)).isEqualTo(4);
    }

    @Test
    void samplingFollowsTheSoftmaxAndNeverPicksPadBosOrUnk() {
        int[] counts = counts(new Sampling(1.0, 1.0, 0, null), 20_000);
        assertThat(counts[Vocabulary.PAD] + counts[Vocabulary.BOS] + counts[Vocabulary.UNK]).isZero();
        double z = Math.exp(1) + Math.exp(3) + Math.exp(2.5) + Math.exp(0) + Math.exp(-1);
        assertThat(counts[4] / 20_000.0).isCloseTo(Math.exp(3) / z, offset(0.02));
        assertThat(counts[5] / 20_000.0).isCloseTo(Math.exp(2.5) / z, offset(0.02));
        assertThat(counts[Vocabulary.EOS]).isPositive();
    }

    @Test
    void topKAndTopPKeepOnlyTheMostLikely() {
        int[] topTwo = counts(new Sampling(1.0, 1.0, 2, null), 5_000);
        assertThat(topTwo[4] + topTwo[5]).isEqualTo(5_000);
        int[] nucleus = counts(new Sampling(1.0, 0.5, 0, null), 5_000);
        assertThat(nucleus[4]).isEqualTo(5_000);
        int[] hot = counts(new Sampling(100.0, 1.0, 0, null), 5_000);
        assertThat(hot[7]).isPositive();
    }
}
