package org.rstarworkbench.visualizer.layout;

import java.util.Arrays;
import java.util.BitSet;

import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/**
 * Walker's tidy tree drawing in the linear-time form of Buchheim, Jünger and Leipert ("Improving Walker's algorithm to
 * run in linear time", GD 2002): each depth is a row; children keep their creation order left to right; a parent sits
 * midway between its first and last child; subtrees are pushed apart until their contours keep the spacing, and the
 * small subtrees between two pushed-apart ones are spread evenly. Both walks are iterative, so deep trees cannot
 * overflow the stack. O(n) time and memory.
 *
 * <p>Stateless and thread-safe.
 */
public final class TidyTreeLayout {

    private TidyTreeLayout() {
    }

    /** Lays out the whole tree, nothing collapsed, with the default spacing. */
    public static TreeLayout layout(TreeSnapshot tree) {
        return layout(tree, new BitSet(), LayoutSpacing.DEFAULT);
    }

    /**
     * Lays out the tree from its root (index 0).
     *
     * @param tree      the tree
     * @param collapsed the indices of collapsed nodes: each is placed as a leaf and its descendants are hidden
     * @param spacing   the distances to keep
     */
    public static TreeLayout layout(TreeSnapshot tree, BitSet collapsed, LayoutSpacing spacing) {
        if (tree.isEmpty()) {
            return new TreeLayout(new double[0], new double[0], new int[0], new int[0], 0, 0, 0, spacing);
        }
        return new Walker(tree, collapsed, spacing).run();
    }

    /** One layout computation: the per-node arrays of the algorithm. */
    private static final class Walker {
        private final TreeSnapshot tree;
        private final LayoutSpacing spacing;
        private final int size;
        private final int[] kids;
        private final int[] number;
        private final double[] prelim;
        private final double[] mod;
        private final double[] shift;
        private final double[] change;
        private final int[] thread;
        private final int[] ancestor;
        private final int[] defaultAncestor;
        private final int[] depth;
        private final int[] hiddenBelow;
        private int[] preorder;
        private int visible;

        Walker(TreeSnapshot tree, BitSet collapsed, LayoutSpacing spacing) {
            this.tree = tree;
            this.spacing = spacing;
            this.size = tree.size();
            kids = new int[size];
            number = new int[size];
            prelim = new double[size];
            mod = new double[size];
            shift = new double[size];
            change = new double[size];
            thread = new int[size];
            ancestor = new int[size];
            defaultAncestor = new int[size];
            depth = new int[size];
            hiddenBelow = new int[size];
            Arrays.fill(thread, -1);
            Arrays.fill(depth, -1);
            for (int v = 0; v < size; v++) {
                ancestor[v] = v;
                kids[v] = collapsed.get(v) ? 0 : tree.childCount(v);
                defaultAncestor[v] = tree.childCount(v) > 0 ? tree.child(v, 0) : -1;
                for (int k = 0; k < tree.childCount(v); k++) {
                    number[tree.child(v, k)] = k;
                }
            }
            countHidden(collapsed);
        }

        /** For each collapsed node, how many descendants it hides; a parent always precedes its children. */
        private void countHidden(BitSet collapsed) {
            int[] subtree = new int[size];
            Arrays.fill(subtree, 1);
            for (int v = size - 1; v > 0; v--) {
                int p = tree.parent(v);
                if (p >= 0) {
                    subtree[p] += subtree[v];
                }
            }
            for (int v = collapsed.nextSetBit(0); v >= 0 && v < size; v = collapsed.nextSetBit(v + 1)) {
                hiddenBelow[v] = subtree[v] - 1;
            }
        }

        TreeLayout run() {
            preorderRightToLeft();
            // Reversed, a right-to-left preorder is a left-to-right postorder: every subtree, and every left
            // sibling's subtree, is placed before its parent (Buchheim et al.'s FirstWalk, unrolled).
            for (int i = visible - 1; i >= 0; i--) {
                firstWalk(preorder[i]);
            }
            return secondWalk();
        }

        private void preorderRightToLeft() {
            preorder = new int[size];
            int[] stack = new int[size];
            int top = 0;
            stack[top++] = 0;
            depth[0] = 0;
            while (top > 0) {
                int v = stack[--top];
                preorder[visible++] = v;
                for (int k = 0; k < kids[v]; k++) {
                    int w = tree.child(v, k);
                    depth[w] = depth[v] + 1;
                    stack[top++] = w;
                }
            }
        }

        private void firstWalk(int v) {
            int left = leftSibling(v);
            if (kids[v] == 0) {
                prelim[v] = left >= 0 ? prelim[left] + spacing.sibling() : 0;
            } else {
                executeShifts(v);
                double midpoint = (prelim[tree.child(v, 0)] + prelim[tree.child(v, kids[v] - 1)]) / 2;
                if (left >= 0) {
                    prelim[v] = prelim[left] + spacing.sibling();
                    mod[v] = prelim[v] - midpoint;
                } else {
                    prelim[v] = midpoint;
                }
            }
            int p = tree.parent(v);
            if (v != 0 && p >= 0) {
                defaultAncestor[p] = apportion(v, defaultAncestor[p]);
            }
        }

        /** Pushes the subtree of {@code v} right until it clears the subtrees of its left siblings. */
        private int apportion(int v, int defaultAnc) {
            int left = leftSibling(v);
            if (left < 0) {
                return defaultAnc;
            }
            int vip = v;
            int vop = v;
            int vim = left;
            int vom = tree.child(tree.parent(v), 0);
            double sip = mod[vip];
            double sop = mod[vop];
            double sim = mod[vim];
            double som = mod[vom];
            while (nextRight(vim) >= 0 && nextLeft(vip) >= 0) {
                vim = nextRight(vim);
                vip = nextLeft(vip);
                vom = nextLeft(vom);
                vop = nextRight(vop);
                ancestor[vop] = v;
                double gap = (prelim[vim] + sim) - (prelim[vip] + sip) + separation(vim, vip);
                if (gap > 0) {
                    moveSubtree(ancestorOf(vim, v, defaultAnc), v, gap);
                    sip += gap;
                    sop += gap;
                }
                sim += mod[vim];
                sip += mod[vip];
                som += mod[vom];
                sop += mod[vop];
            }
            if (nextRight(vim) >= 0 && nextRight(vop) < 0) {
                thread[vop] = nextRight(vim);
                mod[vop] += sim - sop;
            }
            if (nextLeft(vip) >= 0 && nextLeft(vom) < 0) {
                thread[vom] = nextLeft(vip);
                mod[vom] += sip - som;
                return v;
            }
            return defaultAnc;
        }

        private void moveSubtree(int wm, int wp, double amount) {
            int subtrees = number[wp] - number[wm];
            change[wp] -= amount / subtrees;
            shift[wp] += amount;
            change[wm] += amount / subtrees;
            prelim[wp] += amount;
            mod[wp] += amount;
        }

        private void executeShifts(int v) {
            double moved = 0;
            double changing = 0;
            for (int k = kids[v] - 1; k >= 0; k--) {
                int w = tree.child(v, k);
                prelim[w] += moved;
                mod[w] += moved;
                changing += change[w];
                moved += shift[w] + changing;
            }
        }

        private int ancestorOf(int vim, int v, int defaultAnc) {
            return tree.parent(ancestor[vim]) == tree.parent(v) ? ancestor[vim] : defaultAnc;
        }

        private int nextLeft(int v) {
            return kids[v] > 0 ? tree.child(v, 0) : thread[v];
        }

        private int nextRight(int v) {
            return kids[v] > 0 ? tree.child(v, kids[v] - 1) : thread[v];
        }

        private int leftSibling(int v) {
            int p = tree.parent(v);
            return v == 0 || p < 0 || number[v] == 0 ? -1 : tree.child(p, number[v] - 1);
        }

        private double separation(int a, int b) {
            return tree.parent(a) == tree.parent(b) ? spacing.sibling() : spacing.cousin();
        }

        private TreeLayout secondWalk() {
            double[] x = new double[size];
            double[] y = new double[size];
            Arrays.fill(x, Double.NaN);
            Arrays.fill(y, Double.NaN);
            double[] modSum = new double[size];
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            int maxDepth = 0;
            // Preorder visits a parent before its children, so the parent's sum of modifiers is ready.
            for (int i = 0; i < visible; i++) {
                int v = preorder[i];
                x[v] = prelim[v] + modSum[v];
                for (int k = 0; k < kids[v]; k++) {
                    modSum[tree.child(v, k)] = modSum[v] + mod[v];
                }
                minX = Math.min(minX, x[v]);
                maxX = Math.max(maxX, x[v]);
                maxDepth = Math.max(maxDepth, depth[v]);
            }
            for (int i = 0; i < visible; i++) {
                int v = preorder[i];
                x[v] -= minX;
                y[v] = depth[v] * spacing.level();
            }
            int[] depths = depth.clone();
            for (int v = 0; v < size; v++) {
                if (Double.isNaN(x[v])) {
                    depths[v] = -1;
                    hiddenBelow[v] = 0;
                }
            }
            return new TreeLayout(x, y, depths, hiddenBelow, visible, maxX - minX, maxDepth * spacing.level(),
                    spacing);
        }
    }
}
