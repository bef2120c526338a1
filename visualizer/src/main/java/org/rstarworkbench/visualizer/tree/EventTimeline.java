package org.rstarworkbench.visualizer.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rstarworkbench.core.event.Backpropagated;
import org.rstarworkbench.core.event.Expanded;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchEvent;

/**
 * A run's events and the tree as it stood after any prefix of them: the timeline scrubber. The tree after the first
 * {@code k} events is exactly what the engine's {@code TreeFold} gives for those events. Moving forward folds only the
 * new events; moving backward restores the nearest earlier checkpoint and folds forward from there, so any move costs
 * at most about one checkpoint gap plus the tree's size. Checkpoints are at least {@value #MIN_CHECKPOINT_GAP} events
 * and at least the tree's size apart, so they take memory in proportion to the number of events.
 *
 * <p>Events of other kinds (model calls, the discriminator's) are kept and counted but do not change the tree.
 *
 * <p>Not thread-safe: one thread (the view's) appends, seeks and takes snapshots; the snapshots go anywhere.
 */
public final class EventTimeline {

    static final int MIN_CHECKPOINT_GAP = 1024;

    private final List<SearchEvent> events = new ArrayList<>();

    // Every node the events applied so far have created, in creation order; kept when moving backward.
    private final List<NodeInfo> infos = new ArrayList<>();
    private final Map<Integer, Integer> indexById = new HashMap<>();
    private int[] parent = new int[64];
    private int[][] children = new int[64][];
    private int[] childCount = new int[64];

    // The tree after `position` events: the first `nodeCount` nodes and their statistics.
    private int position;
    private int nodeCount;
    private double[] q = new double[64];
    private int[] n = new int[64];
    private boolean[] expanded = new boolean[64];
    private int rolloutsFinished;
    private long lastSeq = -1;

    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private TreeSnapshot snapshot = TreeSnapshot.EMPTY;

    private record Checkpoint(int position, int nodeCount, double[] q, int[] n, boolean[] expanded,
                              int rolloutsFinished, long lastSeq) {
    }

    /**
     * Adds an event after the last one; the tree does not move (see {@link #seek(int)}).
     *
     * @throws IllegalArgumentException when its sequence number is not after the last event's
     */
    public void append(SearchEvent event) {
        long last = events.isEmpty() ? -1 : events.get(events.size() - 1).seq();
        if (event.seq() <= last) {
            throw new IllegalArgumentException("event " + event.seq() + " came after event " + last
                    + "; events must be appended in sequence order");
        }
        events.add(event);
    }

    /** Appends every event of a list, in order. */
    public void appendAll(List<? extends SearchEvent> more) {
        more.forEach(this::append);
    }

    /** How many events the timeline holds. */
    public int size() {
        return events.size();
    }

    /** The {@code i}-th event (0-based). */
    public SearchEvent event(int i) {
        return events.get(i);
    }

    /** Every event, in order; a read-only view. */
    public List<SearchEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** How many events the tree folds in now: the tree is the fold of events {@code 0 .. position()-1}. */
    public int position() {
        return position;
    }

    /** Whether the tree folds in every event. */
    public boolean atEnd() {
        return position == events.size();
    }

    /**
     * Moves the tree to the fold of the first {@code count} events.
     *
     * @throws IndexOutOfBoundsException when {@code count} is not in {@code 0 .. size()}
     * @throws IllegalArgumentException  when an event names a node that no earlier event created
     */
    public void seek(int count) {
        if (count < 0 || count > events.size()) {
            throw new IndexOutOfBoundsException("cannot move to event " + count + ": the timeline holds "
                    + events.size() + " events");
        }
        if (count < position) {
            restore(count);
        }
        while (position < count) {
            applyNext();
        }
    }

    /** Moves to the last event. */
    public void seekToEnd() {
        seek(events.size());
    }

    /** How many events have a sequence number up to {@code seq}: {@code seek(countUpToSeq(s))} shows event s. */
    public int countUpToSeq(long seq) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (events.get(mid).seq() <= seq) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The tree now, frozen; the same object until the tree moves. */
    public TreeSnapshot snapshot() {
        if (snapshot == null) {
            snapshot = freeze();
        }
        return snapshot;
    }

    private void applyNext() {
        SearchEvent event = events.get(position);
        if (event instanceof NodeCreated created) {
            create(created.node());
        } else if (event instanceof Expanded x) {
            expanded[existing(x.nodeId())] = true;
        } else if (event instanceof Backpropagated back) {
            for (int id : back.path()) {
                existing(id);
            }
            for (int id : back.path()) {
                int i = existing(id);
                q[i] += back.reward();
                n[i] += 1;
            }
        } else if (event instanceof RolloutFinished) {
            rolloutsFinished++;
        }
        lastSeq = event.seq();
        position++;
        snapshot = null;
        if (position - lastCheckpointPosition() >= Math.max(MIN_CHECKPOINT_GAP, nodeCount)) {
            checkpoints.add(new Checkpoint(position, nodeCount, Arrays.copyOf(q, nodeCount),
                    Arrays.copyOf(n, nodeCount), Arrays.copyOf(expanded, nodeCount), rolloutsFinished, lastSeq));
        }
    }

    private void create(NodeInfo info) {
        int i = nodeCount;
        if (i == infos.size()) {
            if (indexById.containsKey(info.id())) {
                throw new IllegalArgumentException("event " + events.get(position).seq() + " creates node "
                        + info.id() + " a second time; a run's node ids must be unique");
            }
            grow(i + 1);
            infos.add(info);
            indexById.put(info.id(), i);
            Integer p = indexById.get(info.parentId());
            parent[i] = p == null ? -1 : p;
            if (p != null) {
                addChild(p, i);
            }
        }
        q[i] = 0;
        n[i] = 0;
        expanded[i] = false;
        nodeCount++;
    }

    private int existing(int id) {
        Integer i = indexById.get(id);
        if (i == null || i >= nodeCount) {
            throw new IllegalArgumentException("event " + events.get(position).seq() + " names node " + id
                    + ", which no earlier event created");
        }
        return i;
    }

    private int lastCheckpointPosition() {
        return checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).position();
    }

    /** Restores the last state at or before {@code count} events. */
    private void restore(int count) {
        Checkpoint best = null;
        int lo = 0;
        int hi = checkpoints.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (checkpoints.get(mid).position() <= count) {
                best = checkpoints.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best == null) {
            position = 0;
            nodeCount = 0;
            rolloutsFinished = 0;
            lastSeq = -1;
        } else {
            position = best.position();
            nodeCount = best.nodeCount();
            System.arraycopy(best.q(), 0, q, 0, nodeCount);
            System.arraycopy(best.n(), 0, n, 0, nodeCount);
            System.arraycopy(best.expanded(), 0, expanded, 0, nodeCount);
            rolloutsFinished = best.rolloutsFinished();
            lastSeq = best.lastSeq();
        }
        snapshot = null;
    }

    private void grow(int size) {
        if (size <= parent.length) {
            return;
        }
        int capacity = Math.max(size, parent.length * 2);
        parent = Arrays.copyOf(parent, capacity);
        children = Arrays.copyOf(children, capacity);
        childCount = Arrays.copyOf(childCount, capacity);
        q = Arrays.copyOf(q, capacity);
        n = Arrays.copyOf(n, capacity);
        expanded = Arrays.copyOf(expanded, capacity);
    }

    private void addChild(int p, int child) {
        int[] list = children[p];
        if (list == null) {
            list = new int[8];
        } else if (childCount[p] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[childCount[p]++] = child;
        children[p] = list;
    }

    private TreeSnapshot freeze() {
        int size = nodeCount;
        int[] childStart = new int[size + 1];
        int[] childList = new int[Math.max(0, size - 1)];
        int used = 0;
        for (int i = 0; i < size; i++) {
            childStart[i] = used;
            // Children come in creation order, so those that exist now are a prefix of the list.
            for (int k = 0; k < childCount[i] && children[i][k] < size; k++) {
                if (used == childList.length) {
                    childList = Arrays.copyOf(childList, Math.max(4, used * 2));
                }
                childList[used++] = children[i][k];
            }
        }
        childStart[size] = used;
        return new TreeSnapshot(infos.subList(0, size).toArray(new NodeInfo[0]), Arrays.copyOf(q, size),
                Arrays.copyOf(n, size), Arrays.copyOf(expanded, size), Arrays.copyOf(parent, size), childStart,
                childList, lastSeq, rolloutsFinished);
    }
}
