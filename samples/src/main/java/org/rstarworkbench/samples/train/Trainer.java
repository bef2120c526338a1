package org.rstarworkbench.samples.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.djl.Vocabulary;
import org.rstarworkbench.core.model.djl.Dimensions;
import org.rstarworkbench.core.model.djl.ModelCard;
import org.rstarworkbench.core.model.djl.TinyModel;
import org.rstarworkbench.core.model.djl.TorchRuntime;
import org.rstarworkbench.samples.gsmmini.TrainingPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains a bundled tiny model (LSTM or causal transformer) on prompt/completion pairs and writes a model folder that
 * {@code DjlLanguageModel.load} serves.
 *
 * <pre>{@code
 * TrainingResult result = Trainer.builder()
 *         .setArchitecture(Architecture.LSTM)
 *         .setSeed(7)
 *         .optMaxDuration(Duration.ofMinutes(8))
 *         .optDataDescription("GSM-mini, seed 1, 40,000 pairs")
 *         .build()
 *         .train(pairs, heldOut, Path.of("models/gsm-mini-lstm"), listener);
 * }</pre>
 *
 * <p>Teacher forcing: each pair is {@code BOS prompt completion EOS} and the loss (cross-entropy) is
 * taken on the completion and the EOS only, so the model learns to continue the prompts the engine builds and to
 * stop. Adam with a linear warm-up then cosine decay to a tenth (over the step limit, or the time limit when there is
 * no step limit), gradients clipped to a global norm. Batches are padded to their longest sequence and drawn from
 * length-sorted pools. Every {@code evaluateEvery} steps, and at the end, the held-out loss and the greedy exact match
 * on the first held-out pairs are logged and reported. The vocabulary is every character of the pairs plus printable
 * ASCII, and (unless {@code minPieceCount} is 0) every word seen that often, as one token with or without the space
 * before it ({@link Vocabulary#words}): GSM-mini's texts become ~2.6 times shorter, and the numbers and names a
 * solution copies from its question are that much closer. A token is scored when it holds a completion character
 * (the token a prompt's final space begins is, as decoding reads it). The seed fixes the initial weights and the batch order, so a step-limited run repeats itself (up to float
 * rounding across machines).
 *
 * <p>Speed: the engine's intra-op threads are fixed when it starts; a process that trains should call
 * {@code TorchRuntime.useIntraOpThreads(cores)} first (the default, one thread, suits sampling next to a GUI).
 *
 * <p>Threading: {@link #train} blocks the calling thread, which also receives the progress callbacks; it checks for
 * interruption every step. A trainer holds only settings and can be reused.
 */
public final class Trainer {

    private static final Logger LOG = LoggerFactory.getLogger(Trainer.class);

    private final TrainerSettings settings;

    Trainer(TrainerSettings settings) {
        this.settings = settings;
    }

    /** A builder; architecture, seed and a step or time limit are required. */
    public static TrainerSettings.Builder builder() {
        return new TrainerSettings.Builder();
    }

    /** The settings this trainer runs with. */
    public TrainerSettings settings() {
        return settings;
    }

    /**
     * Trains a new model and writes it to {@code outputDir} ({@code model.json} + weights).
     *
     * @param pairs     training pairs; iterated twice (vocabulary, then encoding) and held in memory as tokens
     * @param heldOut   pairs never trained on, for the held-out loss and greedy accuracy; may be empty
     * @param outputDir the model folder to write, created if needed
     * @param listener  progress callbacks, on this thread
     * @throws IllegalArgumentException when no training pair fits the context
     * @throws IOException              when the model folder cannot be written
     * @throws InterruptedException     when the thread is interrupted; nothing is written then
     */
    public TrainingResult train(Iterable<TrainingPair> pairs, List<TrainingPair> heldOut, Path outputDir,
                                ProgressListener listener) throws IOException, InterruptedException {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(listener, "listener");
        TorchRuntime.start();
        int cores = Runtime.getRuntime().availableProcessors();
        if (TorchRuntime.intraOpThreads() < cores) {
            LOG.info("Training on {} of {} cores; call TorchRuntime.useIntraOpThreads({}) before the engine starts "
                    + "to use them all (about twice as fast for the transformer on 2 cores)",
                    TorchRuntime.intraOpThreads(), cores, cores);
        }
        TinyModel start = settings.startFrom() == null ? null : startingPoint(settings.startFrom());
        Vocabulary vocabulary = start != null ? start.vocabulary()
                : settings.minPieceCount() > 0 ? Vocabulary.words(texts(pairs, heldOut), settings.minPieceCount())
                : Vocabulary.characters(texts(pairs, heldOut));
        Dimensions dims = start != null ? start.card().dimensions() : settings.dimensions();
        TrainingSet data = TrainingSet.encode(pairs, vocabulary, dims.context(), settings.taskWeights());
        if (data.size() == 0) {
            throw new IllegalArgumentException("no training pair fits the context of " + dims.context()
                    + " tokens (" + data.dropped() + " dropped); give pairs, or a larger context");
        }
        if (data.dropped() > 0) {
            LOG.warn("{} training pairs dropped: their completion alone exceeds the context of {} tokens",
                    data.dropped(), dims.context());
        }
        List<TrainingPair> scored = heldOut.subList(0, Math.min(heldOut.size(), settings.heldOutLossPairs()));
        HeldOut evaluation = new HeldOut(heldOut, TrainingSet.encode(scored, vocabulary, dims.context()),
                settings.heldOutGreedyPairs(), settings.batchSize());
        ModelCard card = new ModelCard(settings.name(), settings.architecture(), dims, vocabulary.chars(),
                vocabulary.pieces(), 0, ModelCard.WEIGHTS_FILE, null);
        try (TinyModel model = start != null ? start : TinyModel.initialize(card, settings.seed())) {
            LOG.info("Training {} '{}' ({} parameters, seed {}) on {} pairs merged into {} sequences ({} scored "
                    + "tokens), {} held out", settings.architecture(), settings.name(), model.card().parameters(),
                    settings.seed(), data.pairs(), data.size(), data.completionTokens(), heldOut.size());
            TrainingRun run = new TrainingRun(settings, model, data, evaluation, listener);
            run.execute();
            ModelCard trained = new ModelCard(settings.name(), model.card().architecture(),
                    model.card().dimensions(), model.card().vocabulary(), model.card().pieces(),
                    model.card().parameters(),
                    ModelCard.WEIGHTS_FILE, run.provenance(heldOut.size(), start == null ? null
                            : start.card().provenance()));
            model.save(outputDir, trained);
            LOG.info("Wrote {} ({} steps, {} s) to {}", settings.name(), run.steps(), run.elapsed().toSeconds(),
                    outputDir);
            return new TrainingResult(outputDir, trained, run.steps(), run.elapsed(), run.lastEvaluation());
        } catch (ModelException e) {
            throw new IllegalStateException("the held-out greedy evaluation failed: " + e.getMessage(), e);
        }
    }

    /**
     * Mean cross-entropy of {@code logits} (rows, length, vocabulary) against the batch's targets, over the positions
     * its mask marks.
     */
    static NDArray maskedCrossEntropy(NDArray logits, TrainingSet.Batch batch, NDManager scope) {
        Shape shape = new Shape(batch.rows(), batch.length());
        NDArray targets = scope.create(batch.targets(), shape).expandDims(-1);
        NDArray mask = scope.create(batch.mask(), shape);
        NDArray picked = logits.logSoftmax(-1).gather(targets, -1).squeeze(-1);
        return picked.mul(mask).sum().neg().div(Math.max(1, batch.tokens()));
    }

    private TinyModel startingPoint(java.nio.file.Path folder) throws IOException {
        TinyModel model;
        try {
            model = TinyModel.load(folder);
        } catch (ModelException e) {
            throw new IllegalArgumentException("cannot continue from " + folder + ": " + e.getMessage(), e);
        }
        if (model.card().architecture() != settings.architecture()) {
            model.close();
            throw new IllegalArgumentException("cannot continue from " + folder + ": it is a "
                    + model.card().architecture() + ", not a " + settings.architecture());
        }
        return model;
    }

    /** Every prompt and completion, lazily. */
    private static Iterable<String> texts(Iterable<TrainingPair> pairs, List<TrainingPair> heldOut) {
        return () -> Stream.concat(StreamSupport.stream(pairs.spliterator(), false), heldOut.stream())
                .flatMap(pair -> Stream.of(pair.prompt(), pair.completion())).iterator();
    }
}
