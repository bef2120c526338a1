package org.rstarworkbench.samples.train;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.rstarworkbench.core.model.djl.Architecture;
import org.rstarworkbench.core.model.djl.Dimensions;

/**
 * A {@link Trainer}'s settings, validated when built.
 *
 * @param architecture       LSTM or transformer
 * @param seed               fixes the initial weights and the batch order
 * @param name               the model's name (its card and id)
 * @param dimensions         the network sizes
 * @param maxSteps           the step limit, 0 for none
 * @param maxDuration        the wall-clock limit (evaluations included), null for none
 * @param batchSize          sequences per step
 * @param learningRate       Adam's peak learning rate
 * @param warmupSteps        steps of linear warm-up
 * @param clipNorm           the global gradient-norm limit, 0 for none
 * @param evaluateEvery      steps between held-out evaluations
 * @param reportEvery        steps between progress reports
 * @param heldOutLossPairs   held-out pairs scored for the held-out loss
 * @param heldOutGreedyPairs held-out pairs completed greedily for exact match
 * @param dataDescription    what the data is, for the model card
 * @param startFrom          a model folder whose weights training continues from, or null for fresh weights
 * @param taskWeights        sampling weight per training task (absent: 1)
 * @param minPieceCount      a word seen this often in the data becomes one token; 0 for a character vocabulary
 */
public record TrainerSettings(Architecture architecture, long seed, String name, Dimensions dimensions, int maxSteps,
                              Duration maxDuration, int batchSize, double learningRate, int warmupSteps,
                              double clipNorm, int evaluateEvery, int reportEvery, int heldOutLossPairs,
                              int heldOutGreedyPairs, String dataDescription, java.nio.file.Path startFrom,
                              java.util.Map<String, Double> taskWeights, int minPieceCount) {

    /** The default {@code minPieceCount}: words seen twice become tokens. */
    public static final int DEFAULT_MIN_PIECE_COUNT = 2;

    /**
     * The default sizes, about a million parameters each with GSM-mini's ~700-token vocabulary (characters and word
     * pieces): LSTM embedding 64, 2 layers of 256 (≈ 1.1 M); transformer width 128, 4 layers, 4 heads, feed-forward
     * 512 (≈ 1.1 M). Contexts of 1,024 (LSTM) and 512 (transformer) tokens; GSM-mini's longest training text is
     * about 300 tokens.
     */
    public static Dimensions defaultDimensions(Architecture architecture) {
        return switch (architecture) {
            case LSTM -> Dimensions.lstm(64, 256, 2, 1024);
            case TRANSFORMER -> Dimensions.transformer(128, 4, 4, 512);
        };
    }

    /** Builds a {@link Trainer}: {@code setX} settings are required, {@code optX} ones have defaults. */
    public static final class Builder {
        private Architecture architecture;
        private Long seed;
        private String name;
        private Dimensions dimensions;
        private int maxSteps;
        private Duration maxDuration;
        private int batchSize = 32;
        private double learningRate;
        private int warmupSteps = 100;
        private double clipNorm = 1.0;
        private int evaluateEvery = 250;
        private int minPieceCount = DEFAULT_MIN_PIECE_COUNT;
        private int reportEvery = 10;
        private int heldOutLossPairs = 256;
        private int heldOutGreedyPairs = 64;
        private String dataDescription = "unspecified";
        private java.nio.file.Path startFrom;
        private java.util.Map<String, Double> taskWeights = java.util.Map.of();

        Builder() {
        }

        /** How often each task's sequences are drawn relative to the others (default 1 each). */
        public Builder optTaskWeights(java.util.Map<String, Double> value) {
            for (var e : value.entrySet()) {
                if (!(e.getValue() > 0)) {
                    throw new IllegalArgumentException("the weight of task " + e.getKey() + " must be positive, was "
                            + e.getValue());
                }
            }
            taskWeights = java.util.Map.copyOf(value);
            return this;
        }

        /**
         * Continue training the model in {@code folder} (written by a trainer) instead of fresh weights: its
         * architecture, sizes and vocabulary are kept, and its card's history is carried into the new card.
         */
        public Builder optStartFrom(java.nio.file.Path folder) {
            startFrom = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** The network kind (required). */
        public Builder setArchitecture(Architecture value) {
            architecture = value;
            return this;
        }

        /** The seed of the weights and the batch order (required). */
        public Builder setSeed(long value) {
            seed = value;
            return this;
        }

        /** The model's name; default {@code tiny-lstm} or {@code tiny-transformer}. */
        public Builder optName(String value) {
            name = value;
            return this;
        }

        /** The network sizes; default {@link TrainerSettings#defaultDimensions(Architecture)}. */
        public Builder optDimensions(Dimensions value) {
            dimensions = value;
            return this;
        }

        /** Stop after this many steps (a step or time limit is required). */
        public Builder optMaxSteps(int value) {
            maxSteps = value;
            return this;
        }

        /** Stop after this much wall-clock time (a step or time limit is required). */
        public Builder optMaxDuration(Duration value) {
            maxDuration = value;
            return this;
        }

        /** Sequences per step; default 32. */
        public Builder optBatchSize(int value) {
            batchSize = value;
            return this;
        }

        /** Peak learning rate; default 2e-3 for the LSTM, 1e-3 for the transformer. */
        public Builder optLearningRate(double value) {
            learningRate = value;
            return this;
        }

        /** Linear warm-up steps; default 100. */
        public Builder optWarmupSteps(int value) {
            warmupSteps = value;
            return this;
        }

        /** Global gradient-norm clip, 0 for none; default 1. */
        public Builder optClipNorm(double value) {
            clipNorm = value;
            return this;
        }

        /** Steps between held-out evaluations; default 250. */
        public Builder optEvaluateEvery(int value) {
            evaluateEvery = value;
            return this;
        }

        /** Steps between progress reports; default 10. */
        public Builder optReportEvery(int value) {
            reportEvery = value;
            return this;
        }

        /** Held-out pairs scored for the loss (default 256) and completed greedily (default 64). */
        public Builder optHeldOut(int lossPairs, int greedyPairs) {
            heldOutLossPairs = lossPairs;
            heldOutGreedyPairs = greedyPairs;
            return this;
        }

        /**
         * Words seen at least this often in the training data become one token each; 0 reads characters only.
         * Default {@value TrainerSettings#DEFAULT_MIN_PIECE_COUNT}. Ignored when continuing a model (its
         * vocabulary is kept).
         */
        public Builder optMinPieceCount(int value) {
            minPieceCount = value;
            return this;
        }

        /** What the training data is (generator, seed, size), written into the model card. */
        public Builder optDataDescription(String value) {
            dataDescription = Objects.requireNonNull(value, "dataDescription");
            return this;
        }

        /**
         * The trainer.
         *
         * @throws IllegalArgumentException naming the setting when one is missing or out of range
         */
        public Trainer build() {
            if (architecture == null) {
                throw new IllegalArgumentException("architecture is required: call setArchitecture");
            }
            if (seed == null) {
                throw new IllegalArgumentException("seed is required: call setSeed");
            }
            if (maxSteps < 0) {
                throw new IllegalArgumentException("maxSteps must be >= 0, was " + maxSteps);
            }
            if (maxDuration != null && (maxDuration.isNegative() || maxDuration.isZero())) {
                throw new IllegalArgumentException("maxDuration must be positive, was " + maxDuration);
            }
            if (maxSteps == 0 && maxDuration == null) {
                throw new IllegalArgumentException("set a limit: optMaxSteps or optMaxDuration");
            }
            atLeast("batchSize", batchSize, 1);
            atLeast("warmupSteps", warmupSteps, 0);
            atLeast("evaluateEvery", evaluateEvery, 1);
            atLeast("reportEvery", reportEvery, 1);
            atLeast("heldOutLossPairs", heldOutLossPairs, 0);
            atLeast("heldOutGreedyPairs", heldOutGreedyPairs, 0);
            atLeast("minPieceCount", minPieceCount, 0);
            double lr = learningRate > 0 ? learningRate : architecture == Architecture.LSTM ? 2e-3 : 1e-3;
            if (!(lr < 1) || learningRate < 0) {
                throw new IllegalArgumentException("learningRate must be in (0, 1), was " + learningRate);
            }
            if (!(clipNorm >= 0)) {
                throw new IllegalArgumentException("clipNorm must be >= 0, was " + clipNorm);
            }
            Dimensions dims = dimensions != null ? dimensions : defaultDimensions(architecture);
            dims.check(architecture);
            String modelName = name != null ? name : "tiny-" + architecture.name().toLowerCase(Locale.ROOT);
            return new Trainer(new TrainerSettings(architecture, seed, modelName, dims, maxSteps, maxDuration,
                    batchSize, lr, warmupSteps, clipNorm, evaluateEvery, reportEvery, heldOutLossPairs,
                    heldOutGreedyPairs, dataDescription, startFrom, taskWeights, minPieceCount));
        }

        private static void atLeast(String field, int value, int min) {
            if (value < min) {
                throw new IllegalArgumentException(field + " must be at least " + min + ", was " + value);
            }
        }
    }
}
