package org.rstarworkbench.app.gui.run;

import java.util.Objects;

import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;

/**
 * Everything one live run is started from, validated.
 *
 * @param problem  the problem
 * @param pack     the prompt pack's name or folder
 * @param model    the generator model (also the peer)
 * @param endpoint the endpoint fields, read when the model uses them
 * @param config   the search settings
 * @param peer     whether the peer discriminator chooses the final answer (rStar's mutual consistency)
 * @param record   whether the run is saved to the run store
 */
public record RunSettings(Problem problem, String pack, ModelChoice model, Endpoint endpoint, SearchConfig config,
                          boolean peer, boolean record) {

    public RunSettings {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(config, "config");
    }
}
