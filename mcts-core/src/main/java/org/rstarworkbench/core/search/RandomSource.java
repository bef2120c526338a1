package org.rstarworkbench.core.search;

import java.util.SplittableRandom;

/**
 * The search's only source of randomness, consumed exactly where the algorithm contract consumes it: one draw when
 * selection picks among never-visited children, and one per step of simulation. Keeping it behind this interface
 * lets a CPython-compatible generator reproduce the reference's {@code random.choice} sequence.
 *
 * <p>Not thread-safe: one instance per run.
 */
public interface RandomSource {

    /** A uniformly distributed index in {@code [0, bound)}; {@code bound >= 1}. */
    int nextIndex(int bound);

    /** The default source: {@link SplittableRandom} seeded with {@code seed}. */
    static RandomSource seeded(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return random::nextInt;
    }
}
