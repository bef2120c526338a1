package org.rstarworkbench.visualizer;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.rstarworkbench.core.event.Backpropagated;
import org.rstarworkbench.core.event.Expanded;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.core.tree.Problem;

/** Event streams for tests: real searches by the engine with a scripted model, and synthetic trees of any shape. */
public final class SampleRuns {

    public static final Problem PROBLEM = new Problem("gsm-test/1", "Ann has 3 apples. Bob gives her 4 more. "
            + "How many apples does Ann have now?", "7");

    private SampleRuns() {
    }

    /** Every event of an rStar search of {@link #PROBLEM} with the bundled gsm8k pack and a scripted model. */
    public static List<SearchEvent> rstar(int rollouts, long seed) {
        return rstar(rollouts, seed, SearchConfig.defaults().maxDepth());
    }

    /** As {@link #rstar(int, long)} with another depth limit: deeper limits grow bigger trees. */
    public static List<SearchEvent> rstar(int rollouts, long seed, int maxDepth) {
        try {
            List<SearchEvent> events = new ArrayList<>();
            RStar.builder().setModel(new ScriptedModel(Scripts.rstarShaped(7, 4)))
                    .setPack(PromptPacks.bundled("gsm8k"))
                    .optConfig(SearchConfig.defaults().withRollouts(rollouts).withSeed(seed).withMaxDepth(maxDepth))
                    .build()
                    .search(PROBLEM, events::add);
            return events;
        } catch (Exception e) {
            throw new IllegalStateException("the scripted search failed: " + e.getMessage(), e);
        }
    }

    /**
     * A synthetic run: {@code nodes} nodes whose parents are drawn at random (biased to recent nodes, so trees get
     * deep as well as wide), each expansion announced, and a rollout backpropagated after every few nodes.
     */
    public static List<SearchEvent> randomTree(int nodes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SearchEvent> events = new ArrayList<>();
        int[] depth = new int[nodes];
        int[] parent = new int[nodes];
        boolean[] expanded = new boolean[nodes];
        long seq = 0;
        events.add(new NodeCreated(seq++, info(0, -1, 0, random)));
        for (int id = 1; id < nodes; id++) {
            int p = random.nextInt(4) == 0 ? random.nextInt(id) : Math.max(0, id - 1 - random.nextInt(Math.min(id, 8)));
            parent[id] = p;
            depth[id] = depth[p] + 1;
            events.add(new NodeCreated(seq++, info(id, p, depth[id], random)));
            if (!expanded[p]) {
                expanded[p] = true;
                events.add(new Expanded(seq++, p, List.of(id)));
            }
            if (id % 3 == 0) {
                List<Integer> path = new ArrayList<>();
                for (int at = id; at != 0; at = parent[at]) {
                    path.add(0, at);
                }
                path.add(0, 0);
                events.add(new Backpropagated(seq++, id / 3, random.nextDouble(), path));
            }
        }
        return events;
    }

    private static NodeInfo info(int id, int parent, int depth, SplittableRandom random) {
        if (parent < 0) {
            return new NodeInfo(0, -1, NodeKind.QUESTION, null, 0, PROBLEM.question(), null, Double.NaN, null, false,
                    false, -1);
        }
        Action action = Action.values()[random.nextInt(Action.values().length)];
        boolean answers = action != Action.A1_ONE_STEP_THOUGHT && action != Action.A5_REPHRASE;
        return new NodeInfo(id, parent, action.produces(), action, depth, "step " + id + " of the synthetic tree",
                null, answers ? random.nextDouble() : Double.NaN, answers ? Integer.toString(random.nextInt(10)) : null,
                false, false, id);
    }
}
