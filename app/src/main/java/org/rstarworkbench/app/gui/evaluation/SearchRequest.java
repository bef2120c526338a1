package org.rstarworkbench.app.gui.evaluation;

import java.util.Objects;

import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;

/**
 * An evaluated problem to search again in the workbench, with the settings the evaluation searched it with: the run
 * panel takes them and runs the search, whose model answers then come from the evaluation's cache.
 *
 * @param problem      the problem, with its gold answer
 * @param pack         the prompt pack's name
 * @param model        the generator
 * @param endpoint     the generator's endpoint fields
 * @param peerCheck    whether the peer's check chooses the answer (the evaluation ran rStar)
 * @param peer         where the peer comes from
 * @param peerEndpoint the peer's endpoint fields
 * @param config       the search settings, with the evaluation's largest rollout budget for this problem
 */
public record SearchRequest(Problem problem, String pack, ModelChoice model, Endpoint endpoint, boolean peerCheck,
                            PeerChoice peer, Endpoint peerEndpoint, SearchConfig config) {

    public SearchRequest {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(peer, "peer");
        Objects.requireNonNull(peerEndpoint, "peerEndpoint");
        Objects.requireNonNull(config, "config");
    }
}
