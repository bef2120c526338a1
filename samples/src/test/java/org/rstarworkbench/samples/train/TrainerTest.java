package org.rstarworkbench.samples.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.model.djl.Architecture;
import org.rstarworkbench.core.model.djl.Dimensions;
import org.rstarworkbench.core.model.djl.DjlLanguageModel;
import org.rstarworkbench.core.model.djl.ModelCard;
import org.rstarworkbench.samples.gsmmini.TrainingPair;

/**
 * Training end to end on a copy task ("copy: abcd" → "abcd"), small enough to learn in a few seconds: the held-out
 * words were never seen, so exact match far above chance (about 0) means the model learnt the task.
 */
class TrainerTest {

    private static final List<TrainingPair> TRAIN = SyntheticPairs.copy(4000, 1);
    private static final List<TrainingPair> HELD_OUT = SyntheticPairs.copy(64, 2);

    @TempDir
    Path dir;

    private static Trainer copyTrainer(Architecture architecture, int steps) {
        Dimensions dims = architecture == Architecture.LSTM
                ? Dimensions.lstm(32, 128, 1, 64)
                : Dimensions.transformer(64, 2, 2, 64);
        // A character task: its random letter words are not word pieces.
        return Trainer.builder().setArchitecture(architecture).setSeed(1).optDimensions(dims).optMaxSteps(steps)
                .optMinPieceCount(0).optLearningRate(architecture == Architecture.LSTM ? 5e-3 : 3e-3).optEvaluateEvery(200)
                .optHeldOut(64, 64).optDataDescription("copy task: 4,000 words of 3-5 letters a-f, seed 1").build();
    }

    @Test
    void theLstmLearnsToCopyAndItsFolderServesTheSameAnswers() throws Exception {
        List<EvaluationReport> evaluations = new ArrayList<>();
        List<StepReport> steps = new ArrayList<>();
        TrainingResult result = copyTrainer(Architecture.LSTM, 600).train(TRAIN, HELD_OUT, dir.resolve("lstm"),
                new ProgressListener() {
                    @Override
                    public void onStep(StepReport report) {
                        steps.add(report);
                    }

                    @Override
                    public void onEvaluation(EvaluationReport report) {
                        evaluations.add(report);
                    }
                });
        assertThat(result.evaluation().exactMatch()).isGreaterThanOrEqualTo(0.8);
        assertThat(evaluations).extracting(EvaluationReport::step).containsExactly(200, 400, 600);
        assertThat(evaluations.get(2).heldOutLoss()).isLessThan(evaluations.get(0).heldOutLoss());
        assertThat(steps).hasSize(60);
        assertThat(steps.get(59).fraction()).isEqualTo(1.0);

        ModelCard card = result.card();
        assertThat(card.provenance()).containsEntry("seed", 1L).containsEntry("steps", 600)
                .containsKeys("data", "trainingSeconds", "machine", "heldOutLoss", "heldOutGreedyExactMatch",
                        "heldOutGreedyExactMatchByTask");
        int tokens = card.tokens().size();
        assertThat(card.parameters()).isEqualTo(4 * 128 * (32 + 128 + 2) + tokens * 32L + (128 + 1L) * tokens);
        try (DjlLanguageModel served = DjlLanguageModel.load(result.folder())) {
            List<GenerationRequest> requests = HELD_OUT.stream()
                    .map(p -> new GenerationRequest(p.prompt(), 1, 20, List.of("\n"), Sampling.GREEDY)).toList();
            List<Generation> answers = served.generate(requests);
            long right = 0;
            for (int i = 0; i < HELD_OUT.size(); i++) {
                right += (answers.get(i).texts().get(0) + "\n").equals(HELD_OUT.get(i).completion()) ? 1 : 0;
            }
            assertThat(right / (double) HELD_OUT.size()).isEqualTo(result.evaluation().exactMatch());
        }
    }

    @Test
    void theTransformerLearnsToCopy() throws Exception {
        TrainingResult result = copyTrainer(Architecture.TRANSFORMER, 600).train(TRAIN, HELD_OUT,
                dir.resolve("transformer"), ProgressListener.NONE);
        assertThat(result.evaluation().exactMatch()).isGreaterThanOrEqualTo(0.8);
        assertThat(result.card().architecture()).isEqualTo(Architecture.TRANSFORMER);
    }

    @Test
    void aSeedRepeatsARun() throws Exception {
        byte[] first = weightsAfter(20, 7, "a");
        assertThat(weightsAfter(20, 7, "b")).isEqualTo(first);
        assertThat(weightsAfter(20, 8, "c")).isNotEqualTo(first);
    }

    private byte[] weightsAfter(int steps, long seed, String name) throws Exception {
        Trainer trainer = Trainer.builder().setArchitecture(Architecture.TRANSFORMER).setSeed(seed)
                .optDimensions(Dimensions.transformer(32, 1, 2, 32)).optMaxSteps(steps).optHeldOut(8, 0).build();
        Path folder = trainer.train(TRAIN, HELD_OUT, dir.resolve(name), ProgressListener.NONE).folder();
        return Files.readAllBytes(folder.resolve(ModelCard.WEIGHTS_FILE));
    }

    @Test
    void anInterruptStopsTrainingAndWritesNothing() {
        Trainer trainer = Trainer.builder().setArchitecture(Architecture.LSTM).setSeed(1)
                .optDimensions(Dimensions.lstm(16, 32, 1, 32)).optMaxDuration(Duration.ofMinutes(5)).build();
        ProgressListener interrupting = new ProgressListener() {
            @Override
            public void onStep(StepReport report) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            assertThatThrownBy(() -> trainer.train(TRAIN, HELD_OUT, dir.resolve("never"), interrupting))
                    .isInstanceOf(InterruptedException.class).hasMessageContaining("step 10");
        } finally {
            Thread.interrupted();
        }
        assertThat(dir.resolve("never")).doesNotExist();
    }

    @Test
    void settingsAreCheckedWhenBuilt() {
        assertThatThrownBy(() -> Trainer.builder().setSeed(1).optMaxSteps(5).build())
                .hasMessageContaining("architecture is required");
        assertThatThrownBy(() -> Trainer.builder().setArchitecture(Architecture.LSTM).optMaxSteps(5).build())
                .hasMessageContaining("seed is required");
        assertThatThrownBy(() -> Trainer.builder().setArchitecture(Architecture.LSTM).setSeed(1).build())
                .hasMessageContaining("optMaxSteps or optMaxDuration");
        assertThatThrownBy(() -> Trainer.builder().setArchitecture(Architecture.LSTM).setSeed(1).optMaxSteps(5)
                .optBatchSize(0).build()).hasMessageContaining("batchSize must be at least 1, was 0");
        assertThatThrownBy(() -> Trainer.builder().setArchitecture(Architecture.TRANSFORMER).setSeed(1)
                .optMaxSteps(5).optDimensions(Dimensions.transformer(30, 1, 4, 64)).build())
                .hasMessageContaining("heads >= 1 dividing hidden");
        TrainerSettings defaults = Trainer.builder().setArchitecture(Architecture.TRANSFORMER).setSeed(1)
                .optMaxSteps(5).build().settings();
        assertThat(defaults.name()).isEqualTo("tiny-transformer");
        assertThat(defaults.dimensions()).isEqualTo(TrainerSettings.defaultDimensions(Architecture.TRANSFORMER));
        assertThat(defaults.learningRate()).isEqualTo(1e-3);
        assertThat(defaults.minPieceCount()).isEqualTo(TrainerSettings.DEFAULT_MIN_PIECE_COUNT);
    }

    @Test
    void pairsThatCannotFitAreRefusedClearly() {
        Trainer trainer = Trainer.builder().setArchitecture(Architecture.LSTM).setSeed(1)
                .optDimensions(Dimensions.lstm(16, 32, 1, 4)).optMaxSteps(5).build();
        assertThatThrownBy(() -> trainer.train(TRAIN.subList(0, 10), List.of(), dir.resolve("x"),
                ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no training pair fits the context of 4 tokens (10 dropped)");
    }
}
