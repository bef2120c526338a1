package org.rstarworkbench.app.gui.run;

import java.util.Arrays;
import java.util.List;

import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.models.TinyModels;

/**
 * Where the peer of the mutual-consistency check (rStar §3.3) comes from: the generator's choice (the bundled tiny
 * models bring their own peer; the others serve as their own), the bundled tiny peer, or an OpenAI-compatible
 * endpoint of its own.
 *
 * <p>{@link #open} runs on the engine thread, never on the FX thread.
 */
public enum PeerChoice {

    /** Whatever the generator's choice gives as its peer: today's behaviour. */
    SAME("Same as the generator's choice", "The bundled tiny models bring their transformer peer; the demo model "
            + "and an endpoint's model check their own trajectories."),
    /** The bundled tiny transformer peer, whatever the generator. */
    BUNDLED("Bundled tiny peer (offline)", "The ~1M-parameter transformer peer shipped with the workbench, trained on "
            + "GSM-mini; it runs on the CPU with no server."),
    /** A second OpenAI-compatible server, or another model on the generator's server. */
    ENDPOINT("Another OpenAI-compatible endpoint", "A /v1/completions server of its own (vLLM, llama.cpp server, "
            + "Ollama, LM Studio); the API key, if one is needed, is read from the OPENAI_API_KEY environment "
            + "variable.");

    private final String label;
    private final String description;

    PeerChoice(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The choices this build can open: the bundled peer only when it is on the class path. */
    public static List<PeerChoice> installed() {
        return Arrays.stream(values()).filter(c -> c != BUNDLED || TinyModels.available()).toList();
    }

    /** The name in the peer chooser. */
    public String label() {
        return label;
    }

    /** One sentence on what the peer is, for a tooltip. */
    public String description() {
        return description;
    }

    /** Whether the peer's own endpoint URL and model name apply to this choice. */
    public boolean usesEndpoint() {
        return this == ENDPOINT;
    }

    /**
     * Opens the peer for one run, or returns null when the generator serves as its own peer.
     *
     * @param generator         the generator's choice
     * @param generatorEndpoint the generator's endpoint fields (read by {@link #SAME})
     * @param peerEndpoint      the peer's endpoint fields (read by {@link #ENDPOINT})
     * @param problem           the problem the run solves
     * @throws ModelException when the peer cannot be opened
     */
    public LanguageModel open(ModelChoice generator, Endpoint generatorEndpoint, Endpoint peerEndpoint,
                              Problem problem) throws ModelException {
        return switch (this) {
            case SAME -> generator.openPeer(generatorEndpoint, problem);
            case BUNDLED -> TinyModels.peer();
            case ENDPOINT -> ModelChoice.endpoint().open(peerEndpoint, problem);
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
