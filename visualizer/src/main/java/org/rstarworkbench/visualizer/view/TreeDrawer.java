package org.rstarworkbench.visualizer.view;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.layout.TidyTreeLayout;
import org.rstarworkbench.visualizer.layout.TreeLayout;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.KindStyle;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/**
 * Turns a {@link TreeViewState} into a {@link TreeDrawing}: chooses the branches to collapse (the user's and the level
 * of detail's, never hiding the selection or the highlighted trajectory), lays the tree out, and works out every
 * visible node's fill, marks and label. O(n log n) in the tree's size.
 *
 * <p>Stateless and thread-safe: meant for a background thread.
 */
public final class TreeDrawer {

    private TreeDrawer() {
    }

    /**
     * The tree at the end of {@code events} with the default looks: kind colours, nothing selected, the default level
     * of detail. For exports and screenshots without a view.
     */
    public static TreeDrawing draw(List<? extends SearchEvent> events) {
        return draw(TreeViewState.of(TreeSnapshot.of(TreeFold.of(events))));
    }

    /** The drawing of a frozen view state. */
    public static TreeDrawing draw(TreeViewState state) {
        TreeSnapshot tree = state.tree();
        FillMode fill = state.fillMode();
        int maxVisits = tree.maxVisits();
        BitSet userCollapsed = indices(tree, state.collapsed());
        LevelOfDetail.AutoCollapse auto = state.levelOfDetail().choose(tree, userCollapsed, keepOpen(tree, state));
        BitSet collapsed = auto.collapsed();
        collapsed.or(userCollapsed);
        TreeLayout layout = TidyTreeLayout.layout(tree, collapsed, state.spacing());

        Set<Integer> path = new HashSet<>(state.trajectory());
        BitSet matched = matchedOrHiding(tree, layout, state.matches());
        boolean labelAll = layout.visibleCount() <= state.labels().maxLabelled();
        List<DrawnNode> nodes = new ArrayList<>(layout.visibleCount());
        List<DrawnEdge> edges = new ArrayList<>(Math.max(0, layout.visibleCount() - 1));
        for (int i = 0; i < tree.size(); i++) {
            if (!layout.isVisible(i)) {
                continue;
            }
            NodeInfo info = tree.info(i);
            KindStyle kind = KindStyle.of(info.kind());
            double position = fill.position(tree, i, state.verdicts(), maxVisits);
            boolean selected = info.id() == state.selected();
            boolean onPath = path.contains(info.id());
            int hidden = layout.hiddenBelow(i);
            String label = labelAll || selected || hidden > 0 ? label(info, hidden) : null;
            nodes.add(new DrawnNode(info, tree.q(i), tree.n(i), layout.x(i), layout.y(i), layout.depth(i), position,
                    fill.colour(kind, position), kind, selected, onPath, matched.get(i), hidden, label));
            int p = tree.parent(i);
            if (p >= 0) {
                edges.add(new DrawnEdge(tree.id(p), info.id(), onPath && path.contains(tree.id(p))));
            }
        }
        return new TreeDrawing(nodes, edges, fill, fill.legend(maxVisits), layout.width(), layout.height(),
                state.spacing(), tree.size(), auto.minVisits(), tree.lastSeq());
    }

    /** A node's label: {@code #id}, its action, its answer if it states one, and "+N" when collapsed. */
    static String label(NodeInfo info, int hidden) {
        StringBuilder b = new StringBuilder("#").append(info.id()).append(' ')
                .append(info.action() == null ? "Q" : info.action().label());
        if (info.answer() != null && !info.answer().isBlank()) {
            String answer = info.answer().strip();
            b.append(": ").append(answer.length() > 12 ? answer.substring(0, 11) + "…" : answer);
        }
        if (hidden > 0) {
            b.append(" +").append(hidden);
        }
        return b.toString();
    }

    private static BitSet indices(TreeSnapshot tree, Set<Integer> ids) {
        BitSet set = new BitSet(tree.size());
        for (int id : ids) {
            int i = tree.indexOf(id);
            if (i >= 0) {
                set.set(i);
            }
        }
        return set;
    }

    /** Nodes the level of detail must leave open: the user's expansions and everything above what is looked at. */
    private static BitSet keepOpen(TreeSnapshot tree, TreeViewState state) {
        BitSet keep = indices(tree, state.expanded());
        List<Integer> looked = new ArrayList<>(state.trajectory());
        looked.add(state.selected());
        for (int id : looked) {
            int i = tree.indexOf(id);
            for (int at = i < 0 ? -1 : tree.parent(i); at >= 0; at = tree.parent(at)) {
                keep.set(at);
            }
        }
        return keep;
    }

    /** The visible matches, and the visible collapsed nodes that hide a match. */
    private static BitSet matchedOrHiding(TreeSnapshot tree, TreeLayout layout, Set<Integer> matches) {
        BitSet marked = new BitSet(tree.size());
        for (int id : matches) {
            int i = tree.indexOf(id);
            while (i >= 0 && !layout.isVisible(i)) {
                i = tree.parent(i);
            }
            if (i >= 0) {
                marked.set(i);
            }
        }
        return marked;
    }
}
