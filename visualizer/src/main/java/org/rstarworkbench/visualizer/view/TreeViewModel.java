package org.rstarworkbench.visualizer.view;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.layout.LayoutSpacing;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.Legend;
import org.rstarworkbench.visualizer.style.VerdictMark;
import org.rstarworkbench.visualizer.tree.EventTimeline;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/**
 * The tree view's state, with no toolkit: the run's events and the event shown (the timeline), the selected node,
 * the fill mode and its legend, the peer's verdicts, the highlighted trajectory, the find text and its matches, and
 * the collapsed branches. {@link #state()} freezes it for a background {@link TreeDrawer}.
 *
 * <p>Scrubbing: the tree shown is the fold of the first {@link #position()} events. While following live (the
 * default), appended events move the tree to the end; seeking anywhere else stops following until
 * {@link #seekToEnd()} or {@link #setFollowLive(boolean)}.
 *
 * <p>Not thread-safe: the view's thread (the FX thread in the app) calls every method; listeners run on it.
 */
public final class TreeViewModel {

    /** What changed, for listeners that redo only part of their work. */
    public enum Change {
        /** The tree moved: events appended or the position changed. */
        TREE,
        /** Branches were collapsed or expanded, or the level of detail changed. */
        COLLAPSE,
        /** The fill mode, the verdicts, the trajectory, the find text or the labels changed. */
        STYLE,
        /** Another node was selected. */
        SELECTION
    }

    /** Told of every change, on the view's thread. */
    @FunctionalInterface
    public interface Listener {
        void changed(Change change);
    }

    private final EventTimeline timeline = new EventTimeline();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private boolean followLive = true;
    private int selected = -1;
    private FillMode fillMode = FillMode.KIND;
    private Map<Integer, VerdictMark> verdicts = Map.of();
    private List<Integer> trajectory = List.of();
    private String findText = "";
    private List<Integer> matches = List.of();
    private TreeSnapshot matchedIn;
    private final Set<Integer> collapsed = new HashSet<>();
    private final Set<Integer> expanded = new HashSet<>();
    private LevelOfDetail levelOfDetail = LevelOfDetail.DEFAULT;
    private LabelPolicy labels = LabelPolicy.DEFAULT;
    private LayoutSpacing spacing = LayoutSpacing.DEFAULT;

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    // ---- events and scrubbing

    /** Appends one event; when following live the tree moves to it. */
    public void append(SearchEvent event) {
        appendAll(List.of(event));
    }

    /** Appends events in sequence order (a coalesced batch); one change is reported. */
    public void appendAll(List<? extends SearchEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        timeline.appendAll(events);
        if (followLive) {
            timeline.seekToEnd();
            fire(Change.TREE);
        }
    }

    /** How many events the view holds. */
    public int eventCount() {
        return timeline.size();
    }

    /** The {@code i}-th event, from 0. */
    public SearchEvent event(int i) {
        return timeline.event(i);
    }

    /** How many events the shown tree folds in. */
    public int position() {
        return timeline.position();
    }

    /** Shows the tree after the first {@code count} events; following live stops unless that is the end. */
    public void seek(int count) {
        int before = timeline.position();
        timeline.seek(count);
        followLive = timeline.atEnd();
        if (timeline.position() != before) {
            fire(Change.TREE);
        }
    }

    /** Shows the tree as it stood right after the event with sequence number {@code seq}. */
    public void seekToSeq(long seq) {
        seek(timeline.countUpToSeq(seq));
    }

    /** One event forward, if there is one. */
    public void stepForward() {
        seek(Math.min(timeline.size(), timeline.position() + 1));
    }

    /** One event back, if there is one. */
    public void stepBackward() {
        seek(Math.max(0, timeline.position() - 1));
    }

    /** Shows the last event and follows new ones. */
    public void seekToEnd() {
        seek(timeline.size());
        followLive = true;
    }

    public boolean isFollowingLive() {
        return followLive;
    }

    /** Follow new events (the tree moves to the end now and on each append), or stay at the shown event. */
    public void setFollowLive(boolean follow) {
        followLive = follow;
        if (follow && !timeline.atEnd()) {
            timeline.seekToEnd();
            fire(Change.TREE);
        }
    }

    /** The shown tree. */
    public TreeSnapshot tree() {
        return timeline.snapshot();
    }

    // ---- selection

    /** The selected node's id; it may not exist in the shown tree (scrubbed back before it was created). */
    public OptionalInt selected() {
        return selected < 0 ? OptionalInt.empty() : OptionalInt.of(selected);
    }

    /** Selects a node by id; -1 clears the selection. */
    public void select(int id) {
        if (id != selected) {
            selected = Math.max(-1, id);
            fire(Change.SELECTION);
        }
    }

    public void clearSelection() {
        select(-1);
    }

    /** The selected node as the shown tree holds it, if it exists there. */
    public Optional<NodeInfo> selectedInfo() {
        TreeSnapshot tree = tree();
        int i = selected < 0 ? -1 : tree.indexOf(selected);
        return i < 0 ? Optional.empty() : Optional.of(tree.info(i));
    }

    // ---- fill, verdicts, trajectory

    public FillMode fillMode() {
        return fillMode;
    }

    public void setFillMode(FillMode mode) {
        if (mode != fillMode) {
            fillMode = Objects.requireNonNull(mode, "mode");
            fire(Change.STYLE);
        }
    }

    /** What the current fill's colours mean, for the shown tree. */
    public Legend legend() {
        return fillMode.legend(tree().maxVisits());
    }

    public Map<Integer, VerdictMark> verdicts() {
        return verdicts;
    }

    /** The peer's verdicts by node id (the end nodes of checked trajectories), for the {@link FillMode#VERDICT} fill. */
    public void setVerdicts(Map<Integer, VerdictMark> marks) {
        verdicts = Map.copyOf(marks);
        fire(Change.STYLE);
    }

    public List<Integer> trajectory() {
        return trajectory;
    }

    /** Highlights a trajectory, given as node ids from the root; an empty list clears it. */
    public void highlightTrajectory(List<Integer> path) {
        trajectory = List.copyOf(path);
        fire(Change.STYLE);
    }

    /** Highlights the path from the root to a node of the shown tree; nothing when it does not exist. */
    public void highlightPathTo(int id) {
        TreeSnapshot tree = tree();
        int i = tree.indexOf(id);
        highlightTrajectory(i < 0 ? List.of() : tree.pathTo(i));
    }

    // ---- find

    public String findText() {
        return findText;
    }

    /**
     * Finds nodes: {@code #12} finds node 12; other text finds the nodes whose text, sub-answer or
     * answer contains it, ignoring case. Blank text finds nothing.
     */
    public void find(String text) {
        findText = text == null ? "" : text.strip();
        matchedIn = null;
        fire(Change.STYLE);
    }

    /** The ids of the shown tree's nodes matching the find text, in creation order. */
    public List<Integer> matches() {
        TreeSnapshot tree = tree();
        if (matchedIn != tree) {
            matches = NodeSearch.find(tree, findText);
            matchedIn = tree;
        }
        return matches;
    }

    /** Selects the first match after the selected node (wrapping around); returns its id, or -1 when none. */
    public int selectNextMatch() {
        List<Integer> found = matches();
        if (found.isEmpty()) {
            return -1;
        }
        TreeSnapshot tree = tree();
        int from = selected < 0 ? -1 : tree.indexOf(selected);
        int next = found.get(0);
        for (int id : found) {
            if (tree.indexOf(id) > from) {
                next = id;
                break;
            }
        }
        select(next);
        return next;
    }

    // ---- collapse

    /** Collapses a branch: the node stays, its descendants are hidden behind a "+N". */
    public void collapse(int id) {
        expanded.remove(id);
        if (collapsed.add(id)) {
            fire(Change.COLLAPSE);
        }
    }

    /** Expands a branch the user or the level of detail collapsed; the level of detail leaves it open. */
    public void expand(int id) {
        boolean changed = collapsed.remove(id);
        changed |= expanded.add(id);
        if (changed) {
            fire(Change.COLLAPSE);
        }
    }

    /** Forgets every collapse and expansion the user made; the level of detail still applies. */
    public void resetCollapsed() {
        if (!collapsed.isEmpty() || !expanded.isEmpty()) {
            collapsed.clear();
            expanded.clear();
            fire(Change.COLLAPSE);
        }
    }

    /** Whether the user collapsed this node (the level of detail's choices show in the drawing). */
    public boolean isCollapsedByUser(int id) {
        return collapsed.contains(id);
    }

    public LevelOfDetail levelOfDetail() {
        return levelOfDetail;
    }

    public void setLevelOfDetail(LevelOfDetail lod) {
        levelOfDetail = Objects.requireNonNull(lod, "lod");
        fire(Change.COLLAPSE);
    }

    public void setLabels(LabelPolicy policy) {
        labels = Objects.requireNonNull(policy, "policy");
        fire(Change.STYLE);
    }

    public void setSpacing(LayoutSpacing layoutSpacing) {
        spacing = Objects.requireNonNull(layoutSpacing, "layoutSpacing");
        fire(Change.COLLAPSE);
    }

    /** Everything a drawing needs, frozen for another thread. */
    public TreeViewState state() {
        return new TreeViewState(tree(), fillMode, verdicts, collapsed, expanded, levelOfDetail, trajectory, selected,
                new HashSet<>(matches()), labels, spacing);
    }

    private void fire(Change change) {
        for (Listener l : listeners) {
            l.changed(change);
        }
    }
}
