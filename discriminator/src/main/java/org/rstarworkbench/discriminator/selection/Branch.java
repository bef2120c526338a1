package org.rstarworkbench.discriminator.selection;

import java.util.Locale;

/** Which rule of the selection decided the final answer. */
public enum Branch {

    /** There were no candidates; the answer is null. */
    NO_CANDIDATES,

    /** The majority answer's confidence exceeded the threshold; the peer was not consulted. */
    CONFIDENT_MAJORITY,

    /** No trajectory passed the agreement test; the majority answer of the answer-filtered trajectories won. */
    NONE_KEPT,

    /** Exactly one trajectory passed the agreement test; its answer won. */
    ONE_KEPT,

    /** Several trajectories passed; the answer with the best score won. */
    SCORED,

    /** Reference-faithful only: no candidate states the gold answer, so the answer is null (the reference: ""). */
    REFERENCE_NO_CORRECT_CANDIDATE,

    /** Reference-faithful only: several trajectories passed, none states the gold answer; the majority won. */
    REFERENCE_NO_CORRECT_KEPT;

    /** The branch's name in lower case with dashes, e.g. {@code one-kept}, for reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
