package org.rstarworkbench.visualizer.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.layout.TidyTreeLayout;
import org.rstarworkbench.visualizer.layout.TreeLayout;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.KindStyle;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

class TreeDrawerTest {

    static TreeSnapshot tree;

    @BeforeAll
    static void search() {
        tree = TreeSnapshot.of(TreeFold.of(SampleRuns.rstar(16, 42)));
    }

    @Test
    void drawsEveryNodeWhereTheLayoutPutsItWithItsKindsLook() {
        TreeDrawing drawing = TreeDrawer.draw(TreeViewState.of(tree));
        TreeLayout layout = TidyTreeLayout.layout(tree);
        assertThat(drawing.nodes()).hasSize(tree.size());
        assertThat(drawing.edges()).hasSize(tree.size() - 1);
        assertThat(drawing.totalNodes()).isEqualTo(tree.size());
        assertThat(drawing.lastSeq()).isEqualTo(tree.lastSeq());
        assertThat(drawing.width()).isEqualTo(layout.width());
        for (int i = 0; i < tree.size(); i++) {
            DrawnNode node = drawing.node(tree.id(i));
            assertThat(node.x()).isEqualTo(layout.x(i));
            assertThat(node.y()).isEqualTo(layout.y(i));
            assertThat(node.kind()).isEqualTo(KindStyle.of(tree.info(i).kind()));
            assertThat(node.fill()).isEqualTo(node.kind().colour());
            assertThat(node.q()).isEqualTo(tree.q(i));
            assertThat(node.n()).isEqualTo(tree.n(i));
        }
    }

    @Test
    void smallTreesAreLabelledBigOnesOnlyWhereItMatters() {
        TreeViewState state = TreeViewState.of(tree).withLabels(new LabelPolicy(tree.size()));
        assertThat(TreeDrawer.draw(state).nodes()).allSatisfy(n -> assertThat(n.label()).startsWith("#" + n.id()));
        assertThat(TreeDrawer.draw(state.withLabels(new LabelPolicy(tree.size() - 1))).nodes())
                .allSatisfy(n -> assertThat(n.label()).isNull());
        TreeViewState selected = new TreeViewState(tree, FillMode.KIND, java.util.Map.of(), Set.of(tree.id(1)),
                Set.of(), LevelOfDetail.OFF, List.of(), tree.id(2), Set.of(), LabelPolicy.MINIMAL,
                state.spacing());
        TreeDrawing drawing = TreeDrawer.draw(selected);
        assertThat(drawing.nodes()).filteredOn(n -> n.label() != null).extracting(DrawnNode::id)
                .containsExactlyInAnyOrder(tree.id(1), tree.id(2));
        assertThat(drawing.node(tree.id(2)).selected()).isTrue();
    }

    @Test
    void labelsNameTheNodeItsActionAndItsAnswer() {
        TreeDrawing drawing = TreeDrawer.draw(TreeViewState.of(tree).withLabels(new LabelPolicy(tree.size())));
        assertThat(drawing.node(0).label()).isEqualTo("#0 Q");
        assertThat(drawing.nodes()).filteredOn(n -> n.info().answer() != null)
                .allSatisfy(n -> assertThat(n.label()).contains(": " + n.info().answer()));
    }

    @Test
    void styleClassesListTheMarksFirstAndTheKindLast() {
        TreeViewState state = new TreeViewState(tree, FillMode.MEAN_REWARD, java.util.Map.of(), Set.of(tree.id(1)),
                Set.of(), LevelOfDetail.OFF, List.of(0, tree.id(1)), tree.id(1), Set.of(tree.id(1)),
                LabelPolicy.DEFAULT, TreeViewState.of(tree).spacing());
        DrawnNode node = TreeDrawer.draw(state).node(tree.id(1));
        String kind = node.kind().styleClass();
        assertThat(node.styleClasses()).isEqualTo("selected, match, path, collapsed, " + kind);
        DrawnNode unvisited = TreeDrawer.draw(state).nodes().stream().filter(n -> n.n() == 0).findFirst()
                .orElseThrow();
        assertThat(unvisited.styleClasses()).isEqualTo("nodata, " + unvisited.kind().styleClass());
    }

    @Test
    void aCollapsedBranchHidingAMatchIsMarked() {
        int parent = tree.id(tree.child(0, 0));
        int hiddenChild = tree.id(tree.child(tree.child(0, 0), 0));
        TreeViewState state = new TreeViewState(tree, FillMode.KIND, java.util.Map.of(), Set.of(parent), Set.of(),
                LevelOfDetail.OFF, List.of(), -1, Set.of(hiddenChild), LabelPolicy.DEFAULT,
                TreeViewState.of(tree).spacing());
        TreeDrawing drawing = TreeDrawer.draw(state);
        assertThat(drawing.node(hiddenChild)).isNull();
        assertThat(drawing.node(parent).matched()).isTrue();
    }

    @Test
    void aRunsEventsDrawWithTheDefaultLooks() {
        TreeDrawing drawing = TreeDrawer.draw(SampleRuns.rstar(4, 1));
        assertThat(drawing.fillMode()).isEqualTo(FillMode.KIND);
        assertThat(drawing.nodes()).isNotEmpty().noneMatch(DrawnNode::selected);
        assertThat(drawing.hiddenNodes()).isZero();
    }

    @Test
    void anEmptyTreeDrawsNothingButStillHasALegend() {
        TreeDrawing drawing = TreeDrawer.draw(TreeViewState.of(TreeSnapshot.EMPTY));
        assertThat(drawing.nodes()).isEmpty();
        assertThat(drawing.legend().entries()).isNotEmpty();
    }
}
