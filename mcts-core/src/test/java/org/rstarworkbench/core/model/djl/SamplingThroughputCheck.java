package org.rstarworkbench.core.model.djl;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.Sampling;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A measurement, not a test; it runs only when asked for:
 * {@code ./mvnw -pl mcts-core test -Dtest=SamplingThroughputCheck -Drstar.measure=true}. Tokens per
 * second of batched sampling, 32 sequences of 100 tokens after a 300-character prompt, for each architecture at the
 * trainer's default sizes (about a million parameters). The end-of-sequence token is suppressed so that every row
 * runs its 100 tokens. Pass {@code -Dai.djl.pytorch.num_threads=N} through surefire's argLine to compare thread counts.
 */
@EnabledIfSystemProperty(named = "rstar.measure", matches = "true")
class SamplingThroughputCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SamplingThroughputCheck.class);
    private static final int ROUNDS = 7;

    @Test
    void measure() throws Exception {
        String prompt = "Ann has 12 apples. She buys 7 more and gives 5 to Ben. How many apples does Ann have now? "
                .repeat(4).substring(0, 300);
        for (Architecture architecture : Architecture.values()) {
            Dimensions dims = architecture == Architecture.LSTM
                    ? Dimensions.lstm(64, 256, 2, 1024)
                    : Dimensions.transformer(128, 4, 4, 1024);
            ModelCard card = new ModelCard("throughput", architecture, dims, TestModels.VOCABULARY.chars(), 0,
                    ModelCard.WEIGHTS_FILE, Map.of());
            try (TinyModel model = TestModels.biasEndOfSequence(TinyModel.initialize(card, 1), -1e4f);
                 DjlLanguageModel lm = DjlLanguageModel.over(model, 128)) {
                List<Double> rates = new ArrayList<>();
                List<Double> prefills = new ArrayList<>();
                for (int round = 0; round < ROUNDS + 2; round++) {
                    long start = System.nanoTime();
                    List<Generation> out = lm.generate(List.of(new GenerationRequest(prompt, 32, 100, List.of(),
                            new Sampling(0.8, 0.95, 40, (long) round))));
                    double seconds = (System.nanoTime() - start) / 1e9;
                    long t0 = System.nanoTime();
                    lm.generate(List.of(new GenerationRequest(prompt, 1, 1, List.of(), Sampling.GREEDY)));
                    double prefill = (System.nanoTime() - t0) / 1e9;
                    if (round >= 2) {
                        rates.add(out.get(0).completionTokens() / seconds);
                        prefills.add(prefill * 1000);
                    }
                }
                Collections.sort(rates);
                Collections.sort(prefills);
                LOG.info("{} ({} parameters, {} intra-op threads): 32 x 100 tokens after 300 characters: median {} "
                        + "tokens/s (min {}, max {}); prompt read + 1 token: median {} ms", architecture,
                        model.card().parameters(), System.getProperty("ai.djl.pytorch.num_threads"),
                        Math.round(rates.get(ROUNDS / 2)), Math.round(rates.get(0)),
                        Math.round(rates.get(ROUNDS - 1)), String.format("%.1f", prefills.get(ROUNDS / 2)));
            }
        }
    }
}
