package org.rstarworkbench.core.model;

/**
 * Sampling settings of one request.
 *
 * @param temperature 0 for greedy decoding, otherwise the softmax temperature (the reference uses 0.8)
 * @param topP        nucleus mass in (0, 1]
 * @param topK        the number of most likely tokens kept, or 0 or less for no limit (the reference uses 40)
 * @param seed        the sampling seed, or null to let the backend choose
 */
public record Sampling(double temperature, double topP, int topK, Long seed) {

    /** The reference rStar generator's settings: temperature 0.8, top-p 0.95, top-k 40. */
    public static final Sampling REFERENCE = new Sampling(0.8, 0.95, 40, null);

    /** Greedy decoding. */
    public static final Sampling GREEDY = new Sampling(0.0, 1.0, 0, null);

    public Sampling {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be a finite number >= 0, was " + temperature);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1], was " + topP);
        }
    }

    public Sampling withSeed(Long newSeed) {
        return new Sampling(temperature, topP, topK, newSeed);
    }
}
