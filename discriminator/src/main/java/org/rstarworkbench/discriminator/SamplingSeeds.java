package org.rstarworkbench.discriminator;

/**
 * Sampling seeds for the discriminator's and the baselines' requests, derived from a run's seed so that a rerun
 * with the same seed asks the model exactly the same. Each user draws from its own stream, so the peer's seeds never
 * repeat the generator's.
 *
 * <p>Threading: stateless.
 */
public final class SamplingSeeds {

    /** The stream of the peer discriminator's requests. */
    public static final long PEER = 0x5045_4552L;
    /** The stream of the chain-of-thought baselines' requests. */
    public static final long CHAIN_OF_THOUGHT = 0x434F_54L;

    private SamplingSeeds() {
    }

    /** The seed of request {@code index} of a stream, in [0, 2^31) because servers take 32-bit seeds. */
    public static long derive(long runSeed, long stream, long index) {
        long h = runSeed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL;
        h ^= h >>> 31;
        h *= 0xD6E8FEB86659FD93L;
        h ^= h >>> 32;
        h *= 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h & 0x7FFF_FFFFL;
    }
}
