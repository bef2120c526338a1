package org.rstarworkbench.app.gui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.core.event.Backpropagated;
import org.rstarworkbench.core.event.Expanded;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.Selected;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.visualizer.tree.EventTimeline;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

class NarrationTest {

    static NodeInfo node(int id, int parent, NodeKind kind, Action action) {
        return new NodeInfo(id, parent, kind, action, parent < 0 ? 0 : 1, "text of " + id, null, Double.NaN, null,
                false, false, parent < 0 ? -1 : 0);
    }

    /** A root with two children: #1 visited 4 times (Q 2.4), #2 8 times (Q 2.0); the root 12 times. */
    static TreeSnapshot visitedTree() {
        EventTimeline t = new EventTimeline();
        long seq = 0;
        t.append(new NodeCreated(seq++, node(0, -1, NodeKind.QUESTION, null)));
        t.append(new NodeCreated(seq++, node(1, 0, NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT)));
        t.append(new NodeCreated(seq++, node(2, 0, NodeKind.SUBQUESTION, Action.A3_SUBQUESTION)));
        t.append(new Expanded(seq++, 0, List.of(1, 2)));
        for (int i = 0; i < 4; i++) {
            t.append(new Backpropagated(seq++, i, 0.6, List.of(0, 1)));
        }
        for (int i = 0; i < 8; i++) {
            t.append(new Backpropagated(seq++, 4 + i, 0.25, List.of(0, 2)));
        }
        t.seekToEnd();
        return t.snapshot();
    }

    @Test
    void aUctSelectionShowsEveryTermOfTheChosenChildAndTheScoresItBeat() {
        TreeSnapshot tree = visitedTree();
        double uct1 = 0.6 + 2 * Math.sqrt(Math.log(12) / 4);
        double uct2 = 0.25 + 2 * Math.sqrt(Math.log(12) / 8);
        Selected s = new Selected(20, 12, List.of(
                new Selected.Step(0, Selected.How.UCT, 1, 2.0, List.of(new Selected.UctScore(1, 2.4, 4, uct1),
                        new Selected.UctScore(2, 2.0, 8, uct2))),
                new Selected.Step(1, Selected.How.UNEXPANDED, -1, 2.0, List.of())), 1);

        Narration n = Narration.of(s, tree, null);

        assertThat(n.phase()).isEqualTo("Selection");
        assertThat(n.text()).startsWith("Rollout 13, selection: at #0 question every child was visited, so UCT chose "
                + "#1 A1 thought: Q/N + c·√(ln N_parent/N) = 2.40/4 + 2.00·√(ln 12/4) = 0.60 + 1.58 = 2.18, "
                + "over #2 1.36; then stop at #1 A1 thought: it is not expanded yet");
    }

    @Test
    void anUnvisitedChildIsSaidToBeDrawnAtRandom() {
        EventTimeline t = new EventTimeline();
        t.append(new NodeCreated(0, node(0, -1, NodeKind.QUESTION, null)));
        t.append(new NodeCreated(1, node(1, 0, NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT)));
        t.append(new NodeCreated(2, node(2, 0, NodeKind.DIRECT_ANSWER, Action.A2_REMAINING_STEPS)));
        t.append(new Expanded(3, 0, List.of(1, 2)));
        t.seekToEnd();
        Selected s = new Selected(4, 0, List.of(new Selected.Step(0, Selected.How.UNVISITED_RANDOM, 2, 2.0,
                List.of())), 2);
        assertThat(Narration.of(s, t.snapshot(), null).text()).contains("at #0 question, 2 of 2 children were never "
                + "visited (UCT would score them 999), so #2 A2 direct answer was drawn at random");
    }

    @Test
    void everyEventOfARealRunIsExplained() {
        List<SearchEvent> events = DemoRuns.judged(4);
        EventTimeline t = new EventTimeline();
        t.appendAll(events);
        var started = (org.rstarworkbench.core.event.RunStarted) events.get(0);
        for (int i = 0; i < events.size(); i++) {
            t.seek(i + 1);
            Narration n = Narration.of(events.get(i), t.snapshot(), started);
            assertThat(n.phase()).as("event %s", events.get(i)).isNotEqualTo("Event");
            assertThat(n.text()).isNotBlank().doesNotContain("null");
        }
        assertThat(Narration.of(events.get(0), t.snapshot(), started).text())
                .contains("4 rollouts, depth limit 5, exploration weight c = 2.00, seed 42");
    }
}
