package org.rstarworkbench.samples.train;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.rstarworkbench.core.model.djl.CharVocabulary;
import org.rstarworkbench.samples.gsmmini.TrainingPair;

/**
 * Training pairs as token sequences {@code BOS prompt completion EOS}, with the loss on the completion and the EOS
 * only. A sequence longer than the context loses the beginning of its prompt; a pair whose completion alone does not
 * fit is dropped. Batches are drawn from shuffled pools sorted by length, so that a batch pads little.
 *
 * <p>Not thread-safe.
 */
final class TrainingSet {

    /** Batches cut from one sorted pool. */
    private static final int POOL_BATCHES = 16;

    private final List<short[]> sequences = new ArrayList<>();
    private final List<Integer> completionStarts = new ArrayList<>();
    private final Deque<int[]> queued = new ArrayDeque<>();
    private int dropped;
    private long completionTokens;

    /**
     * A padded batch for teacher forcing: row {@code r} reads {@code inputs} and is scored on {@code targets} where
     * {@code mask} is 1.
     */
    record Batch(long[] inputs, long[] targets, float[] mask, int rows, int length, int tokens) {
    }

    static TrainingSet encode(Iterable<TrainingPair> pairs, CharVocabulary vocabulary, int context) {
        TrainingSet set = new TrainingSet();
        for (TrainingPair pair : pairs) {
            set.add(pair, vocabulary, context);
        }
        return set;
    }

    private void add(TrainingPair pair, CharVocabulary vocabulary, int context) {
        int[] prompt = vocabulary.encode(pair.prompt());
        int[] completion = vocabulary.encode(pair.completion());
        // Inputs are the sequence without its last token: BOS + prompt + completion must fit the context.
        int promptKept = Math.min(prompt.length, context - 1 - completion.length);
        if (promptKept < 0 || completion.length == 0) {
            dropped++;
            return;
        }
        short[] sequence = new short[2 + promptKept + completion.length];
        sequence[0] = CharVocabulary.BOS;
        for (int i = 0; i < promptKept; i++) {
            sequence[1 + i] = (short) prompt[prompt.length - promptKept + i];
        }
        for (int i = 0; i < completion.length; i++) {
            sequence[1 + promptKept + i] = (short) completion[i];
        }
        sequence[sequence.length - 1] = CharVocabulary.EOS;
        sequences.add(sequence);
        completionStarts.add(1 + promptKept);
        completionTokens += completion.length + 1;
    }

    int size() {
        return sequences.size();
    }

    /** Pairs left out because their completion alone exceeds the context (or is empty). */
    int dropped() {
        return dropped;
    }

    /** Completion tokens (EOS included) over all pairs: what one epoch scores. */
    long completionTokens() {
        return completionTokens;
    }

    /** The next random batch of {@code size} sequences. */
    Batch next(SplittableRandom random, int size) {
        if (queued.isEmpty()) {
            refill(random, size);
        }
        return batch(queued.poll());
    }

    /** Sequences {@code from} (inclusive) to {@code to} (exclusive), in order: for held-out loss. */
    Batch slice(int from, int to) {
        int[] indices = new int[to - from];
        Arrays.setAll(indices, i -> from + i);
        return batch(indices);
    }

    private void refill(SplittableRandom random, int size) {
        Integer[] pool = new Integer[size * POOL_BATCHES];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = random.nextInt(sequences.size());
        }
        Arrays.sort(pool, (a, b) -> Integer.compare(sequences.get(a).length, sequences.get(b).length));
        List<int[]> batches = new ArrayList<>();
        for (int b = 0; b < POOL_BATCHES; b++) {
            int[] indices = new int[size];
            for (int i = 0; i < size; i++) {
                indices[i] = pool[b * size + i];
            }
            batches.add(indices);
        }
        Collections.shuffle(batches, new Random(random.nextLong()));
        queued.addAll(batches);
    }

    private Batch batch(int[] indices) {
        int length = 0;
        for (int index : indices) {
            length = Math.max(length, sequences.get(index).length - 1);
        }
        long[] inputs = new long[indices.length * length];
        long[] targets = new long[inputs.length];
        float[] mask = new float[inputs.length];
        int tokens = 0;
        for (int r = 0; r < indices.length; r++) {
            short[] sequence = sequences.get(indices[r]);
            int start = completionStarts.get(indices[r]);
            for (int t = 0; t < sequence.length - 1; t++) {
                inputs[r * length + t] = sequence[t];
                targets[r * length + t] = sequence[t + 1];
                if (t + 1 >= start) {
                    mask[r * length + t] = 1;
                    tokens++;
                }
            }
        }
        return new Batch(inputs, targets, mask, indices.length, length, tokens);
    }
}
