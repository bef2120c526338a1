package org.rstarworkbench.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;

/** Each breakpoint condition on hand-made events, and all of them on a real search's events. */
class BreakpointWatchTest {

    static NodeCreated created(long seq, int id, Action action, double value) {
        NodeKind kind = action == null ? NodeKind.QUESTION : action.produces();
        return new NodeCreated(seq, new NodeInfo(id, action == null ? -1 : 0, kind, action, action == null ? 0 : 1,
                "text", null, value, null, false, false, -1));
    }

    static BreakpointWatch watch(Breakpoints b) {
        return new BreakpointWatch(null, b);
    }

    @Test
    void anActionBreakpointFiresOnNodesOfTheChosenActionsOnly() {
        BreakpointWatch w = watch(new Breakpoints(Set.of(Action.A3_SUBQUESTION, Action.A5_REPHRASE), Double.NaN,
                false));
        assertThat(w.check(created(1, 0, null, Double.NaN))).as("the root").isEmpty();
        assertThat(w.check(created(2, 1, Action.A1_ONE_STEP_THOUGHT, Double.NaN))).isEmpty();
        assertThat(w.check(created(3, 2, Action.A2_REMAINING_STEPS, 0.9))).isEmpty();
        assertThat(w.check(created(4, 3, Action.A3_SUBQUESTION, 0.9))).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(BreakpointHit.Kind.ACTION);
            assertThat(hit.nodeId()).isEqualTo(3);
            assertThat(hit.seq()).isEqualTo(4);
            assertThat(hit.detail()).isEqualTo("A3 created node #3 (subquestion)");
            assertThat(hit.describe()).isEqualTo("Breakpoint (action): A3 created node #3 (subquestion)");
        });
        assertThat(w.check(created(5, 4, Action.A5_REPHRASE, Double.NaN))).singleElement()
                .satisfies(hit -> assertThat(hit.detail()).startsWith("A5 created node #4"));
    }

    @Test
    void aValueBreakpointFiresBelowTheThresholdOnNodesThatHaveAValue() {
        BreakpointWatch w = watch(new Breakpoints(Set.of(), 0.5, false));
        assertThat(w.check(created(1, 1, Action.A2_REMAINING_STEPS, 0.5))).as("not below").isEmpty();
        assertThat(w.check(created(2, 2, Action.A1_ONE_STEP_THOUGHT, Double.NaN))).as("no value").isEmpty();
        assertThat(w.check(created(3, 3, Action.A4_RE_ANSWER, 0.25))).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(BreakpointHit.Kind.LOW_VALUE);
            assertThat(hit.nodeId()).isEqualTo(3);
            assertThat(hit.detail()).isEqualTo("node #3 (re-answer) has value 0.25, below 0.50");
        });
        assertThat(watch(Breakpoints.NONE).check(created(4, 4, Action.A4_RE_ANSWER, 0.01))).as("off").isEmpty();
    }

    @Test
    void anActionAndAValueBreakpointCanFireOnTheSameNode() {
        BreakpointWatch w = watch(new Breakpoints(Set.of(Action.A2_REMAINING_STEPS), 0.8, false));
        assertThat(w.check(created(1, 7, Action.A2_REMAINING_STEPS, 0.4))).extracting(BreakpointHit::kind)
                .containsExactly(BreakpointHit.Kind.ACTION, BreakpointHit.Kind.LOW_VALUE);
    }

    @Test
    void anOtherAnswerBreakpointFiresWhenARolloutDisagreesWithTheLeadingAnswer() {
        BreakpointWatch w = watch(new Breakpoints(Set.of(), Double.NaN, true));
        assertThat(w.check(new RolloutFinished(1, 0, 10, "7"))).as("nothing leads yet").isEmpty();
        assertThat(w.check(new RolloutFinished(2, 1, 11, null))).as("no answer").isEmpty();
        assertThat(w.check(new RolloutFinished(3, 2, 12, "7"))).isEmpty();
        assertThat(w.check(new RolloutFinished(4, 3, 13, "8"))).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(BreakpointHit.Kind.OTHER_ANSWER);
            assertThat(hit.nodeId()).isEqualTo(13);
            assertThat(hit.detail()).isEqualTo("rollout 4 ended at node #13 with 8, not the leading 7 (2 of the "
                    + "rollouts so far)");
        });
        assertThat(w.leading()).isEqualTo("7");
    }

    @Test
    void theLeadingAnswerOfATieIsTheFirstSeen() {
        BreakpointWatch w = watch(new Breakpoints(Set.of(), Double.NaN, true));
        w.check(new RolloutFinished(1, 0, 1, "8"));
        w.check(new RolloutFinished(2, 1, 2, "7"));
        assertThat(w.leading()).isEqualTo("8");
        assertThat(w.check(new RolloutFinished(3, 2, 3, "8"))).isEmpty();
        assertThat(w.check(new RolloutFinished(4, 3, 4, "7"))).hasSize(1);
    }

    @Test
    void answersAreCountedWhileTheBreakpointIsOffSoTurningItOnMidRunKnowsTheLeader() {
        BreakpointWatch w = watch(Breakpoints.NONE);
        w.check(new RolloutFinished(1, 0, 1, "7"));
        w.check(new RolloutFinished(2, 1, 2, "9"));
        assertThat(w.check(new RolloutFinished(3, 2, 3, "9"))).isEmpty();
        w.setBreakpoints(new Breakpoints(Set.of(), Double.NaN, true));
        assertThat(w.check(new RolloutFinished(4, 3, 4, "7"))).singleElement()
                .satisfies(hit -> assertThat(hit.detail()).contains("not the leading 9"));
    }

    @Test
    void aHitPausesTheControllerAndWaitsToBeTaken() {
        RunController controller = new RunController();
        BreakpointWatch w = new BreakpointWatch(controller, new Breakpoints(Set.of(Action.A1_ONE_STEP_THOUGHT),
                Double.NaN, false));
        w.onEvent(created(1, 1, Action.A2_REMAINING_STEPS, 0.9));
        assertThat(controller.isPaused()).isFalse();
        w.onEvent(created(2, 2, Action.A1_ONE_STEP_THOUGHT, Double.NaN));
        w.onEvent(created(3, 3, Action.A1_ONE_STEP_THOUGHT, Double.NaN));
        assertThat(controller.isPaused()).isTrue();
        assertThat(w.takeHits()).extracting(BreakpointHit::nodeId).containsExactly(2, 3);
        assertThat(w.takeHits()).isEmpty();
    }

    @Test
    void onARealSearchEveryChosenNodeFiresOnce() {
        List<SearchEvent> events = DemoRuns.judged(4);
        BreakpointWatch w = watch(new Breakpoints(EnumSet.allOf(Action.class), Double.NaN, false));
        long hits = events.stream().mapToLong(e -> w.check(e).size()).sum();
        long nodes = events.stream().filter(e -> e instanceof NodeCreated c && c.node().action() != null).count();
        assertThat(hits).isEqualTo(nodes).isPositive();
    }

    @Test
    void theThresholdMustBeAboveZeroAndAtMostOne() {
        assertThatThrownBy(() -> new Breakpoints(Set.of(), 0, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("was 0.0");
        assertThatThrownBy(() -> new Breakpoints(Set.of(), 1.5, false)).hasMessageContaining("was 1.5");
        assertThat(new Breakpoints(Set.of(), 1, false).any()).isTrue();
        assertThat(Breakpoints.NONE.any()).isFalse();
        assertThat(new Breakpoints(Set.of(Action.A5_REPHRASE, Action.A3_SUBQUESTION), 0.5, true).describe())
                .isEqualTo("A3, A5; value < 0.50; other answers");
    }
}
