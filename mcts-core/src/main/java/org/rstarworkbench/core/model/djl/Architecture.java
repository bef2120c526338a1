package org.rstarworkbench.core.model.djl;

/** The network kinds of the bundled tiny models; the two peers of an rStar run should be of different kinds. */
public enum Architecture {
    /** An LSTM: the prompt is read once, then each step costs the same whatever the length so far. */
    LSTM,
    /**
     * A small causal (decoder-only, pre-norm) transformer with learned positions; generation keeps each layer's keys
     * and values, so a step attends to the cache instead of recomputing the prefix.
     */
    TRANSFORMER
}
