package org.rstarworkbench.samples.models;

import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.djl.DjlLanguageModel;
import org.rstarworkbench.core.model.djl.ModelCard;
import org.rstarworkbench.core.model.djl.TinyModel;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * The bundled defaults (DESIGN §6): the tiny generator and peer models shipped in this module, the prompt pack they
 * were trained on and the problem set they were trained for. With them the workbench solves problems offline, with
 * no server and no download.
 *
 * <p>The generator is an LSTM over characters and word pieces, trained on the five actions' formats; the peer is a small causal
 * transformer trained on the chain-of-thought formats (full solutions and the completion of partial trajectories).
 * Their model cards sit beside the weights, under {@value TinyModel#BUNDLED_ROOT}/{@code <name>/}.
 */
public final class TinyModels {

    /** The bundled generator's name. */
    public static final String GENERATOR = "tiny-generator";

    /** The bundled peer's name. */
    public static final String PEER = "tiny-peer";

    /** The prompt pack both speak. */
    public static final String PACK = "tiny";

    /** The problem set they were trained for (its held-out test split). */
    public static final String DATASET = GsmMini.NAME;

    private TinyModels() {
    }

    /** Whether the bundled model {@code name} is on the class path. */
    public static boolean isBundled(String name) {
        String card = TinyModel.BUNDLED_ROOT + "/" + name + "/" + ModelCard.FILE_NAME;
        ClassLoader loader = TinyModels.class.getClassLoader();
        return loader != null && loader.getResource(card) != null;
    }

    /** Whether both bundled models are present (they are in every build of the workbench). */
    public static boolean available() {
        return isBundled(GENERATOR) && isBundled(PEER);
    }

    /**
     * Loads the bundled generator; the caller closes it.
     *
     * @throws ModelException when it is missing or cannot be loaded
     */
    public static LanguageModel generator() throws ModelException {
        return DjlLanguageModel.bundled(GENERATOR);
    }

    /**
     * Loads the bundled peer; the caller closes it.
     *
     * @throws ModelException when it is missing or cannot be loaded
     */
    public static LanguageModel peer() throws ModelException {
        return DjlLanguageModel.bundled(PEER);
    }
}
