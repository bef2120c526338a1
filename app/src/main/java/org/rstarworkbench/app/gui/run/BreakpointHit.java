package org.rstarworkbench.app.gui.run;

import java.util.Objects;

/**
 * A breakpoint that fired: which one, on which node, at which event.
 *
 * @param kind   which breakpoint
 * @param seq    the event that made it fire
 * @param nodeId the node it fired on: the new node, or the rollout's end node
 * @param detail what happened, one line, e.g. "A3 created node #12 (sub-question)"
 */
public record BreakpointHit(Kind kind, long seq, int nodeId, String detail) {

    /** The three kinds of breakpoint. */
    public enum Kind {
        /** A node of a chosen action kind was created. */
        ACTION("action"),
        /** A node's value fell below the threshold. */
        LOW_VALUE("low value"),
        /** A rollout ended with an answer other than the leading one. */
        OTHER_ANSWER("other answer");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the status bar names it. */
        public String label() {
            return label;
        }
    }

    public BreakpointHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** "Breakpoint (action): A3 created node #12 (sub-question)". */
    public String describe() {
        return "Breakpoint (" + kind.label() + "): " + detail;
    }
}
