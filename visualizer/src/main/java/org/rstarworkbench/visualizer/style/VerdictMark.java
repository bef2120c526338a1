package org.rstarworkbench.visualizer.style;

/**
 * What the peer discriminator said about the trajectory ending at a node, as the app passes it in (the visualizer
 * does not read the discriminator's events itself).
 */
public enum VerdictMark {
    /** The peer checked the trajectory and it passed the agreement test. */
    AGREED,
    /** The peer checked the trajectory and it failed the agreement test. */
    REJECTED,
    /** The trajectory's answer was chosen as the final answer. */
    WINNER
}
