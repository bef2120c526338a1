package org.rstarworkbench.app.gui;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;

/** Event streams of real searches with the demo model, for view-model tests. */
public final class DemoRuns {

    public static final Problem PROBLEM = new Problem("gsm-test/1", "Ann has 3 apples. Bob gives her 4 more. "
            + "How many apples does Ann have now?", "7");

    private DemoRuns() {
    }

    /** Every event of an rStar search of {@link #PROBLEM}, judged by the peer discriminator. */
    public static List<SearchEvent> judged(int rollouts) {
        try {
            ScriptedModel model = new ScriptedModel("demo", Scripts.rstarShaped(7, 4));
            List<SearchEvent> events = new ArrayList<>();
            RStar.builder().setModel(model).setPack(PromptPacks.bundled("gsm8k"))
                    .optConfig(SearchConfig.defaults().withRollouts(rollouts))
                    .optJudge(PeerDiscriminator.builder().setPeer(model).build()).build()
                    .search(PROBLEM, events::add);
            return events;
        } catch (Exception e) {
            throw new IllegalStateException("the demo search failed: " + e.getMessage(), e);
        }
    }
}
