package org.rstarworkbench.app.gui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.core.event.RolloutStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.view.TreeViewModel;

/** The scrubber over a real run, without JavaFX. */
class TimelineViewModelTest {

    static final List<SearchEvent> RUN = DemoRuns.judged(6);

    TreeViewModel tree = new TreeViewModel();
    TimelineViewModel timeline = new TimelineViewModel();

    TimelineViewModelTest() {
        tree.addListener(change -> timeline.refresh());
        timeline.attach(tree);
    }

    @Test
    void followsAppendedEventsWhileLiveAndScrubbingStopsFollowing() {
        assertThat(timeline.narrationProperty().get()).isEqualTo(Narration.EMPTY.text());
        tree.appendAll(RUN.subList(0, 40));
        assertThat(timeline.positionProperty().get()).isEqualTo(40);
        assertThat(timeline.eventCountProperty().get()).isEqualTo(40);

        timeline.seek(10);
        assertThat(tree.position()).isEqualTo(10);
        assertThat(timeline.followLiveProperty().get()).isFalse();
        int early = tree.tree().size();
        tree.appendAll(RUN.subList(40, RUN.size()));
        timeline.refresh();
        assertThat(timeline.positionProperty().get()).as("not following").isEqualTo(10);
        assertThat(timeline.positionTextProperty().get()).isEqualTo("event 10 of " + RUN.size());

        timeline.followLiveProperty().set(true);
        assertThat(tree.position()).isEqualTo(RUN.size());
        assertThat(tree.tree().size()).isGreaterThan(early);
        assertThat(timeline.phaseProperty().get()).isEqualTo("Finished");
    }

    @Test
    void stepsAndJumpsBetweenRollouts() {
        tree.appendAll(RUN);
        timeline.toStart();
        assertThat(tree.position()).isZero();
        timeline.stepForward();
        assertThat(timeline.phaseProperty().get()).isEqualTo("Start");
        timeline.nextRollout();
        assertThat(tree.event(tree.position() - 1)).isInstanceOf(RolloutStarted.class);
        assertThat(timeline.narrationProperty().get()).startsWith("Rollout 1 of 6 begins");
        timeline.nextRollout();
        assertThat(timeline.narrationProperty().get()).startsWith("Rollout 2 of 6 begins");
        timeline.stepForward();
        assertThat(timeline.phaseProperty().get()).isEqualTo("Selection");
        timeline.previousRollout();
        assertThat(timeline.narrationProperty().get()).startsWith("Rollout 2 of 6 begins");
        timeline.previousRollout();
        assertThat(timeline.narrationProperty().get()).startsWith("Rollout 1 of 6 begins");
        timeline.stepBack();
        timeline.toEnd();
        assertThat(tree.position()).isEqualTo(RUN.size());
        assertThat(timeline.followLiveProperty().get()).isTrue();
    }
}
