package org.rstarworkbench.app.gui.bench;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPackException;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.run.RunCancelledException;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;

/**
 * Real rStar search trees of a given size, grown with the instant scripted model (no server, no download). The
 * search is wider and deeper than the defaults (5 thoughts and sub-questions per expansion, depth 10, c = 4) and
 * votes little, so a 10,000-node tree takes well under a second.
 */
final class BenchTrees {

    static final Problem PROBLEM = new Problem("bench/tree", "Ann has 3 apples. Bob gives her 4 more. "
            + "How many apples does Ann have now?", "7");
    static final SearchConfig CONFIG = SearchConfig.defaults().withRollouts(1_000_000).withMaxDepth(10)
            .withSamples(5, 5, 2, 2).withExplorationWeight(4.0);

    private BenchTrees() {
    }

    /**
     * The events of a search stopped after the first rollout that leaves at least {@code nodes} nodes in the tree.
     *
     * @throws InterruptedException when the thread is interrupted
     */
    static List<SearchEvent> grow(int nodes) throws InterruptedException {
        List<SearchEvent> events = new ArrayList<>();
        RunController controller = new RunController();
        int[] created = {0};
        try {
            RStar rstar = RStar.builder().setModel(new ScriptedModel("bench-scripted", Scripts.rstarShaped(7, 4)))
                    .setPack(PromptPacks.bundled("gsm8k")).optConfig(CONFIG).build();
            rstar.search(PROBLEM, controller, e -> {
                events.add(e);
                if (e instanceof NodeCreated) {
                    created[0]++;
                } else if (e instanceof RolloutFinished && created[0] >= nodes) {
                    controller.cancel();
                }
            });
        } catch (RunCancelledException e) {
            return events;
        } catch (ModelException | PromptPackException e) {
            throw new IllegalStateException("the scripted search failed: " + e.getMessage(), e);
        }
        throw new IllegalStateException("the scripted search ended with " + created[0] + " nodes, fewer than "
                + nodes + "; ask for a smaller tree");
    }
}
