package org.rstarworkbench.app.gui.settings;

import java.util.Objects;

import org.rstarworkbench.app.gui.WorkbenchOptions;
import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.app.gui.run.AdvancedSearch;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.visualizer.style.FillMode;

/**
 * The window's choices that survive a restart: its look, the model and the peer chosen and the endpoints they talk to
 * (never an API key: that stays in the environment), the prompt pack, the search settings, the tree's fill, the
 * window's size and the dataset the problem list shows.
 *
 * @param theme             the colour theme
 * @param presentation      whether presentation mode is on
 * @param model             the label of the model chosen, or null for the catalog's first
 * @param endpointUrl       the OpenAI-compatible server's base URL
 * @param endpointModel     the model name sent to that server
 * @param peerModel         where the peer comes from; null for the generator's choice
 * @param peerEndpointUrl   the peer's own OpenAI-compatible server's base URL
 * @param peerEndpointModel the model name sent to the peer's server
 * @param pack              the prompt pack, or null for the model's preferred one
 * @param rollouts          rollouts per search
 * @param maxDepth          the tree's maximum depth
 * @param votes             majority-vote samples per answer
 * @param lastVotes         samples per A2 direct answer and per final sub-answer
 * @param explorationWeight UCT's exploration weight c
 * @param a1                whether A1 (one-step thought) is on
 * @param a5                whether A5 (rephrase the question) is on
 * @param seed              the search's seed
 * @param fill              what the tree's fill shows
 * @param width             the window's width in pixels
 * @param height            the window's height in pixels
 * @param dataset           the dataset file the problem list shows, or null for GSM-mini's test split
 * @param advanced          the Advanced search settings (weight schedule, samples, sampling, parity); null for the
 *                          defaults
 */
public record SavedSettings(Theme theme, boolean presentation, String model, String endpointUrl,
                            String endpointModel, PeerChoice peerModel, String peerEndpointUrl,
                            String peerEndpointModel, String pack, int rollouts, int maxDepth, int votes, int lastVotes,
                            double explorationWeight, boolean a1, boolean a5, int seed, FillMode fill, int width,
                            int height, String dataset, AdvancedSearch advanced) {

    /** The choices of a first start: what the window shows with nothing saved. */
    public static final SavedSettings DEFAULTS = new SavedSettings(Theme.LIGHT, false, null,
            "http://localhost:8000/v1", "", PeerChoice.SAME, "http://localhost:8000/v1", "", null, 16, 5, 10, 32, 2.0,
            true, true, 42, FillMode.MEAN_REWARD, WorkbenchOptions.WIDTH, WorkbenchOptions.HEIGHT, null,
            AdvancedSearch.DEFAULTS);

    public SavedSettings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(fill, "fill");
        endpointUrl = endpointUrl == null ? "" : endpointUrl;
        endpointModel = endpointModel == null ? "" : endpointModel;
        peerModel = peerModel == null ? PeerChoice.SAME : peerModel;
        peerEndpointUrl = peerEndpointUrl == null ? "" : peerEndpointUrl;
        peerEndpointModel = peerEndpointModel == null ? "" : peerEndpointModel;
        dataset = dataset == null || dataset.isBlank() ? null : dataset;
        advanced = advanced == null ? AdvancedSearch.DEFAULTS : advanced;
    }
}
