package org.rstarworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.visualizer.layout.LayoutSpacing;

class TreeSpacingTest {

    @Test
    void aWideShallowTreeGetsTallerLevelsUpToThreeTimesTheDefault() {
        LayoutSpacing d = LayoutSpacing.DEFAULT;
        LayoutSpacing wide = TreeSpacing.better(d, 60, 4 * d.level(), 700, 700);
        assertThat(wide.level()).isEqualTo(3 * d.level());
        LayoutSpacing some = TreeSpacing.better(d, 20, 4 * d.level(), 700, 700);
        assertThat(some.level()).isEqualTo(20 * 0.7 / 4);
        assertThat(some.sibling()).isEqualTo(d.sibling());
    }

    @Test
    void aNarrowTreeOrASmallChangeKeepsTheSpacing() {
        LayoutSpacing d = LayoutSpacing.DEFAULT;
        assertThat(TreeSpacing.better(d, 5, 10 * d.level(), 700, 700)).isSameAs(d);
        LayoutSpacing four = new LayoutSpacing(1, 1.5, 4);
        assertThat(TreeSpacing.better(four, 21, 16, 700, 700)).isSameAs(four);
        assertThat(TreeSpacing.better(d, 60, 0, 700, 700)).isSameAs(d);
        assertThat(TreeSpacing.better(d, 60, 10, 0, 0)).isSameAs(d);
    }
}
