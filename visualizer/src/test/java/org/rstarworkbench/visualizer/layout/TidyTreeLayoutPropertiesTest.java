package org.rstarworkbench.visualizer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rstarworkbench.visualizer.layout.LayoutChecks.assertTidy;

import java.util.BitSet;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/** The tidy layout's guarantees on arbitrary trees: jqwik shrinks a failure to a minimal tree. */
class TidyTreeLayoutPropertiesTest {

    @Property(tries = 300)
    void everyTreeIsLaidOutTidily(@ForAll @Size(max = 250) List<@IntRange(min = 0, max = 1_000_000) Integer> choices,
                                  @ForAll @DoubleRange(min = 0.5, max = 3) double sibling,
                                  @ForAll @DoubleRange(min = 0.5, max = 3) double cousin) {
        TreeSnapshot tree = Trees.withParents(Trees.parentsOf(choices));
        LayoutSpacing spacing = new LayoutSpacing(sibling, cousin, 2);
        assertTidy(tree, new BitSet(), TidyTreeLayout.layout(tree, new BitSet(), spacing), spacing);
    }

    @Property(tries = 200)
    void collapsedBranchesAreLeavesAndTheRestStaysTidy(
            @ForAll @Size(max = 250) List<@IntRange(min = 0, max = 1_000_000) Integer> choices,
            @ForAll @IntRange(min = 2, max = 9) int every) {
        TreeSnapshot tree = Trees.withParents(Trees.parentsOf(choices));
        BitSet collapsed = new BitSet();
        for (int v = 1; v < tree.size(); v++) {
            if (choices.get(v - 1) % every == 0) {
                collapsed.set(v);
            }
        }
        assertTidy(tree, collapsed, TidyTreeLayout.layout(tree, collapsed, LayoutSpacing.DEFAULT),
                LayoutSpacing.DEFAULT);
    }

    @Property(tries = 100)
    void theLayoutIsDeterministic(@ForAll @Size(max = 200) List<@IntRange(min = 0, max = 1_000_000) Integer> choices) {
        TreeSnapshot tree = Trees.withParents(Trees.parentsOf(choices));
        TreeLayout a = TidyTreeLayout.layout(tree);
        TreeLayout b = TidyTreeLayout.layout(Trees.withParents(Trees.parentsOf(choices)));
        for (int v = 0; v < tree.size(); v++) {
            assertThat(a.x(v)).isEqualTo(b.x(v));
        }
    }
}
