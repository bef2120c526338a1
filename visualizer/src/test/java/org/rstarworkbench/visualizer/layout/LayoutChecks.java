package org.rstarworkbench.visualizer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/** The properties every tidy layout must have, checked on any tree. */
final class LayoutChecks {

    static final double EPS = 1e-7;

    private LayoutChecks() {
    }

    static void assertTidy(TreeSnapshot tree, BitSet collapsed, TreeLayout layout, LayoutSpacing spacing) {
        List<Integer> preorder = preorder(tree, collapsed);
        assertThat(layout.visibleCount()).isEqualTo(preorder.size());
        Map<Integer, List<Integer>> rows = new HashMap<>();
        int[] rank = new int[tree.size()];
        for (int r = 0; r < preorder.size(); r++) {
            int v = preorder.get(r);
            rank[v] = r;
            rows.computeIfAbsent(layout.depth(v), d -> new ArrayList<>()).add(v);
            assertThat(layout.y(v)).isCloseTo(layout.depth(v) * spacing.level(), within(EPS));
            int p = tree.parent(v);
            assertThat(layout.depth(v)).isEqualTo(p < 0 ? 0 : layout.depth(p) + 1);
        }
        double minX = Double.POSITIVE_INFINITY;
        for (List<Integer> row : rows.values()) {
            // Left to right in x is left to right in the tree: no crossing edges, children in creation order.
            List<Integer> byX = new ArrayList<>(row);
            byX.sort(Comparator.comparingDouble(layout::x));
            assertThat(byX).isEqualTo(row.stream().sorted(Comparator.comparingInt(v -> rank[v])).toList());
            for (int i = 1; i < byX.size(); i++) {
                int a = byX.get(i - 1);
                int b = byX.get(i);
                double least = tree.parent(a) == tree.parent(b) ? spacing.sibling() : spacing.cousin();
                assertThat(layout.x(b) - layout.x(a)).as("gap between nodes %d and %d", a, b)
                        .isGreaterThanOrEqualTo(least - EPS);
            }
            for (int v : row) {
                minX = Math.min(minX, layout.x(v));
            }
        }
        assertThat(minX).isCloseTo(0, within(EPS));
        for (int v : preorder) {
            if (!collapsed.get(v) && tree.childCount(v) > 0) {
                double first = layout.x(tree.child(v, 0));
                double last = layout.x(tree.child(v, tree.childCount(v) - 1));
                assertThat(layout.x(v)).as("node %d centred over its children", v)
                        .isCloseTo((first + last) / 2, within(EPS));
            }
            assertThat(layout.hiddenBelow(v)).isEqualTo(collapsed.get(v) ? subtreeSize(tree, v) - 1 : 0);
        }
        BitSet shown = new BitSet();
        preorder.forEach(shown::set);
        for (int v = 0; v < tree.size(); v++) {
            if (!shown.get(v)) {
                assertThat(layout.isVisible(v)).isFalse();
                assertThat(layout.x(v)).isNaN();
            }
        }
    }

    static List<Integer> preorder(TreeSnapshot tree, BitSet collapsed) {
        List<Integer> order = new ArrayList<>();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(0);
        while (!stack.isEmpty()) {
            int v = stack.pop();
            order.add(v);
            if (!collapsed.get(v)) {
                for (int k = tree.childCount(v) - 1; k >= 0; k--) {
                    stack.push(tree.child(v, k));
                }
            }
        }
        return order;
    }

    static int subtreeSize(TreeSnapshot tree, int v) {
        int size = 1;
        for (int k = 0; k < tree.childCount(v); k++) {
            size += subtreeSize(tree, tree.child(v, k));
        }
        return size;
    }
}
