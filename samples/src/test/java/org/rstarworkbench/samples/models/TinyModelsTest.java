package org.rstarworkbench.samples.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.Completion;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.model.djl.TinyModel;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.samples.gsmmini.GsmMini;
import org.rstarworkbench.samples.gsmmini.TrainingData;
import org.rstarworkbench.samples.gsmmini.WordProblem;

/** The shipped models themselves: they load offline, speak the tiny pack's formats, and solve easy problems. */
class TinyModelsTest {

    private static LanguageModel generator;
    private static LanguageModel peer;

    @BeforeAll
    static void load() throws Exception {
        generator = TinyModels.generator();
        peer = TinyModels.peer();
    }

    @AfterAll
    static void close() throws Exception {
        generator.close();
        peer.close();
    }

    @Test
    void bothAreBundledWithTheirCards() throws Exception {
        assertThat(TinyModels.available()).isTrue();
        for (String name : List.of(TinyModels.GENERATOR, TinyModels.PEER)) {
            try (TinyModel model = TinyModel.loadBundled(name)) {
                assertThat(model.card().name()).isEqualTo(name);
                assertThat(model.card().parameters()).isBetween(500_000L, 2_000_000L);
                assertThat(model.card().provenance()).containsKeys("data", "seed", "steps", "trainingSeconds",
                        "machine");
            }
        }
    }

    @Test
    void theGeneratorWritesAFirstStepAsAnEquation() throws Exception {
        PromptPack pack = TrainingData.pack();
        WordProblem problem = GsmMini.test().get(1);
        String prompt = pack.ost().render(false, problem.question()) + "Step 1:";
        List<Completion> out = greedy(generator, prompt, pack.ost().stop(), 80);
        assertThat(out.get(0).text()).matches(" .*\\d+ [-+*/] \\d+ = \\d+.*");
    }

    @Test
    void theGeneratorWritesWholeSolutionsInThePacksFormat() throws Exception {
        PromptPack pack = TrainingData.pack();
        for (WordProblem p : GsmMini.test().subList(0, 8)) {
            String text = greedy(generator, pack.cot().render(false, p.question()), pack.cot().stop(), 256)
                    .get(0).text();
            assertThat(text).as(p.id()).endsWith(".").contains("The answer is ");
            assertThat(AnswerFormat.NUMERIC.extract(text)).as(p.id()).isPresent();
        }
    }

    @Test
    void thePeerCompletesAPartialTrajectoryToItsAnswer() throws Exception {
        PromptPack pack = TrainingData.pack();
        WordProblem problem = GsmMini.test().get(0);
        String solution = problem.solution();
        String prefix = solution.substring(0, solution.indexOf(" = ") + 3);
        String prompt = pack.cot().render(false, problem.question()) + "Let's think step by step. " + prefix;
        String text = greedy(peer, prompt, pack.cot().stop(), 200).get(0).text();
        assertThat(text).contains("The answer is ");
    }

    private static List<Completion> greedy(LanguageModel model, String prompt, List<String> stop, int maxTokens)
            throws Exception {
        GenerationRequest request = new GenerationRequest(prompt, 1, maxTokens, stop, Sampling.GREEDY);
        return model.generate(List.of(request)).get(0).completions();
    }
}
