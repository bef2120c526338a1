package org.rstarworkbench.visualizer.layout;

import java.util.Arrays;
import java.util.BitSet;

import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/**
 * Keeps big trees usable: when more than {@code visibleBudget} nodes would be drawn, the rarely visited branches are
 * collapsed. It finds the smallest visit count {@code t} such that collapsing every branch whose node has N &lt; t
 * leaves at most the budget visible; MCTS visits a child at most as often as its parent, so these are whole
 * unpromising subtrees. The root, leaves and the nodes the caller keeps open are never collapsed. O(n log n).
 *
 * @param visibleBudget how many nodes may be drawn before branches are collapsed; at least 1
 */
public record LevelOfDetail(int visibleBudget) {

    /** Never collapses anything. */
    public static final LevelOfDetail OFF = new LevelOfDetail(Integer.MAX_VALUE);

    /** At most 2,000 nodes drawn: the size the tree view pans smoothly in software rendering. */
    public static final LevelOfDetail DEFAULT = new LevelOfDetail(2_000);

    public LevelOfDetail {
        if (visibleBudget < 1) {
            throw new IllegalArgumentException("visibleBudget must be at least 1, was " + visibleBudget);
        }
    }

    /**
     * What to collapse automatically.
     *
     * @param collapsed the indices of the collapsed branches' top nodes (only those still visible)
     * @param minVisits the threshold: branches whose node has fewer visits are collapsed; 0 when none is
     */
    public record AutoCollapse(BitSet collapsed, int minVisits) {
        public AutoCollapse {
            collapsed = (BitSet) collapsed.clone();
        }

        @Override
        public BitSet collapsed() {
            return (BitSet) collapsed.clone();
        }
    }

    /**
     * Chooses the branches to collapse.
     *
     * @param tree           the tree
     * @param userCollapsed  indices the user collapsed: already hidden below, and counted as such
     * @param keepOpen       indices never to auto-collapse (nodes the user expanded, the selection's and the
     *                       highlighted trajectory's ancestors)
     */
    public AutoCollapse choose(TreeSnapshot tree, BitSet userCollapsed, BitSet keepOpen) {
        int size = tree.size();
        if (size <= visibleBudget) {
            return new AutoCollapse(new BitSet(), 0);
        }
        boolean[] collapsible = new boolean[size];
        int[] thresholds = new int[size + 1];
        int candidates = 0;
        thresholds[candidates++] = 0;
        for (int v = 1; v < size; v++) {
            collapsible[v] = tree.childCount(v) > 0 && !keepOpen.get(v) && !userCollapsed.get(v);
            if (collapsible[v]) {
                thresholds[candidates++] = tree.n(v) + 1;
            }
        }
        int[] sorted = Arrays.stream(thresholds, 0, candidates).sorted().distinct().toArray();
        int lo = 0;
        int hi = sorted.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (visible(tree, userCollapsed, collapsible, sorted[mid], null) <= visibleBudget) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int threshold = sorted[lo];
        BitSet tops = new BitSet(size);
        visible(tree, userCollapsed, collapsible, threshold, tops);
        return new AutoCollapse(tops, threshold);
    }

    /** Counts the visible nodes when branches with N below {@code threshold} are collapsed; fills {@code tops}. */
    private static int visible(TreeSnapshot tree, BitSet userCollapsed, boolean[] collapsible, int threshold,
                               BitSet tops) {
        int size = tree.size();
        boolean[] open = new boolean[size];
        boolean[] shown = new boolean[size];
        int count = 0;
        // A parent always precedes its children in creation order.
        for (int v = 0; v < size; v++) {
            int p = tree.parent(v);
            shown[v] = v == 0 || (p >= 0 && shown[p] && open[p]);
            if (!shown[v]) {
                continue;
            }
            count++;
            boolean auto = collapsible[v] && tree.n(v) < threshold;
            open[v] = !auto && !userCollapsed.get(v);
            if (auto && tops != null) {
                tops.set(v);
            }
        }
        return count;
    }
}
