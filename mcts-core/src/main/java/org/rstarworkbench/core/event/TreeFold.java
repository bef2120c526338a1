package org.rstarworkbench.core.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search tree rebuilt from events: apply events in sequence order and read the tree as it stood after the last
 * one applied. Timeline scrubbing, replay and stored runs all use it, so the tree at event {@code k} is exactly the
 * fold of events {@code 0..k}.
 *
 * <p>Not thread-safe; views fold on their own thread.
 */
public final class TreeFold {

    /** A node as the fold knows it: its snapshot, children, statistics. */
    public static final class Node {
        private final NodeInfo info;
        private final List<Integer> children = new ArrayList<>();
        private double q;
        private int n;
        private boolean expanded;

        Node(NodeInfo info) {
            this.info = info;
        }

        public NodeInfo info() {
            return info;
        }

        public List<Integer> children() {
            return Collections.unmodifiableList(children);
        }

        public double q() {
            return q;
        }

        public int n() {
            return n;
        }

        public boolean isExpanded() {
            return expanded;
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    private long lastSeq = -1;
    private int rolloutsFinished;

    /** Folds every event of a list. */
    public static TreeFold of(List<? extends SearchEvent> events) {
        TreeFold fold = new TreeFold();
        events.forEach(fold::apply);
        return fold;
    }

    /** Applies one event; events must come in sequence order. */
    public void apply(SearchEvent event) {
        if (event.seq() <= lastSeq) {
            throw new IllegalArgumentException("event " + event.seq() + " came after event " + lastSeq
                    + "; events must be applied in sequence order");
        }
        lastSeq = event.seq();
        if (event instanceof NodeCreated created) {
            NodeInfo info = created.node();
            nodes.put(info.id(), new Node(info));
            Node parent = nodes.get(info.parentId());
            if (parent != null) {
                parent.children.add(info.id());
            }
        } else if (event instanceof Expanded expanded) {
            node(expanded.nodeId()).expanded = true;
        } else if (event instanceof Backpropagated back) {
            for (int id : back.path()) {
                Node node = node(id);
                node.q += back.reward();
                node.n += 1;
            }
        } else if (event instanceof RolloutFinished) {
            rolloutsFinished++;
        }
    }

    private Node node(int id) {
        Node node = nodes.get(id);
        if (node == null) {
            throw new IllegalArgumentException("an event names node " + id + ", which no earlier event created");
        }
        return node;
    }

    /** The node with this id, or null. */
    public Node get(int id) {
        return nodes.get(id);
    }

    /** Every node, in creation order (the root first). */
    public Map<Integer, Node> nodes() {
        return Collections.unmodifiableMap(nodes);
    }

    /** The sequence number of the last event applied, or -1. */
    public long lastSeq() {
        return lastSeq;
    }

    public int rolloutsFinished() {
        return rolloutsFinished;
    }
}
