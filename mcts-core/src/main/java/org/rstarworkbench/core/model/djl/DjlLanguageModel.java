package org.rstarworkbench.core.model.djl;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;
import ai.djl.engine.EngineException;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link LanguageModel} running a bundled tiny model in process on DJL's PyTorch engine (CPU, offline).
 *
 * <pre>{@code
 * try (LanguageModel generator = DjlLanguageModel.bundled("gsm-mini-lstm")) {
 *     List<Generation> generations = generator.generate(requests);
 * }
 * }</pre>
 *
 * <p>All samples of all requests of one call are decoded as one batch (in chunks of at most
 * {@link #DEFAULT_MAX_ROWS} rows): each distinct prompt is read once, then every row advances one character per step.
 * Sampling follows the request: temperature (0 = greedy), top-k, top-p, stop sequences (generation stops as soon as
 * the text contains one, and the text ends before it, as an OpenAI-compatible server returns it), max tokens, and
 * seed (a seed fixes the samples; without one the model draws a seed). {@code Completion.tokens} counts the
 * characters sampled, those of the removed stop sequence and the end-of-sequence token included;
 * {@code Generation.promptTokens} is the prompt's length in characters plus one (the start token). The transformer's
 * prompt keeps its end when prompt and completion exceed its context.
 *
 * <p>Threading: safe to call from several threads; calls run one at a time, since one batch already uses the cores
 * the engine is given (see {@link TorchRuntime}). A waiting call can be interrupted; a running one checks for
 * interruption at every step.
 */
public final class DjlLanguageModel implements LanguageModel {

    /** The most rows decoded together; more samples than this are decoded in consecutive chunks. */
    public static final int DEFAULT_MAX_ROWS = 128;

    private static final Logger LOG = LoggerFactory.getLogger(DjlLanguageModel.class);

    private final TinyModel model;
    private final boolean owned;
    private final String id;
    private final BatchDecoding decoding;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final SplittableRandom seeds = new SplittableRandom();

    private DjlLanguageModel(TinyModel model, boolean owned, int maxRows) {
        this.model = Objects.requireNonNull(model, "model");
        this.owned = owned;
        this.id = model.card().name() + "@djl";
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
        }
        this.decoding = new BatchDecoding(model, maxRows);
    }

    /** Loads a model folder from disk; the returned model owns it. */
    public static DjlLanguageModel load(Path folder) throws ModelException {
        return new DjlLanguageModel(TinyModel.load(folder), true, DEFAULT_MAX_ROWS);
    }

    /** Loads a bundled model by name (see {@link TinyModel#loadBundled(String)}); the returned model owns it. */
    public static DjlLanguageModel bundled(String name) throws ModelException {
        return new DjlLanguageModel(TinyModel.loadBundled(name), true, DEFAULT_MAX_ROWS);
    }

    /**
     * Serves a model the caller keeps: {@link #close()} leaves it open. For evaluation during training.
     *
     * @param maxRows the most rows decoded together
     */
    public static DjlLanguageModel over(TinyModel model, int maxRows) {
        return new DjlLanguageModel(model, false, maxRows);
    }

    @Override
    public String id() {
        return id;
    }

    /** The served model's card. */
    public ModelCard card() {
        return model.card();
    }

    @Override
    public List<Generation> generate(List<GenerationRequest> requests) throws ModelException, InterruptedException {
        if (requests.isEmpty()) {
            return List.of();
        }
        lock.lockInterruptibly();
        try {
            long start = System.nanoTime();
            List<Generation> out = decoding.run(requests, seeds::nextLong);
            if (LOG.isDebugEnabled()) {
                long tokens = out.stream().mapToLong(Generation::completionTokens).sum();
                double seconds = (System.nanoTime() - start) / 1e9;
                LOG.debug("{}: {} requests, {} tokens in {} s ({} tokens/s)", id, requests.size(), tokens,
                        String.format("%.3f", seconds), Math.round(tokens / Math.max(seconds, 1e-9)));
            }
            return out;
        } catch (EngineException | IllegalStateException | IllegalArgumentException e) {
            throw new ModelException(id + ": the in-process model failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        if (owned) {
            lock.lock();
            try {
                model.close();
            } finally {
                lock.unlock();
            }
        }
    }
}
