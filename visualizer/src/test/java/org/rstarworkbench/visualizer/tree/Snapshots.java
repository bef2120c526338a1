package org.rstarworkbench.visualizer.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;

/** Compares snapshots field by field, to the last bit of every Q. */
public final class Snapshots {

    private Snapshots() {
    }

    /** The engine's fold of the first {@code count} events, frozen. */
    public static TreeSnapshot folded(List<SearchEvent> events, int count) {
        return TreeSnapshot.of(TreeFold.of(events.subList(0, count)));
    }

    public static void assertSameTree(TreeSnapshot actual, TreeSnapshot expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.lastSeq()).isEqualTo(expected.lastSeq());
        assertThat(actual.rolloutsFinished()).isEqualTo(expected.rolloutsFinished());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.info(i)).isEqualTo(expected.info(i));
            assertThat(Double.doubleToLongBits(actual.q(i))).as("Q of node %d", actual.id(i))
                    .isEqualTo(Double.doubleToLongBits(expected.q(i)));
            assertThat(actual.n(i)).as("N of node %d", actual.id(i)).isEqualTo(expected.n(i));
            assertThat(actual.isExpanded(i)).isEqualTo(expected.isExpanded(i));
            assertThat(actual.parent(i)).isEqualTo(expected.parent(i));
            assertThat(actual.childCount(i)).isEqualTo(expected.childCount(i));
            for (int k = 0; k < expected.childCount(i); k++) {
                assertThat(actual.child(i, k)).isEqualTo(expected.child(i, k));
            }
        }
    }
}
