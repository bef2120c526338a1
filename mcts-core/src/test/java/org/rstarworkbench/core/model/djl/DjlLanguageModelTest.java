package org.rstarworkbench.core.model.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.Completion.FinishReason;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.Sampling;

/** Sampling as a completions server does it: seeds, greedy decoding, stop sequences, token limits, batching. */
class DjlLanguageModelTest {

    private static final String PROMPT = "Q: Tom has 3 apples and buys 4 more. How many apples does he have?\nA:";
    private static final Sampling WARM = new Sampling(1.0, 1.0, 0, 42L);

    private static TinyModel lstm;
    private static TinyModel transformer;

    @BeforeAll
    static void loadModels() {
        // Untrained models would end at a random end-of-sequence token; these never do, so lengths are predictable.
        lstm = TestModels.biasEndOfSequence(TestModels.untrained(Architecture.LSTM, 3), -1e4f);
        transformer = TestModels.biasEndOfSequence(TestModels.untrained(Architecture.TRANSFORMER, 3), -1e4f);
    }

    @AfterAll
    static void closeModels() {
        lstm.close();
        transformer.close();
    }

    private static DjlLanguageModel model(Architecture architecture) {
        return DjlLanguageModel.over(architecture == Architecture.LSTM ? lstm : transformer, 128);
    }

    private static GenerationRequest request(String prompt, int n, int maxTokens, List<String> stop,
                                             Sampling sampling) {
        return new GenerationRequest(prompt, n, maxTokens, stop, sampling);
    }

    private static List<String> texts(DjlLanguageModel model, GenerationRequest request) throws Exception {
        return model.generate(List.of(request)).get(0).texts();
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aSeedFixesTheSamples(Architecture architecture) throws Exception {
        DjlLanguageModel model = model(architecture);
        GenerationRequest seeded = request(PROMPT, 4, 30, List.of(), WARM);
        List<String> first = texts(model, seeded);
        assertThat(texts(model, seeded)).isEqualTo(first);
        assertThat(first).doesNotHaveDuplicates();
        assertThat(texts(model, seeded.withN(4, 43L))).isNotEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void greedyDecodingIsDeterministic(Architecture architecture) throws Exception {
        DjlLanguageModel model = model(architecture);
        List<String> first = texts(model, request(PROMPT, 3, 30, List.of(), Sampling.GREEDY));
        assertThat(first).containsOnly(first.get(0));
        assertThat(texts(model, request(PROMPT, 2, 30, List.of(), Sampling.GREEDY.withSeed(9L))))
                .containsOnly(first.get(0));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void maxTokensIsHonoured(Architecture architecture) throws Exception {
        Generation generation = model(architecture).generate(List.of(request(PROMPT, 16, 5, List.of(), WARM))).get(0);
        assertThat(generation.completions()).allSatisfy(c -> {
            assertThat(c.finishReason()).isEqualTo(FinishReason.LENGTH);
            assertThat(c.tokens()).isEqualTo(5);
            assertThat(c.text()).hasSize(5);
        });
        assertThat(generation.promptTokens()).isEqualTo(PROMPT.length() + 1);
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void theEndOfSequenceTokenStopsAndCountsButIsNotText(Architecture architecture) throws Exception {
        try (TinyModel eager = TestModels.biasEndOfSequence(TestModels.untrained(architecture, 4), 1e4f)) {
            Completion c = DjlLanguageModel.over(eager, 8).generate(List.of(request(PROMPT, 2, 9, List.of(), WARM)))
                    .get(0).completions().get(1);
            assertThat(c).isEqualTo(new Completion("", FinishReason.STOP, 1));
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aStopSequenceEndsTheTextBeforeIt(Architecture architecture) throws Exception {
        DjlLanguageModel model = model(architecture);
        for (Sampling sampling : List.of(Sampling.GREEDY, WARM)) {
            Completion full = model.generate(List.of(request(PROMPT, 1, 40, List.of(), sampling))).get(0)
                    .completions().get(0);
            assertThat(full.text()).hasSizeGreaterThan(20);
            String stop = full.text().substring(12, 14);
            String expected = full.text().substring(0, full.text().indexOf(stop));
            String later = full.text().substring(16, 18);
            Completion cut = model.generate(List.of(request(PROMPT, 1, 40, List.of(later, stop), sampling))).get(0)
                    .completions().get(0);
            assertThat(cut.text()).isEqualTo(expected);
            assertThat(cut.finishReason()).isEqualTo(FinishReason.STOP);
            assertThat(cut.tokens()).isEqualTo(expected.length() + stop.length());
        }
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void batchingAndChunkingLeaveEachRequestsSamplesAlone(Architecture architecture) throws Exception {
        GenerationRequest a = request(PROMPT, 5, 25, List.of("\n"), WARM);
        GenerationRequest b = request("copy: abc\n", 3, 10, List.of(), new Sampling(0.8, 0.95, 40, 7L));
        DjlLanguageModel model = model(architecture);
        List<String> alone = texts(model, a);
        List<Generation> together = model.generate(List.of(b, a));
        assertThat(together.get(1).texts()).isEqualTo(alone);
        assertThat(together.get(0).texts()).isEqualTo(texts(model, b));
        DjlLanguageModel chunked = DjlLanguageModel.over(architecture == Architecture.LSTM ? lstm : transformer, 2);
        assertThat(chunked.generate(List.of(b, a)).get(1).texts()).isEqualTo(alone);
    }

    @Test
    void theTransformerKeepsTheEndOfAPromptLongerThanItsContext() throws Exception {
        String longPrompt = "x".repeat(600) + PROMPT;
        Generation generation = model(Architecture.TRANSFORMER)
                .generate(List.of(request(longPrompt, 2, 50, List.of(), WARM))).get(0);
        assertThat(generation.promptTokens()).isLessThanOrEqualTo(TestModels.card(Architecture.TRANSFORMER)
                .dimensions().context());
        assertThat(generation.completions()).allSatisfy(c -> assertThat(c.tokens()).isBetween(1, 50));
    }

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void unknownCharactersAndEmptyCallsAreFine(Architecture architecture) throws Exception {
        DjlLanguageModel model = model(architecture);
        assertThat(texts(model, request("Zoë paid 5 € — how much?", 1, 5, List.of(), WARM))).hasSize(1);
        assertThat(model.generate(List.of())).isEmpty();
    }

    @Test
    void anInterruptedCallerGetsInterruptedException() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> model(Architecture.LSTM).generate(List.of(request(PROMPT, 1, 5, List.of(),
                    WARM)))).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void theIdNamesTheModelAndTheBackend() {
        assertThat(model(Architecture.LSTM).id()).isEqualTo("test-lstm@djl");
    }
}
