package org.rstarworkbench.visualizer.view;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.rstarworkbench.visualizer.layout.LayoutSpacing;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.VerdictMark;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/**
 * Everything a drawing is made from, frozen: the tree view's state at one moment, handed to a background thread.
 *
 * @param tree          the tree at the chosen event
 * @param fillMode      what the fill shows
 * @param verdicts      the peer's verdicts by node id
 * @param collapsed     ids the user collapsed
 * @param expanded      ids the user expanded (never collapsed automatically)
 * @param levelOfDetail how many nodes may be drawn before rarely visited branches are collapsed
 * @param trajectory    the highlighted trajectory's node ids, root first; empty for none
 * @param selected      the selected node's id, or -1
 * @param matches       ids of the nodes matching the find text
 * @param labels        which nodes carry labels
 * @param spacing       the layout distances
 */
public record TreeViewState(TreeSnapshot tree, FillMode fillMode, Map<Integer, VerdictMark> verdicts,
                            Set<Integer> collapsed, Set<Integer> expanded, LevelOfDetail levelOfDetail,
                            List<Integer> trajectory, int selected, Set<Integer> matches, LabelPolicy labels,
                            LayoutSpacing spacing) {

    public TreeViewState {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(fillMode, "fillMode");
        Objects.requireNonNull(levelOfDetail, "levelOfDetail");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(spacing, "spacing");
        verdicts = Map.copyOf(verdicts);
        collapsed = Set.copyOf(collapsed);
        expanded = Set.copyOf(expanded);
        trajectory = List.copyOf(trajectory);
        matches = Set.copyOf(matches);
    }

    /** A plain view of a tree: kind colours, nothing selected or collapsed, default level of detail. */
    public static TreeViewState of(TreeSnapshot tree) {
        return new TreeViewState(tree, FillMode.KIND, Map.of(), Set.of(), Set.of(), LevelOfDetail.DEFAULT, List.of(),
                -1, Set.of(), LabelPolicy.DEFAULT, LayoutSpacing.DEFAULT);
    }

    public TreeViewState withFillMode(FillMode mode) {
        return new TreeViewState(tree, mode, verdicts, collapsed, expanded, levelOfDetail, trajectory, selected,
                matches, labels, spacing);
    }

    public TreeViewState withLevelOfDetail(LevelOfDetail lod) {
        return new TreeViewState(tree, fillMode, verdicts, collapsed, expanded, lod, trajectory, selected, matches,
                labels, spacing);
    }

    public TreeViewState withLabels(LabelPolicy policy) {
        return new TreeViewState(tree, fillMode, verdicts, collapsed, expanded, levelOfDetail, trajectory, selected,
                matches, policy, spacing);
    }
}
