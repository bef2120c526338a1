package org.rstarworkbench.visualizer.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rstarworkbench.visualizer.tree.Snapshots.assertSameTree;
import static org.rstarworkbench.visualizer.tree.Snapshots.folded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.tree.NodeKind;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.VerdictMark;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;
import org.rstarworkbench.visualizer.view.TreeViewModel.Change;

class TreeViewModelTest {

    static List<SearchEvent> run;
    TreeViewModel model;
    List<Change> changes;

    @BeforeAll
    static void search() {
        run = SampleRuns.rstar(16, 42);
    }

    @BeforeEach
    void newModel() {
        model = new TreeViewModel();
        changes = new ArrayList<>();
        model.addListener(changes::add);
    }

    @Test
    void followsALiveRunBatchByBatch() {
        for (int from = 0; from < run.size(); from += 37) {
            model.appendAll(run.subList(from, Math.min(run.size(), from + 37)));
            assertThat(model.position()).isEqualTo(model.eventCount());
        }
        assertThat(model.isFollowingLive()).isTrue();
        assertSameTree(model.tree(), folded(run, run.size()));
        assertThat(changes).containsOnly(Change.TREE).hasSize((run.size() + 36) / 37);
    }

    @Test
    void scrubbingShowsTheFoldOfTheFirstKEventsBackwardAndForward() {
        model.appendAll(run);
        for (int k : new int[] {run.size() - 1, run.size() / 2, 10, 0, 3, run.size() / 3, run.size()}) {
            model.seek(k);
            assertThat(model.position()).isEqualTo(k);
            assertSameTree(model.tree(), folded(run, k));
        }
        model.seek(100);
        model.stepBackward();
        assertSameTree(model.tree(), folded(run, 99));
        model.stepForward();
        model.stepForward();
        assertSameTree(model.tree(), folded(run, 101));
        model.seekToSeq(run.get(49).seq());
        assertThat(model.position()).isEqualTo(50);
    }

    @Test
    void scrubbingBackStopsFollowingUntilTheEnd() {
        model.appendAll(run.subList(0, 200));
        model.seek(120);
        assertThat(model.isFollowingLive()).isFalse();
        model.appendAll(run.subList(200, 300));
        assertThat(model.position()).isEqualTo(120);
        assertThat(model.eventCount()).isEqualTo(300);
        model.seekToEnd();
        assertThat(model.isFollowingLive()).isTrue();
        model.appendAll(run.subList(300, run.size()));
        assertThat(model.position()).isEqualTo(run.size());
        model.seek(5);
        model.setFollowLive(true);
        assertThat(model.position()).isEqualTo(run.size());
    }

    @Test
    void selectionIsKeptAcrossScrubbingAndReportedOnce() {
        model.appendAll(run);
        int last = model.tree().id(model.tree().size() - 1);
        model.select(last);
        model.select(last);
        assertThat(changes.stream().filter(c -> c == Change.SELECTION)).hasSize(1);
        assertThat(model.selectedInfo()).isPresent();
        model.seek(1);
        assertThat(model.selected()).hasValue(last);
        assertThat(model.selectedInfo()).isEmpty();
        model.clearSelection();
        assertThat(model.selected()).isEmpty();
    }

    @Test
    void findsNodesByIdOrByTextAndAnswer() {
        model.appendAll(run);
        model.find("#3");
        assertThat(model.matches()).containsExactly(3);
        model.find("  ");
        assertThat(model.matches()).isEmpty();
        model.find("NOW WE CAN ANSWER");
        List<Integer> finals = model.matches();
        assertThat(finals).isNotEmpty();
        TreeSnapshot tree = model.tree();
        for (int id : finals) {
            assertThat(tree.info(tree.indexOf(id)).text().toLowerCase()).contains("now we can answer");
        }
        model.find("#999999");
        assertThat(model.matches()).isEmpty();
        model.find("7");
        assertThat(model.matches()).as("answers hold 7").isNotEmpty();
    }

    @Test
    void matchesFollowTheTreeWhenScrubbing() {
        model.appendAll(run);
        model.find("Now we can answer");
        int all = model.matches().size();
        model.seek(run.size() / 3);
        assertThat(model.matches().size()).isLessThanOrEqualTo(all);
        for (int id : model.matches()) {
            assertThat(model.tree().contains(id)).isTrue();
        }
    }

    @Test
    void nextMatchWalksTheMatchesInOrderAndWrapsAround() {
        model.appendAll(run);
        model.find("Now we can answer");
        List<Integer> found = model.matches();
        assertThat(found).hasSizeGreaterThan(1);
        assertThat(model.selectNextMatch()).isEqualTo(found.get(0));
        assertThat(model.selectNextMatch()).isEqualTo(found.get(1));
        model.select(found.get(found.size() - 1));
        assertThat(model.selectNextMatch()).isEqualTo(found.get(0));
        model.find("no such text anywhere");
        assertThat(model.selectNextMatch()).isEqualTo(-1);
    }

    @Test
    void collapsingHidesABranchBehindItsCountAndExpandingShowsItAgain() {
        model.appendAll(run);
        TreeSnapshot tree = model.tree();
        int a1 = tree.id(tree.child(0, 0));
        model.collapse(a1);
        assertThat(model.isCollapsedByUser(a1)).isTrue();
        TreeDrawing collapsed = TreeDrawer.draw(model.state());
        DrawnNode node = collapsed.node(a1);
        assertThat(node.collapsed()).isTrue();
        assertThat(node.label()).endsWith("+" + node.hiddenBelow());
        assertThat(collapsed.nodes()).hasSize(tree.size() - node.hiddenBelow());
        assertThat(collapsed.hiddenNodes()).isEqualTo(node.hiddenBelow());
        model.expand(a1);
        assertThat(TreeDrawer.draw(model.state()).nodes()).hasSize(tree.size());
        assertThat(changes).contains(Change.COLLAPSE);
    }

    @Test
    void bigTreesCollapseRarelyVisitedBranchesAndAnExpandedOneStaysOpen() {
        model.appendAll(SampleRuns.rstar(64, 5));
        model.setLevelOfDetail(new LevelOfDetail(model.tree().size() / 3));
        TreeDrawing drawing = TreeDrawer.draw(model.state());
        assertThat(drawing.nodes().size()).isLessThanOrEqualTo(model.tree().size() / 3);
        assertThat(drawing.autoMinVisits()).isPositive();
        DrawnNode auto = drawing.nodes().stream().filter(DrawnNode::collapsed).findFirst().orElseThrow();
        assertThat(auto.n()).isLessThan(drawing.autoMinVisits());
        model.expand(auto.id());
        DrawnNode opened = TreeDrawer.draw(model.state()).node(auto.id());
        assertThat(opened.collapsed()).isFalse();
        model.resetCollapsed();
        assertThat(TreeDrawer.draw(model.state()).node(auto.id()).collapsed()).isTrue();
    }

    @Test
    void theHighlightedTrajectoryAndTheSelectionStayVisibleInABigTree() {
        model.appendAll(SampleRuns.rstar(64, 5));
        TreeSnapshot tree = model.tree();
        int deep = 0;
        for (int i = 0; i < tree.size(); i++) {
            if (tree.n(i) == 0 && tree.info(i).depth() >= tree.info(deep).depth()) {
                deep = i;
            }
        }
        model.setLevelOfDetail(new LevelOfDetail(20));
        model.highlightPathTo(tree.id(deep));
        List<Integer> path = model.trajectory();
        assertThat(path).startsWith(0).endsWith(tree.id(deep));
        TreeDrawing drawing = TreeDrawer.draw(model.state());
        for (int id : path) {
            assertThat(drawing.node(id)).as("node %d on the trajectory", id).isNotNull();
            assertThat(drawing.node(id).onTrajectory()).isTrue();
        }
        assertThat(drawing.edges().stream().filter(DrawnEdge::onTrajectory)).hasSize(path.size() - 1);
        model.highlightTrajectory(List.of());
        model.select(tree.id(deep));
        assertThat(TreeDrawer.draw(model.state()).node(tree.id(deep)).selected()).isTrue();
    }

    @Test
    void fillModesComeWithTheirLegend() {
        model.appendAll(run);
        assertThat(model.fillMode()).isEqualTo(FillMode.KIND);
        assertThat(model.legend().entries()).hasSize(NodeKind.values().length);
        model.setFillMode(FillMode.VISITS);
        assertThat(model.legend().title()).isEqualTo("Visits");
        assertThat(model.legend().entries().get(4).label()).isEqualTo("16");
        int end = ((NodeCreated) run.stream().filter(NodeCreated.class::isInstance)
                .filter(e -> ((NodeCreated) e).node().kind() == NodeKind.DIRECT_ANSWER).findFirst().orElseThrow())
                .node().id();
        model.setVerdicts(Map.of(end, VerdictMark.WINNER));
        model.setFillMode(FillMode.VERDICT);
        TreeDrawing drawing = TreeDrawer.draw(model.state());
        assertThat(drawing.node(end).fillPosition()).isEqualTo(1);
        assertThat(drawing.node(0).noData()).isTrue();
        assertThat(drawing.legend().title()).isEqualTo("Peer verdict");
        assertThat(changes).contains(Change.STYLE);
    }

    @Test
    void theStateIsAFrozenCopy() {
        model.appendAll(run);
        model.collapse(1);
        TreeViewState state = model.state();
        model.expand(1);
        model.seek(3);
        assertThat(state.collapsed()).containsExactly(1);
        assertThat(state.tree().size()).isGreaterThan(model.tree().size());
    }
}
