package org.rstarworkbench.core.model.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Incremental decoding (the LSTM's carried state, the transformer's key/value cache, prompts of different lengths
 * right-aligned in one batch) gives the same logits as running each whole sequence through the network.
 */
class DecoderConsistencyTest {

    private static final String[] PROMPTS = {"Q: 12+7\nA:", "Tom has 3 apples and buys 4 more. How many?\n"};
    private static final String CONTINUATION = " The answer is 19.";

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void stepsMatchTheWholeSequence(Architecture architecture) {
        try (TinyModel model = sharpened(architecture, 11); NDManager scope = model.newScope()) {
            Decoder decoder = model.decoder(scope);
            int[][] prompts = new int[PROMPTS.length][];
            Decoder.Prefix[] prefixes = new Decoder.Prefix[PROMPTS.length];
            for (int p = 0; p < PROMPTS.length; p++) {
                prompts[p] = withBos(model.vocabulary().encode(PROMPTS[p]));
                prefixes[p] = decoder.prefill(prompts[p]);
                assertClose(prefixes[p].logits(), 0, wholeSequenceLogits(model, scope, prompts[p], ""), model);
            }
            int[] continuation = model.vocabulary().encode(CONTINUATION);
            decoder.begin(List.of(prefixes), new int[] {2, 1}, continuation.length);
            int[] rowPrompt = {0, 0, 1};
            for (int t = 0; t < continuation.length; t++) {
                int[] tokens = {continuation[t], continuation[t], continuation[t]};
                float[] logits = decoder.step(tokens);
                for (int row = 0; row < rowPrompt.length; row++) {
                    float[] expected = wholeSequenceLogits(model, scope, prompts[rowPrompt[row]],
                            CONTINUATION.substring(0, t + 1));
                    assertClose(logits, row, expected, model);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void droppingRowsKeepsTheOthersIntact(Architecture architecture) {
        try (TinyModel model = sharpened(architecture, 12); NDManager scope = model.newScope()) {
            Decoder decoder = model.decoder(scope);
            int[] shortPrompt = withBos(model.vocabulary().encode(PROMPTS[0]));
            int[] longPrompt = withBos(model.vocabulary().encode(PROMPTS[1]));
            decoder.begin(List.of(decoder.prefill(shortPrompt), decoder.prefill(longPrompt)), new int[] {1, 1}, 4);
            int a = model.vocabulary().id('A');
            decoder.step(new int[] {a, a});
            decoder.retain(new int[] {1});
            float[] logits = decoder.step(new int[] {a});
            assertClose(logits, 0, wholeSequenceLogits(model, scope, longPrompt, "AA"), model);
        }
    }

    /** Untrained weights scaled up, so that logits spread widely and a wrong mask or cache would show. */
    private static TinyModel sharpened(Architecture architecture, long seed) {
        TinyModel model = TestModels.untrained(architecture, seed);
        float factor = architecture == Architecture.LSTM ? 4 : 20;
        model.weights().all().values().forEach(array -> array.muli(factor));
        return model;
    }

    private static float[] wholeSequenceLogits(TinyModel model, NDManager scope, int[] prompt, String continuation) {
        int[] tail = model.vocabulary().encode(continuation);
        long[] tokens = new long[prompt.length + tail.length];
        for (int i = 0; i < prompt.length; i++) {
            tokens[i] = prompt[i];
        }
        for (int i = 0; i < tail.length; i++) {
            tokens[prompt.length + i] = tail[i];
        }
        try (NDManager local = scope.newSubManager()) {
            NDArray input = local.create(tokens, new Shape(1, tokens.length));
            return model.logits(input).get(new NDIndex(":, -1, :")).toFloatArray();
        }
    }

    private static void assertClose(float[] logits, int row, float[] expected, TinyModel model) {
        int v = model.vocabulary().size();
        float spread = 0;
        for (int i = 0; i < v; i++) {
            spread = Math.max(spread, Math.abs(expected[i]));
            assertThat(logits[row * v + i]).as("row %d token %d", row, i)
                    .isCloseTo(expected[i], within(1e-3f * Math.max(1, Math.abs(expected[i]))));
        }
        assertThat(spread).as("logits spread enough to reveal a wrong state").isGreaterThan(1f);
    }

    private static int[] withBos(int[] tokens) {
        int[] out = new int[tokens.length + 1];
        out[0] = Vocabulary.BOS;
        System.arraycopy(tokens, 0, out, 1, tokens.length);
        return out;
    }
}
