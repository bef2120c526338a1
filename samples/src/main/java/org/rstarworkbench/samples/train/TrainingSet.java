package org.rstarworkbench.samples.train;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.rstarworkbench.core.model.djl.Vocabulary;
import org.rstarworkbench.samples.gsmmini.TrainingPair;

/**
 * Training pairs as token sequences {@code BOS prompt completion EOS}, with the loss on the completion and the EOS
 * only. A sequence longer than the context loses the beginning of its prompt; a pair whose completion alone does not
 * fit is dropped. Batches are drawn from shuffled pools sorted by length, so that a batch pads little.
 *
 * <p>Pairs whose whole text (prompt and completion) begins another pair's whole text are merged into that one
 * sequence, scored on every completion it holds: for a causal model each scored position sees exactly the context
 * it would see alone, so nothing changes but the cost. The tiny models' data is full of such chains (a path's
 * one-step thoughts, a decomposition's sub-questions and answers, the peer's prefixes of one trajectory), and merging
 * roughly halves the characters a step reads. A merged-away pair loses only its EOS target (the completions end with
 * the stop sequence anyway). Merging never makes a sequence longer than the context.
 *
 * <p>Not thread-safe.
 */
final class TrainingSet {

    /** Batches cut from one sorted pool. */
    private static final int POOL_BATCHES = 16;

    private final List<short[]> sequences = new ArrayList<>();
    /** Per sequence: the scored target positions as [from, to) pairs, in order. */
    private final List<int[]> scoredSpans = new ArrayList<>();
    /** Per sequence: its sampling weight, and their running sums for drawing. */
    private final List<Double> weights = new ArrayList<>();
    private double[] cumulative = new double[0];
    private final Deque<int[]> queued = new ArrayDeque<>();
    private int pairs;
    private int dropped;
    private long completionTokens;

    /**
     * A padded batch for teacher forcing: row {@code r} reads {@code inputs} and is scored on {@code targets} where
     * {@code mask} is 1.
     */
    record Batch(long[] inputs, long[] targets, float[] mask, int rows, int length, int tokens) {
    }

    /** One pair's text and where its completion starts, before merging. */
    private record Text(String text, int completionStart, double weight) {
    }

    static TrainingSet encode(Iterable<TrainingPair> pairs, Vocabulary vocabulary, int context) {
        return encode(pairs, vocabulary, context, Map.of());
    }

    /**
     * As {@link #encode(Iterable, Vocabulary, int)}, with sampling weights per task (default 1): a sequence is
     * drawn in proportion to the largest weight of the pairs merged into it.
     */
    static TrainingSet encode(Iterable<TrainingPair> pairs, Vocabulary vocabulary, int context,
                              Map<String, Double> taskWeights) {
        List<Text> texts = new ArrayList<>();
        for (TrainingPair pair : pairs) {
            if (pair.completion().isEmpty()) {
                texts.add(null);
            } else {
                texts.add(new Text(pair.prompt() + pair.completion(), pair.prompt().length(),
                        taskWeights.getOrDefault(pair.task(), 1.0)));
            }
        }
        TrainingSet set = new TrainingSet();
        set.pairs = texts.size();
        set.dropped = (int) texts.stream().filter(t -> t == null).count();
        texts.removeIf(t -> t == null);
        texts.sort(Comparator.comparing(Text::text));
        // In sorted order the texts that begin with a text t come right after t, so walking backwards each text
        // either begins the group's longest text (and joins the group) or starts a new group.
        String head = null;
        boolean headTooLong = false;
        List<int[]> spans = new ArrayList<>();
        boolean eos = false;
        double weight = 0;
        for (int i = texts.size() - 1; i >= 0; i--) {
            Text t = texts.get(i);
            if (head == null || !head.startsWith(t.text()) || headTooLong) {
                if (head != null) {
                    set.add(head, spans, eos, weight, vocabulary, context);
                }
                head = t.text();
                // Characters bound tokens from above: only a long head needs reading.
                headTooLong = head.length() > context - 1 && vocabulary.encode(head).length > context - 1;
                spans = new ArrayList<>();
                eos = false;
                weight = 0;
            }
            spans.add(new int[] {t.completionStart(), t.text().length()});
            eos |= t.text().length() == head.length();
            weight = Math.max(weight, t.weight());
        }
        if (head != null) {
            set.add(head, spans, eos, weight, vocabulary, context);
        }
        Collections.reverse(set.sequences);
        Collections.reverse(set.scoredSpans);
        Collections.reverse(set.weights);
        set.cumulative = new double[set.weights.size()];
        double total = 0;
        for (int i = 0; i < set.weights.size(); i++) {
            total += set.weights.get(i);
            set.cumulative[i] = total;
        }
        return set;
    }

    /**
     * Adds one sequence: {@code text} scored on the characters of {@code spans} (text positions) and on the EOS when
     * {@code eos}. Only a text alone in its group can exceed the context: it loses the beginning of its prompt, or is
     * dropped when its completion does not fit.
     */
    private void add(String text, List<int[]> spans, boolean eos, double weight, Vocabulary vocabulary,
                     int context) {
        Vocabulary.Tokens read = vocabulary.tokenize(text);
        int[] tokens = read.ids();
        // Character spans become token spans: every token holding a scored character is scored (a prompt's final
        // space joins the first completion token, as decoding heals it).
        List<int[]> tokenSpans = new ArrayList<>(spans.size());
        for (int[] span : spans) {
            if (span[0] < span[1]) {
                tokenSpans.add(new int[] {read.tokenAt(span[0]), read.tokenAt(span[1] - 1) + 1});
            }
        }
        // Inputs are the sequence without its last token: BOS + kept tokens must fit the context.
        int kept = Math.min(tokens.length, context - 1);
        int cut = tokens.length - kept;
        if (tokenSpans.stream().anyMatch(s -> s[0] < cut)) {
            dropped += spans.size();
            return;
        }
        short[] sequence = new short[kept + 2];
        sequence[0] = Vocabulary.BOS;
        for (int i = 0; i < kept; i++) {
            sequence[1 + i] = (short) tokens[cut + i];
        }
        sequence[sequence.length - 1] = Vocabulary.EOS;
        // Token k is sequence position k - cut + 1, the target of input position k - cut.
        int[] joined = merge(tokenSpans, cut);
        int[] flat = Arrays.copyOf(joined, joined.length + (eos ? 2 : 0));
        if (eos) {
            flat[flat.length - 2] = kept;
            flat[flat.length - 1] = kept + 1;
        }
        for (int s = 0; s < flat.length; s += 2) {
            completionTokens += flat[s + 1] - flat[s];
        }
        sequences.add(sequence);
        scoredSpans.add(flat);
        weights.add(weight);
    }

    /** Spans shifted by {@code -shift}, sorted, overlaps joined: [from, to) pairs, flat. */
    private static int[] merge(List<int[]> spans, int shift) {
        List<int[]> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(s -> s[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : sorted) {
            if (s[0] == s[1]) {
                continue;
            }
            if (!out.isEmpty() && s[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], s[1]);
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        int[] flat = new int[out.size() * 2];
        for (int i = 0; i < out.size(); i++) {
            flat[2 * i] = out.get(i)[0] - shift;
            flat[2 * i + 1] = out.get(i)[1] - shift;
        }
        return flat;
    }

    /** Sequences after merging. */
    int size() {
        return sequences.size();
    }

    /** Pairs given, before merging. */
    int pairs() {
        return pairs;
    }

    /** Pairs left out because their completion does not fit the context (or is empty). */
    int dropped() {
        return dropped;
    }

    /** Scored tokens (completions and EOS) over all sequences: what one epoch scores. */
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
        double total = cumulative[cumulative.length - 1];
        for (int i = 0; i < pool.length; i++) {
            int drawn = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            pool[i] = Math.min(sequences.size() - 1, drawn >= 0 ? drawn + 1 : -drawn - 1);
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
            for (int t = 0; t < sequence.length - 1; t++) {
                inputs[r * length + t] = sequence[t];
                targets[r * length + t] = sequence[t + 1];
            }
            int[] spans = scoredSpans.get(indices[r]);
            for (int s = 0; s < spans.length; s += 2) {
                for (int t = spans[s]; t < spans[s + 1]; t++) {
                    mask[r * length + t] = 1;
                    tokens++;
                }
            }
        }
        return new Batch(inputs, targets, mask, indices.length, length, tokens);
    }
}
