package org.rstarworkbench.app.gui.run;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.model.http.HttpCompletionsModel;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.models.TinyModels;

/**
 * A kind of generator model the user can pick: the scripted demo model, an OpenAI-compatible endpoint, and whatever
 * else the app adds to its {@link ModelCatalog} (the bundled tiny models). The same model serves as the peer.
 *
 * <p>{@link #open} runs on the engine thread, never on the FX thread.
 */
public interface ModelChoice {

    /** The name in the model chooser. */
    String label();

    /** One sentence on what the model is, for a tooltip. */
    String description();

    /** Whether the endpoint URL and model name apply to this choice. */
    default boolean usesEndpoint() {
        return false;
    }

    /** The prompt pack this model works best with. */
    default String preferredPack() {
        return "gsm8k";
    }

    /**
     * Opens the model for one run.
     *
     * @param endpoint the endpoint fields as the user typed them (read only when {@link #usesEndpoint()})
     * @param problem  the problem the run solves
     * @throws ModelException when the model cannot be opened
     */
    LanguageModel open(Endpoint endpoint, Problem problem) throws ModelException;

    /**
     * Opens the peer for one run, or returns null when the generator serves as its own peer (the default).
     *
     * @throws ModelException when the peer cannot be opened
     */
    default LanguageModel openPeer(Endpoint endpoint, Problem problem) throws ModelException {
        return null;
    }

    /**
     * The choice that opens the generator a run recorded as {@code generatorId}: the demo model, the bundled
     * generator, or an OpenAI-compatible endpoint (its id is {@code NAME@URL}; {@link Endpoint#ofModelId} gives its
     * fields); empty for any other model.
     */
    static Optional<ModelChoice> recorded(String generatorId) {
        if (Demo.ID.equals(generatorId)) {
            return Optional.of(demo());
        }
        if ((TinyModels.GENERATOR + "@djl").equals(generatorId)) {
            return Optional.of(bundled());
        }
        return Endpoint.ofModelId(generatorId).map(e -> endpoint());
    }

    /** The bundled tiny models: the LSTM generator and the transformer peer, in process, offline. */
    static ModelChoice bundled() {
        return Bundled.INSTANCE;
    }

    /** The instant scripted stand-in: no server, no download; it shows how the search works, not real reasoning. */
    static ModelChoice demo() {
        return Demo.INSTANCE;
    }

    /** An OpenAI-compatible {@code /v1/completions} server: vLLM, llama.cpp, Ollama, LM Studio. */
    static ModelChoice endpoint() {
        return Http.INSTANCE;
    }

    /** The scripted demo model. */
    final class Demo implements ModelChoice {
        static final Demo INSTANCE = new Demo();
        /** The model's id in events and the store. */
        public static final String ID = "demo-scripted";

        private Demo() {
        }

        @Override
        public String label() {
            return "Demo model (scripted, instant)";
        }

        @Override
        public String description() {
            return "A scripted stand-in that answers instantly and needs no server. Its answers follow the problem's "
                    + "gold answer when it has one: it shows how the search works, not real reasoning.";
        }

        @Override
        public LanguageModel open(Endpoint endpoint, Problem problem) {
            return new ScriptedModel(ID, Scripts.rstarShaped(answerOf(problem), 4));
        }

        /** The gold answer when it is a whole number, else 7. */
        static long answerOf(Problem problem) {
            if (problem.gold() != null) {
                try {
                    return new BigDecimal(problem.gold().strip()).longValueExact();
                } catch (ArithmeticException | NumberFormatException e) {
                    return 7;
                }
            }
            return 7;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** The bundled tiny models. */
    final class Bundled implements ModelChoice {
        static final Bundled INSTANCE = new Bundled();

        private Bundled() {
        }

        @Override
        public String label() {
            return "Bundled tiny models (offline)";
        }

        @Override
        public String description() {
            return "Two ~1M-parameter models trained on GSM-mini and shipped with the workbench: an LSTM generator "
                    + "and a transformer peer. They run on the CPU with no server; pick a GSM-mini problem.";
        }

        @Override
        public String preferredPack() {
            return TinyModels.PACK;
        }

        @Override
        public LanguageModel open(Endpoint endpoint, Problem problem) throws ModelException {
            return TinyModels.generator();
        }

        @Override
        public LanguageModel openPeer(Endpoint endpoint, Problem problem) throws ModelException {
            return TinyModels.peer();
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** An OpenAI-compatible server. */
    final class Http implements ModelChoice {
        static final Http INSTANCE = new Http();

        private Http() {
        }

        @Override
        public String label() {
            return "OpenAI-compatible endpoint";
        }

        @Override
        public String description() {
            return "A server with a /v1/completions endpoint (vLLM, llama.cpp server, Ollama, LM Studio); the API key, "
                    + "if one is needed, is read from the OPENAI_API_KEY environment variable.";
        }

        @Override
        public boolean usesEndpoint() {
            return true;
        }

        @Override
        public LanguageModel open(Endpoint endpoint, Problem problem) {
            return HttpCompletionsModel.builder().setBaseUrl(endpoint.url().strip())
                    .setModel(endpoint.modelName().strip()).optRequestTimeout(Duration.ofSeconds(180)).build();
        }

        @Override
        public String toString() {
            return label();
        }
    }
}
