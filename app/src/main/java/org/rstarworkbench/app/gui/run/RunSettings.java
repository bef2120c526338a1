package org.rstarworkbench.app.gui.run;

import java.util.Objects;

import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;

/**
 * Everything one live run is started from, validated.
 *
 * @param problem      the problem
 * @param pack         the prompt pack's name or folder
 * @param model        the generator model
 * @param endpoint     the endpoint fields, read when the model uses them
 * @param config       the search settings
 * @param peer         whether the peer discriminator chooses the final answer (rStar's mutual consistency)
 * @param peerModel    where the peer comes from, read when {@code peer} is on
 * @param peerEndpoint the peer's own endpoint fields, read when the peer uses them
 * @param record       whether the run is saved to the run store
 */
public record RunSettings(Problem problem, String pack, ModelChoice model, Endpoint endpoint, SearchConfig config,
                          boolean peer, PeerChoice peerModel, Endpoint peerEndpoint, boolean record) {

    public RunSettings {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(peerModel, "peerModel");
        Objects.requireNonNull(peerEndpoint, "peerEndpoint");
    }

    /**
     * Opens the peer for the run on the calling thread (the engine thread), or returns null when the peer check is
     * off or the generator serves as its own peer.
     *
     * @throws ModelException when the peer cannot be opened
     */
    public LanguageModel openPeer() throws ModelException {
        return peer ? peerModel.open(model, endpoint, peerEndpoint, problem) : null;
    }
}
