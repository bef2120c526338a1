package org.rstarworkbench.samples.train;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.djl.TinyModel;
import org.rstarworkbench.core.model.djl.TorchRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state of one training run: the loop, the schedule, the running loss and the evaluations. */
final class TrainingRun {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingRun.class);
    /** Weight of the newest step in the smoothed loss. */
    private static final double SMOOTHING = 0.05;

    private final TrainerSettings settings;
    private final TinyModel model;
    private final TrainingSet data;
    private final HeldOut heldOut;
    private final ProgressListener listener;
    private final SplittableRandom batches;
    private final Optimizer optimizer;
    private final long start = System.nanoTime();
    private int step;
    private double learningRate;
    private double smoothedLoss = Double.NaN;
    private long tokensSeen;
    private long reportNanos = start;
    private long reportTokens;
    private EvaluationReport lastEvaluation;

    TrainingRun(TrainerSettings settings, TinyModel model, TrainingSet data, HeldOut heldOut,
                ProgressListener listener) {
        this.settings = settings;
        this.model = model;
        this.data = data;
        this.heldOut = heldOut;
        this.listener = listener;
        this.batches = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        this.optimizer = Adam.builder().optLearningRateTracker((id, update) -> (float) learningRate).build();
    }

    void execute() throws InterruptedException, ModelException {
        model.weights().all().values().forEach(w -> w.setRequiresGradient(true));
        while (!done()) {
            if (Thread.interrupted()) {
                throw new InterruptedException("training interrupted at step " + step);
            }
            step++;
            learningRate = schedule();
            TrainingSet.Batch batch = data.next(batches, settings.batchSize());
            float loss = optimise(batch);
            if (!Float.isFinite(loss)) {
                throw new IllegalStateException("the loss diverged to " + loss + " at step " + step
                        + "; lower the learning rate (" + settings.learningRate() + ")");
            }
            smoothedLoss = Double.isNaN(smoothedLoss) ? loss : smoothedLoss + SMOOTHING * (loss - smoothedLoss);
            tokensSeen += batch.tokens();
            if (step % settings.reportEvery() == 0) {
                report();
            }
            if (step % settings.evaluateEvery() == 0) {
                evaluate();
            }
        }
        if (lastEvaluation == null || lastEvaluation.step() != step) {
            evaluate();
        }
    }

    private boolean done() {
        return settings.maxSteps() > 0 && step >= settings.maxSteps()
                || settings.maxDuration() != null && elapsed().compareTo(settings.maxDuration()) >= 0;
    }

    /** Linear warm-up, then cosine decay to a tenth of the peak over the run (by steps, else by time). */
    private double schedule() {
        double warm = Math.min(1, (double) step / Math.max(1, warmupSteps()));
        double progress = settings.maxSteps() > 0
                ? (double) step / settings.maxSteps()
                : (double) elapsed().toMillis() / settings.maxDuration().toMillis();
        double cosine = 0.5 * (1 + Math.cos(Math.PI * Math.min(1, progress)));
        return settings.learningRate() * warm * (0.1 + 0.9 * cosine);
    }

    private int warmupSteps() {
        return settings.maxSteps() > 0 ? Math.min(settings.warmupSteps(), settings.maxSteps() / 10)
                : settings.warmupSteps();
    }

    /** Forward, backward, clip, Adam; the batch's mean loss. */
    private float optimise(TrainingSet.Batch batch) {
        try (NDManager scope = model.newScope()) {
            NDArray inputs = scope.create(batch.inputs(), new Shape(batch.rows(), batch.length()));
            float loss;
            try (GradientCollector collector = TorchRuntime.start().newGradientCollector()) {
                NDArray value = Trainer.maskedCrossEntropy(model.logits(inputs), batch, scope);
                collector.backward(value);
                loss = value.getFloat();
            }
            List<String> names = new ArrayList<>(model.weights().all().keySet());
            List<NDArray> gradients = new ArrayList<>();
            model.weights().all().values().forEach(w -> gradients.add(w.getGradient()));
            clip(gradients);
            for (int i = 0; i < names.size(); i++) {
                optimizer.update(names.get(i), model.weights().get(names.get(i)), gradients.get(i));
            }
            gradients.forEach(NDArray::close);
            return loss;
        }
    }

    private void clip(List<NDArray> gradients) {
        if (settings.clipNorm() <= 0) {
            return;
        }
        double squares = 0;
        for (NDArray g : gradients) {
            // Both temporaries are closed here: they belong to the weights' manager, which lives for the whole run.
            try (NDArray square = g.square(); NDArray s = square.sum()) {
                squares += s.getFloat();
            }
        }
        double norm = Math.sqrt(squares);
        if (norm > settings.clipNorm()) {
            for (NDArray g : gradients) {
                g.muli((float) (settings.clipNorm() / norm));
            }
        }
    }

    private void report() {
        long now = System.nanoTime();
        double tokensPerSecond = (tokensSeen - reportTokens) / Math.max(1e-9, (now - reportNanos) / 1e9);
        reportNanos = now;
        reportTokens = tokensSeen;
        StepReport report = new StepReport(step, settings.maxSteps(), elapsed(), settings.maxDuration(),
                smoothedLoss, learningRate, tokensPerSecond);
        LOG.debug("step {}: loss {}, lr {}, {} tokens/s", step, String.format("%.4f", smoothedLoss),
                String.format("%.2e", learningRate), Math.round(tokensPerSecond));
        listener.onStep(report);
    }

    private void evaluate() throws InterruptedException, ModelException {
        double loss = heldOut.loss(model);
        HeldOut.Greedy greedy = heldOut.greedy(model);
        lastEvaluation = new EvaluationReport(step, elapsed(), loss, greedy.exactMatch(), greedy.byTask(),
                greedy.evaluated(), greedy.mistakes());
        LOG.info("step {} ({} s): training loss {}, held-out loss {}, greedy exact match {} on {} pairs", step,
                elapsed().toSeconds(), String.format("%.4f", smoothedLoss), String.format("%.4f", loss),
                String.format("%.3f", greedy.exactMatch()), greedy.evaluated());
        listener.onEvaluation(lastEvaluation);
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    int steps() {
        return step;
    }

    EvaluationReport lastEvaluation() {
        return lastEvaluation;
    }

    /**
     * The model card's provenance for this run; {@code earlier} is the provenance of the model it continued from
     * (null for fresh weights), kept under "continuedFrom", with the steps and seconds totalled.
     */
    Map<String, Object> provenance(int heldOutPairs, Map<String, Object> earlier) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("data", settings.dataDescription());
        p.put("trainingPairs", data.pairs());
        p.put("trainingSequences", data.size());
        p.put("droppedPairs", data.dropped());
        p.put("heldOutPairs", heldOutPairs);
        p.put("seed", settings.seed());
        p.put("steps", step);
        p.put("batchSize", settings.batchSize());
        p.put("learningRate", settings.learningRate());
        p.put("schedule", "linear warm-up " + warmupSteps() + " steps, cosine decay to 10%");
        p.put("gradientClipNorm", settings.clipNorm());
        if (!settings.taskWeights().isEmpty()) {
            p.put("taskWeights", new java.util.TreeMap<>(settings.taskWeights()));
        }
        p.put("trainingSeconds", Math.round(elapsed().toMillis() / 100.0) / 10.0);
        p.put("completionTokensSeen", tokensSeen);
        p.put("machine", TorchRuntime.describe());
        p.put("trainedAt", Instant.now().toString());
        p.put("finalTrainingLoss", round(smoothedLoss));
        p.put("heldOutLoss", round(lastEvaluation.heldOutLoss()));
        p.put("heldOutGreedyExactMatch", round(lastEvaluation.exactMatch()));
        Map<String, Double> byTask = new LinkedHashMap<>();
        lastEvaluation.exactMatchByTask().forEach((task, value) -> byTask.put(task, round(value)));
        p.put("heldOutGreedyExactMatchByTask", byTask);
        p.put("heldOutGreedyPairs", lastEvaluation.evaluated());
        p.put("trainer", Trainer.class.getName());
        if (earlier != null) {
            p.put("totalSteps", step + number(earlier.getOrDefault("totalSteps", earlier.get("steps"))));
            p.put("totalTrainingSeconds", round(elapsed().toMillis() / 1000.0
                    + number(earlier.getOrDefault("totalTrainingSeconds", earlier.get("trainingSeconds")))));
            p.put("continuedFrom", earlier);
        }
        return p;
    }

    private static long number(Object value) {
        return value instanceof Number n ? Math.round(n.doubleValue()) : 0;
    }

    private static double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 10000) / 10000.0 : value;
    }
}
