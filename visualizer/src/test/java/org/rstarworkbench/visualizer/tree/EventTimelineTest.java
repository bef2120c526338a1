package org.rstarworkbench.visualizer.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rstarworkbench.visualizer.tree.Snapshots.assertSameTree;
import static org.rstarworkbench.visualizer.tree.Snapshots.folded;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.Backpropagated;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.RolloutStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.visualizer.SampleRuns;

class EventTimelineTest {

    static List<SearchEvent> run;

    @BeforeAll
    static void search() {
        run = SampleRuns.rstar(16, 42);
    }

    @Test
    void theTreeAtEveryEventIsTheFoldOfTheEventsBeforeIt() {
        EventTimeline timeline = new EventTimeline();
        timeline.appendAll(run);
        TreeFold fold = new TreeFold();
        for (int k = 0; k <= run.size(); k++) {
            timeline.seek(k);
            assertSameTree(timeline.snapshot(), TreeSnapshot.of(fold));
            if (k < run.size()) {
                fold.apply(run.get(k));
            }
        }
        assertThat(timeline.snapshot().size()).isGreaterThan(20);
        assertThat(timeline.snapshot().rolloutsFinished()).isEqualTo(16);
    }

    @Test
    void movingBackwardAndForwardAtRandomGivesTheFoldEveryTime() {
        // Big enough for several checkpoints: the jumps restore them and fold forward from there.
        List<SearchEvent> events = SampleRuns.randomTree(6_000, 7);
        EventTimeline timeline = new EventTimeline();
        timeline.appendAll(events);
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < 40; i++) {
            int k = random.nextInt(events.size() + 1);
            timeline.seek(k);
            assertThat(timeline.position()).isEqualTo(k);
            assertSameTree(timeline.snapshot(), folded(events, k));
        }
        timeline.seekToEnd();
        assertSameTree(timeline.snapshot(), folded(events, events.size()));
        timeline.seek(0);
        assertThat(timeline.snapshot().isEmpty()).isTrue();
    }

    @Test
    void stepsOneEventAtATimeInBothDirections() {
        EventTimeline timeline = new EventTimeline();
        timeline.appendAll(run);
        int middle = run.size() / 2;
        timeline.seek(middle);
        for (int k = middle; k > middle - 50; k--) {
            timeline.seek(k - 1);
            assertSameTree(timeline.snapshot(), folded(run, k - 1));
        }
        for (int k = middle - 50; k < middle; k++) {
            timeline.seek(k + 1);
            assertSameTree(timeline.snapshot(), folded(run, k + 1));
        }
    }

    @Test
    void theTreeStaysWhereItIsWhileEventsArrive() {
        EventTimeline timeline = new EventTimeline();
        timeline.appendAll(run.subList(0, 100));
        timeline.seek(50);
        TreeSnapshot at50 = timeline.snapshot();
        timeline.appendAll(run.subList(100, run.size()));
        assertThat(timeline.position()).isEqualTo(50);
        assertThat(timeline.snapshot()).isSameAs(at50);
        assertThat(timeline.atEnd()).isFalse();
        timeline.seekToEnd();
        assertThat(timeline.atEnd()).isTrue();
        assertSameTree(timeline.snapshot(), folded(run, run.size()));
    }

    @Test
    void findsTheCountOfEventsUpToASequenceNumber() {
        EventTimeline timeline = new EventTimeline();
        timeline.appendAll(run);
        assertThat(timeline.countUpToSeq(-1)).isZero();
        assertThat(timeline.countUpToSeq(0)).isEqualTo(1);
        assertThat(timeline.countUpToSeq(run.get(99).seq())).isEqualTo(100);
        assertThat(timeline.countUpToSeq(Long.MAX_VALUE)).isEqualTo(run.size());
    }

    @Test
    void rejectsEventsOutOfOrderAndPositionsOutOfRange() {
        EventTimeline timeline = new EventTimeline();
        timeline.append(new RolloutStarted(3, 0));
        assertThatThrownBy(() -> timeline.append(new RolloutStarted(3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequence order");
        assertThatThrownBy(() -> timeline.seek(2)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("holds 1 events");
    }

    @Test
    void anEventNamingAnUnknownNodeIsAnErrorThatSaysWhich() {
        EventTimeline timeline = new EventTimeline();
        timeline.appendAll(SampleRuns.randomTree(3, 1).subList(0, 1));
        timeline.append(new Backpropagated(10, 0, 1.0, List.of(0, 5)));
        assertThatThrownBy(timeline::seekToEnd).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names node 5");
        assertThat(timeline.snapshot().q(0)).as("nothing half-applied").isZero();
    }

    @Test
    void aNodeCreatedTwiceIsRejected() {
        EventTimeline timeline = new EventTimeline();
        NodeCreated root = (NodeCreated) SampleRuns.randomTree(1, 1).get(0);
        timeline.append(root);
        timeline.append(new NodeCreated(1, root.node()));
        assertThatThrownBy(timeline::seekToEnd).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("creates node 0 a second time");
    }

    @Test
    void snapshotsAreReusedUntilTheTreeMoves() {
        EventTimeline timeline = new EventTimeline();
        timeline.appendAll(run);
        timeline.seek(40);
        TreeSnapshot a = timeline.snapshot();
        assertThat(timeline.snapshot()).isSameAs(a);
        timeline.seek(41);
        assertThat(timeline.snapshot()).isNotSameAs(a);
    }
}
