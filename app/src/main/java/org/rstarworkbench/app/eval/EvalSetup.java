package org.rstarworkbench.app.eval;

import java.util.Objects;

import org.rstarworkbench.core.search.SearchConfig;

/**
 * What an evaluation ran with, written beside its results as {@code setup.json} so that the folder says which models
 * and settings made it: the workbench's evaluation window reads it when it opens the folder, to search a problem
 * again with the same models and settings.
 *
 * @param dataset   the dataset: {@code gsm-mini} or a file
 * @param generator the generator's model id, e.g. {@code tiny-generator@djl} or {@code qwen2.5-7b@http://host:8000/v1}
 * @param peer      the peer's model id, or null when no method used a peer
 * @param pack      the prompt pack's name
 * @param config    the search settings (each rollout budget replaces its rollouts)
 */
public record EvalSetup(String dataset, String generator, String peer, String pack, SearchConfig config) {

    public EvalSetup {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(generator, "generator");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(config, "config");
    }
}
