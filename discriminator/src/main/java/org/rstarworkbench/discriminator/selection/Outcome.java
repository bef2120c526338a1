package org.rstarworkbench.discriminator.selection;

/** What became of one trajectory in the selection. */
public enum Outcome {

    /** The peer checked it and it passed the agreement test. */
    KEPT,

    /** The peer checked it and it failed the agreement test. */
    REJECTED,

    /** Not checked: it states no answer. */
    NO_ANSWER,

    /** Not checked: its answer is longer than the limit. */
    LONG_ANSWER,

    /** Not checked: the answer was decided before the peer was needed. */
    NOT_NEEDED
}
