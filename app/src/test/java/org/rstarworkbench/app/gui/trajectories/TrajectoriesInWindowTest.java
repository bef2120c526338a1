package org.rstarworkbench.app.gui.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.app.gui.MainViewModel;
import org.rstarworkbench.app.gui.Workbenches;
import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;
import org.rstarworkbench.visualizer.view.TreeViewModel;

/** The panel wired into the main view-model, over a stored run: the tree follows a pick, the panel the timeline. */
class TrajectoriesInWindowTest {

    static final List<SearchEvent> RUN = DemoRuns.judged(8);

    final Workbenches w = new Workbenches();
    final MainViewModel main = w.main;
    final TrajectoriesViewModel panel = main.trajectories();

    @AfterEach
    void close() {
        w.close();
        assertThat(w.errors).isEmpty();
    }

    void settle(RunCandidates.Stage stage) {
        w.runUntil(() -> panel.shownProperty().get().stage() == stage);
    }

    @Test
    void pickingACandidateHighlightsItsPathAndSelectsItsEndNode() {
        main.showEvents("demo", RUN);
        settle(RunCandidates.Stage.JUDGED);
        TreeViewModel tree = main.tree();
        Candidate w0 = panel.candidates().stream().filter(c -> !c.winner()).findFirst().orElseThrow();

        panel.pick(w0);

        TreeSnapshot snapshot = tree.tree();
        assertThat(tree.trajectory()).isEqualTo(snapshot.pathTo(snapshot.indexOf(w0.endNode())));
        assertThat(tree.trajectory().subList(1, tree.trajectory().size()))
                .containsExactlyElementsOf(w0.steps().stream().map(Step::nodeId).toList());
        assertThat(tree.selected()).hasValue(w0.endNode());
        w.runUntil(() -> main.inspector().showingProperty().get());
        assertThat(main.inspector().headingProperty().get()).startsWith("#" + w0.endNode() + " ");
    }

    @Test
    void selectingAnEndNodeInTheTreeSelectsItsCandidate() {
        main.showEvents("demo", RUN);
        settle(RunCandidates.Stage.JUDGED);
        Candidate last = panel.candidates().get(panel.candidates().size() - 1);
        main.tree().select(last.endNode());
        assertThat(panel.selected()).isEqualTo(last);
    }

    @Test
    void thePanelShowsTheEventTheTimelineShows() {
        main.showEvents("demo", RUN);
        settle(RunCandidates.Stage.JUDGED);
        int collected = IntStream.range(0, RUN.size()).filter(i -> RUN.get(i) instanceof CandidateCollected)
                .findFirst().orElseThrow();

        main.timeline().seek(collected);
        settle(RunCandidates.Stage.ROLLOUT_ENDS);
        assertThat(panel.candidates()).allSatisfy(c -> assertThat(c.check()).isNull());

        main.timeline().toStart();
        settle(RunCandidates.Stage.NONE);
        assertThat(panel.candidates()).isEmpty();

        main.timeline().followLiveProperty().set(true);
        settle(RunCandidates.Stage.JUDGED);
        assertThat(panel.candidates()).isNotEmpty();
    }
}
