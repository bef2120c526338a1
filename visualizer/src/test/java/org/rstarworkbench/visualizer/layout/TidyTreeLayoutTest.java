package org.rstarworkbench.visualizer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.rstarworkbench.visualizer.layout.LayoutChecks.EPS;
import static org.rstarworkbench.visualizer.layout.LayoutChecks.assertTidy;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

class TidyTreeLayoutTest {

    static final LayoutSpacing UNIT = new LayoutSpacing(1, 1, 1);

    @Test
    void aParentSitsOverTheMiddleOfItsChildren() {
        TreeSnapshot tree = Trees.withParents(0, 0, 0);
        TreeLayout layout = TidyTreeLayout.layout(tree, new BitSet(), UNIT);
        assertThat(new double[] {layout.x(0), layout.x(1), layout.x(2), layout.x(3)})
                .containsExactly(1, 0, 1, 2);
        assertThat(layout.y(3)).isEqualTo(1);
        assertThat(layout.width()).isEqualTo(2);
        assertThat(layout.height()).isEqualTo(1);
    }

    @Test
    void subtreesArePushedApartByTheirContoursNotTheirRoots() {
        // 0 has children 1 and 2; 1 has a wide family (3,4,5), 2 has (6,7,8): the two families need 2 units apart.
        TreeSnapshot tree = Trees.withParents(0, 0, 1, 1, 1, 2, 2, 2);
        TreeLayout layout = TidyTreeLayout.layout(tree, new BitSet(), new LayoutSpacing(1, 2, 1));
        assertThat(layout.x(6) - layout.x(5)).isCloseTo(2, within(EPS));
        assertThat(layout.x(2) - layout.x(1)).isCloseTo(4, within(EPS));
        assertThat(layout.x(0)).isCloseTo((layout.x(1) + layout.x(2)) / 2, within(EPS));
    }

    @Test
    void smallSubtreesBetweenTwoLargeOnesAreSpreadEvenly() {
        // Walker's example of the problem: leaves 2, 3 sit between two deep families 1 and 4.
        TreeSnapshot tree = Trees.withParents(0, 0, 0, 0, 1, 1, 1, 1, 4, 4, 4, 4);
        TreeLayout layout = TidyTreeLayout.layout(tree, new BitSet(), UNIT);
        double gap1 = layout.x(2) - layout.x(1);
        double gap2 = layout.x(3) - layout.x(2);
        double gap3 = layout.x(4) - layout.x(3);
        assertThat(gap1).isCloseTo(gap2, within(EPS)).isCloseTo(gap3, within(EPS));
        assertTidy(tree, new BitSet(), layout, UNIT);
    }

    @Test
    void aCollapsedNodeIsPlacedAsALeafThatHidesItsBranch() {
        TreeSnapshot tree = Trees.withParents(0, 0, 1, 1, 3, 2);
        BitSet collapsed = new BitSet();
        collapsed.set(1);
        TreeLayout layout = TidyTreeLayout.layout(tree, collapsed, UNIT);
        assertThat(layout.visibleCount()).isEqualTo(4);
        assertThat(layout.hiddenBelow(1)).isEqualTo(3);
        assertThat(layout.isVisible(3)).isFalse();
        assertThat(layout.x(4)).isNaN();
        assertThat(layout.depth(5)).isEqualTo(-1);
        assertTidy(tree, collapsed, layout, UNIT);
    }

    @Test
    void aRealSearchTreeIsTidyWithAndWithoutCollapsedBranches() {
        TreeSnapshot tree = TreeSnapshot.of(TreeFold.of(SampleRuns.rstar(32, 3)));
        assertThat(tree.size()).isGreaterThan(100);
        assertTidy(tree, new BitSet(), TidyTreeLayout.layout(tree), LayoutSpacing.DEFAULT);
        BitSet collapsed = new BitSet();
        for (int v = 1; v < tree.size(); v += 5) {
            collapsed.set(v);
        }
        assertTidy(tree, collapsed, TidyTreeLayout.layout(tree, collapsed, LayoutSpacing.DEFAULT),
                LayoutSpacing.DEFAULT);
    }

    @Test
    void theSameTreeAlwaysGetsTheSameLayout() {
        TreeSnapshot tree = TreeSnapshot.of(TreeFold.of(SampleRuns.randomTree(2_000, 5)));
        TreeLayout a = TidyTreeLayout.layout(tree);
        TreeLayout b = TidyTreeLayout.layout(TreeSnapshot.of(TreeFold.of(SampleRuns.randomTree(2_000, 5))));
        for (int v = 0; v < tree.size(); v++) {
            assertThat(Double.doubleToLongBits(a.x(v))).isEqualTo(Double.doubleToLongBits(b.x(v)));
            assertThat(a.y(v)).isEqualTo(b.y(v));
        }
    }

    @Test
    void aVeryDeepChainDoesNotOverflowTheStack() {
        int[] parents = new int[50_000];
        for (int i = 0; i < parents.length; i++) {
            parents[i] = i;
        }
        TreeSnapshot chain = Trees.withParents(parents);
        TreeLayout layout = TidyTreeLayout.layout(chain, new BitSet(), UNIT);
        assertThat(layout.height()).isEqualTo(50_000);
        assertThat(layout.width()).isZero();
    }

    @Test
    void anEmptyTreeHasAnEmptyLayout() {
        TreeLayout layout = TidyTreeLayout.layout(TreeSnapshot.EMPTY);
        assertThat(layout.size()).isZero();
        assertThat(layout.visibleCount()).isZero();
    }
}
