package org.rstarworkbench.core.model.djl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.rstarworkbench.core.model.ModelException;

/**
 * A tiny model (characters and word pieces) in memory: its card, vocabulary and weights in native memory. Loaded from a model
 * folder ({@code model.json} + weights) on disk or on the class path, or freshly initialised for training.
 *
 * <pre>{@code
 * try (TinyModel model = TinyModel.loadBundled("gsm-mini-lstm")) {
 *     ...
 * }
 * }</pre>
 *
 * <p>Threading: loading and {@link #save} are safe from any thread; the weights are shared read-only by decoders.
 * Training (changing the weights) must not overlap with generation. {@link #close()} frees the native memory.
 */
public final class TinyModel implements AutoCloseable {

    /** Where bundled models live on the class path: {@code <BUNDLED_ROOT>/<name>/model.json}. */
    public static final String BUNDLED_ROOT = "org/rstarworkbench/samples/models";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ModelCard card;
    private final Vocabulary vocabulary;
    private final NDManager manager;
    private final Weights weights;
    private final TinyNetwork network;

    private TinyModel(ModelCard card, NDManager manager, Weights weights) {
        this.card = card;
        this.vocabulary = card.tokens();
        this.manager = manager;
        this.weights = weights;
        this.network = TinyNetwork.of(card.architecture(), card.dimensions(), vocabulary.size(), weights);
    }

    /** Opens one file of a model folder. */
    @FunctionalInterface
    private interface Folder {
        InputStream open(String file) throws IOException;
    }

    /**
     * A new model with weights drawn from {@code seed}; the card's parameter count is set to the actual one.
     *
     * @throws IllegalArgumentException when the card's sizes do not suit its architecture
     */
    public static TinyModel initialize(ModelCard card, long seed) {
        Vocabulary vocabulary = card.tokens();
        List<Weights.Spec> specs = TinyNetwork.specs(card.architecture(), card.dimensions(), vocabulary.size());
        NDManager manager = TorchRuntime.newManager();
        Weights weights = Weights.initialize(manager, specs, seed);
        return new TinyModel(card.withParameters(weights.count()), manager, weights);
    }

    /**
     * Loads a model folder from disk.
     *
     * @throws ModelException naming the file and field when the folder, the card or the weights are not valid
     */
    public static TinyModel load(Path folder) throws ModelException {
        if (!Files.isDirectory(folder)) {
            throw new ModelException(folder + ": no such model folder; give a folder holding "
                    + ModelCard.FILE_NAME + " and the weights");
        }
        return load(file -> Files.newInputStream(folder.resolve(file)), folder.toString() + "/");
    }

    /**
     * Loads a model folder from the class path, e.g. {@code "org/rstarworkbench/samples/models/gsm-mini-lstm"}.
     *
     * @throws ModelException when the folder is not on the class path or its files are not valid
     */
    public static TinyModel loadResource(String folder, ClassLoader loader) throws ModelException {
        String prefix = folder.endsWith("/") ? folder : folder + "/";
        return load(file -> {
            InputStream in = loader.getResourceAsStream(prefix + file);
            if (in == null) {
                throw new NoSuchFileException("class-path resource " + prefix + file);
            }
            return in;
        }, "classpath:" + prefix);
    }

    /**
     * Loads a bundled model by name from {@link #BUNDLED_ROOT} on the class path.
     *
     * @throws ModelException when no bundled model has that name
     */
    public static TinyModel loadBundled(String name) throws ModelException {
        if (!NAME.matcher(name).matches()) {
            throw new ModelException("'" + name + "' is not a model name (letters, digits, '.', '_' and '-')");
        }
        String card = BUNDLED_ROOT + "/" + name + "/" + ModelCard.FILE_NAME;
        for (ClassLoader loader : new ClassLoader[] {TinyModel.class.getClassLoader(),
                Thread.currentThread().getContextClassLoader()}) {
            if (loader != null && loader.getResource(card) != null) {
                return loadResource(BUNDLED_ROOT + "/" + name, loader);
            }
        }
        throw new ModelException("no bundled model named '" + name + "' on the class path (looked for " + card
                + "); is the samples module present?");
    }

    private static TinyModel load(Folder folder, String source) throws ModelException {
        ModelCard card;
        try (InputStream in = folder.open(ModelCard.FILE_NAME)) {
            card = ModelCard.read(in, source + ModelCard.FILE_NAME);
        } catch (NoSuchFileException e) {
            throw new ModelException(source + ModelCard.FILE_NAME + ": missing; a model folder holds a model card", e);
        } catch (IOException e) {
            throw new ModelException(source + ModelCard.FILE_NAME + ": cannot read: " + e.getMessage(), e);
        }
        Vocabulary vocabulary;
        try {
            vocabulary = card.tokens();
        } catch (IllegalArgumentException e) {
            throw new ModelException(source + ModelCard.FILE_NAME + ": field 'vocabulary' or 'pieces': "
                    + e.getMessage(), e);
        }
        List<Weights.Spec> specs = TinyNetwork.specs(card.architecture(), card.dimensions(), vocabulary.size());
        NDManager manager = TorchRuntime.newManager();
        try (InputStream in = folder.open(card.weights())) {
            Weights weights = Weights.read(manager, in, specs, source + card.weights());
            return new TinyModel(card, manager, weights);
        } catch (IOException | ModelException | RuntimeException e) {
            manager.close();
            if (e instanceof ModelException me) {
                throw me;
            }
            throw new ModelException(source + card.weights() + ": cannot read the weights: " + e.getMessage(), e);
        }
    }

    /** Writes {@code model.json} and the weights into {@code folder}, creating it if needed. */
    public void save(Path folder) throws IOException {
        save(folder, card);
    }

    /**
     * Writes the weights with another card, e.g. one with the training provenance.
     *
     * @throws IllegalArgumentException when the card describes another network
     */
    public void save(Path folder, ModelCard other) throws IOException {
        if (other.architecture() != card.architecture() || !other.dimensions().equals(card.dimensions())
                || !other.vocabulary().equals(card.vocabulary()) || !other.pieces().equals(card.pieces())) {
            throw new IllegalArgumentException("the card describes another network than this model's");
        }
        ModelCard written = other.withParameters(weights.count());
        Files.createDirectories(folder);
        try (OutputStream out = Files.newOutputStream(folder.resolve(written.weights()))) {
            weights.write(out);
        }
        Files.writeString(folder.resolve(ModelCard.FILE_NAME), written.toJson(), StandardCharsets.UTF_8);
    }

    /** The model card. */
    public ModelCard card() {
        return card;
    }

    /** The vocabulary. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The parameters, for an optimiser. */
    public Weights weights() {
        return weights;
    }

    /**
     * Next-token logits at every position (teacher forcing), with gradients when the weights track them.
     *
     * @param tokens int64 (batch, length), each row starting with {@link Vocabulary#BOS}, right-padded
     * @return float32 (batch, length, vocabulary size)
     */
    public NDArray logits(NDArray tokens) {
        return network.logits(tokens);
    }

    /**
     * Like {@link #logits(NDArray)}, but through views of the weights that autograd does not track: for evaluation,
     * whatever the thread's gradient mode.
     */
    public NDArray logitsWithoutGradients(NDArray tokens) {
        Weights views = weights.detached(tokens.getManager());
        return TinyNetwork.of(card.architecture(), card.dimensions(), vocabulary.size(), views).logits(tokens);
    }

    /** A new manager for work arrays under this model's manager; the caller closes it. */
    public NDManager newScope() {
        return manager.newSubManager();
    }

    Decoder decoder(NDManager scope) {
        return network.decoder(scope);
    }

    /** The longest sequence (prompt and completion) the network can hold. */
    int maxLength() {
        return network.maxLength();
    }

    @Override
    public void close() {
        manager.close();
    }
}
