package org.rstarworkbench.visualizer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

class LevelOfDetailTest {

    static TreeSnapshot tree;

    @BeforeAll
    static void search() {
        tree = TreeSnapshot.of(TreeFold.of(SampleRuns.rstar(64, 11)));
    }

    @Test
    void aTreeWithinTheBudgetKeepsEveryBranchOpen() {
        LevelOfDetail.AutoCollapse auto = new LevelOfDetail(tree.size()).choose(tree, new BitSet(), new BitSet());
        assertThat(auto.collapsed().isEmpty()).isTrue();
        assertThat(auto.minVisits()).isZero();
    }

    @Test
    void aBigTreeCollapsesItsLeastVisitedBranchesDownToTheBudget() {
        int budget = tree.size() / 4;
        LevelOfDetail.AutoCollapse auto = new LevelOfDetail(budget).choose(tree, new BitSet(), new BitSet());
        BitSet collapsed = auto.collapsed();
        TreeLayout layout = TidyTreeLayout.layout(tree, collapsed, LayoutSpacing.DEFAULT);
        assertThat(layout.visibleCount()).isLessThanOrEqualTo(budget);
        assertThat(auto.minVisits()).isPositive();
        for (int v = collapsed.nextSetBit(0); v >= 0; v = collapsed.nextSetBit(v + 1)) {
            assertThat(v).isNotZero();
            assertThat(tree.n(v)).isLessThan(auto.minVisits());
            assertThat(tree.childCount(v)).isPositive();
            assertThat(layout.isVisible(v)).as("only the top of each collapsed branch is listed").isTrue();
            assertThat(tree.n(tree.parent(v))).as("the branch's parent was visited enough to stay open")
                    .isGreaterThanOrEqualTo(auto.minVisits());
        }
        // The threshold is the least that fits: one visit less would draw too many nodes.
        BitSet looser = new BitSet();
        for (int v = 1; v < tree.size(); v++) {
            if (tree.childCount(v) > 0 && tree.n(v) < auto.minVisits() - 1) {
                looser.set(v);
            }
        }
        assertThat(TidyTreeLayout.layout(tree, looser, LayoutSpacing.DEFAULT).visibleCount()).isGreaterThan(budget);
    }

    @Test
    void nodesKeptOpenAndTheirBranchesAreNeverCollapsed() {
        int deepest = 0;
        for (int v = 0; v < tree.size(); v++) {
            if (tree.info(v).depth() > tree.info(deepest).depth() && tree.n(v) == 0) {
                deepest = v;
            }
        }
        BitSet keep = new BitSet();
        for (int at = tree.parent(deepest); at >= 0; at = tree.parent(at)) {
            keep.set(at);
        }
        BitSet collapsed = new LevelOfDetail(10).choose(tree, new BitSet(), keep).collapsed();
        assertThat(collapsed.intersects(keep)).isFalse();
        assertThat(TidyTreeLayout.layout(tree, collapsed, LayoutSpacing.DEFAULT).isVisible(deepest)).isTrue();
    }

    @Test
    void branchesTheUserCollapsedCountAsHiddenAndAreNotListedAgain() {
        BitSet user = new BitSet();
        user.set(tree.child(0, 0));
        LevelOfDetail.AutoCollapse auto = new LevelOfDetail(tree.size() / 3).choose(tree, user, new BitSet());
        assertThat(auto.collapsed().get(tree.child(0, 0))).isFalse();
        BitSet all = auto.collapsed();
        all.or(user);
        assertThat(TidyTreeLayout.layout(tree, all, LayoutSpacing.DEFAULT).visibleCount())
                .isLessThanOrEqualTo(tree.size() / 3);
    }

    @Test
    void theBudgetMustBePositive() {
        assertThatThrownBy(() -> new LevelOfDetail(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("visibleBudget must be at least 1, was 0");
    }
}
