package org.rstarworkbench.visualizer.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.TreeFold;

/**
 * The search tree at one event, frozen: every node created so far with its Q, N and children in creation order.
 * Nodes are addressed by index, their position in creation order (the root is index 0); {@link #indexOf(int)} maps a
 * node id to its index.
 *
 * <p>Immutable and thread-safe: made on the view's thread, laid out and drawn on a background thread.
 */
public final class TreeSnapshot {

    /** The tree before any node was created. */
    public static final TreeSnapshot EMPTY = new TreeSnapshot(new NodeInfo[0], new double[0], new int[0],
            new boolean[0], new int[0], new int[] {0}, new int[0], -1, 0);

    private final NodeInfo[] infos;
    private final double[] q;
    private final int[] n;
    private final boolean[] expanded;
    private final int[] parent;
    private final int[] childStart;
    private final int[] childList;
    private final Map<Integer, Integer> indexById;
    private final long lastSeq;
    private final int rolloutsFinished;

    /**
     * Takes ownership of the arrays; {@code childStart}/{@code childList} hold the children of node {@code i} at
     * {@code childList[childStart[i] .. childStart[i + 1])}, in creation order.
     */
    TreeSnapshot(NodeInfo[] infos, double[] q, int[] n, boolean[] expanded, int[] parent, int[] childStart,
                 int[] childList, long lastSeq, int rolloutsFinished) {
        this.infos = infos;
        this.q = q;
        this.n = n;
        this.expanded = expanded;
        this.parent = parent;
        this.childStart = childStart;
        this.childList = childList;
        this.lastSeq = lastSeq;
        this.rolloutsFinished = rolloutsFinished;
        this.indexById = new HashMap<>(Math.max(16, infos.length * 2));
        for (int i = 0; i < infos.length; i++) {
            indexById.put(infos[i].id(), i);
        }
    }

    /** The tree a fold holds now. */
    public static TreeSnapshot of(TreeFold fold) {
        List<TreeFold.Node> nodes = new ArrayList<>(fold.nodes().values());
        int size = nodes.size();
        NodeInfo[] infos = new NodeInfo[size];
        double[] q = new double[size];
        int[] n = new int[size];
        boolean[] expanded = new boolean[size];
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < size; i++) {
            TreeFold.Node node = nodes.get(i);
            infos[i] = node.info();
            q[i] = node.q();
            n[i] = node.n();
            expanded[i] = node.isExpanded();
            index.put(node.info().id(), i);
        }
        int[] parent = new int[size];
        int[] childStart = new int[size + 1];
        int[] childList = new int[Math.max(0, size - 1)];
        int used = 0;
        for (int i = 0; i < size; i++) {
            Integer p = index.get(infos[i].parentId());
            parent[i] = p == null ? -1 : p;
            childStart[i] = used;
            for (int childId : nodes.get(i).children()) {
                if (used == childList.length) {
                    childList = Arrays.copyOf(childList, Math.max(4, used * 2));
                }
                childList[used++] = index.get(childId);
            }
        }
        childStart[size] = used;
        return new TreeSnapshot(infos, q, n, expanded, parent, childStart, childList, fold.lastSeq(),
                fold.rolloutsFinished());
    }

    /** How many nodes the tree has. */
    public int size() {
        return infos.length;
    }

    /** Whether no node exists yet. */
    public boolean isEmpty() {
        return infos.length == 0;
    }

    /** The index of the node with this id, or -1. */
    public int indexOf(int id) {
        Integer i = indexById.get(id);
        return i == null ? -1 : i;
    }

    /** Whether a node with this id exists. */
    public boolean contains(int id) {
        return indexById.containsKey(id);
    }

    public NodeInfo info(int index) {
        return infos[index];
    }

    public int id(int index) {
        return infos[index].id();
    }

    /** The node's total reward. */
    public double q(int index) {
        return q[index];
    }

    /** The node's visit count. */
    public int n(int index) {
        return n[index];
    }

    /** Q/N, or NaN for a node never visited. */
    public double meanReward(int index) {
        return n[index] == 0 ? Double.NaN : q[index] / n[index];
    }

    public boolean isExpanded(int index) {
        return expanded[index];
    }

    /** The parent's index, or -1 for the root (and for a node whose parent is unknown). */
    public int parent(int index) {
        return parent[index];
    }

    public int childCount(int index) {
        return childStart[index + 1] - childStart[index];
    }

    /** The index of the {@code k}-th child (creation order) of a node. */
    public int child(int index, int k) {
        return childList[childStart[index] + k];
    }

    /** The node ids from the root down to this node. */
    public List<Integer> pathTo(int index) {
        List<Integer> path = new ArrayList<>();
        for (int at = index; at >= 0; at = parent[at]) {
            path.add(infos[at].id());
        }
        Collections.reverse(path);
        return path;
    }

    /** The largest visit count in the tree, 0 when empty. */
    public int maxVisits() {
        int max = 0;
        for (int v : n) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** The sequence number of the last event folded in, or -1. */
    public long lastSeq() {
        return lastSeq;
    }

    public int rolloutsFinished() {
        return rolloutsFinished;
    }
}
