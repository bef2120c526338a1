package org.rstarworkbench.visualizer.layout;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/** Small trees written by hand: node {@code i + 1}'s parent is {@code parents[i]}. */
final class Trees {

    private Trees() {
    }

    static TreeSnapshot withParents(int... parents) {
        List<SearchEvent> events = new ArrayList<>();
        int[] depth = new int[parents.length + 1];
        events.add(new NodeCreated(0, new NodeInfo(0, -1, NodeKind.QUESTION, null, 0, "q", null, Double.NaN, null,
                false, false, -1)));
        for (int i = 0; i < parents.length; i++) {
            int id = i + 1;
            depth[id] = depth[parents[i]] + 1;
            events.add(new NodeCreated(id, new NodeInfo(id, parents[i], NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT,
                    depth[id], "t" + id, null, Double.NaN, null, false, false, -1)));
        }
        return TreeSnapshot.of(TreeFold.of(events));
    }

    /**
     * Parent choices to a parent array. A third of the choices hang node {@code i + 1} below any earlier node, the
     * rest below one of the last few nodes, so that trees come out deep and bushy as well as wide.
     */
    static int[] parentsOf(List<Integer> choices) {
        int[] parents = new int[choices.size()];
        for (int i = 0; i < parents.length; i++) {
            int c = Math.abs(choices.get(i));
            parents[i] = c % 3 == 0 ? (c / 3) % (i + 1) : i - (c / 3) % Math.min(i + 1, 5);
        }
        return parents;
    }
}
