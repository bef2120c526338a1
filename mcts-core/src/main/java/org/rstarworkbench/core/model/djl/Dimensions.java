package org.rstarworkbench.core.model.djl;

/**
 * The sizes of a tiny network.
 *
 * @param embedding   width of the character embedding (for the transformer, equal to {@code hidden})
 * @param hidden      LSTM state size, or the transformer's model width
 * @param layers      stacked LSTM or transformer layers
 * @param heads       attention heads (transformer; 0 for the LSTM)
 * @param feedForward inner width of the transformer's feed-forward block (0 for the LSTM)
 * @param context     the longest sequence (prompt and completion, in characters) the model was trained on. The
 *                    transformer cannot go beyond it (longer prompts lose their beginning); the LSTM has no hard
 *                    limit but was never trained past it
 */
public record Dimensions(int embedding, int hidden, int layers, int heads, int feedForward, int context) {

    public Dimensions {
        positive("embedding", embedding);
        positive("hidden", hidden);
        positive("layers", layers);
        positive("context", context);
        if (heads < 0 || feedForward < 0) {
            throw new IllegalArgumentException("heads and feedForward must be >= 0, were " + heads + " and "
                    + feedForward);
        }
    }

    /** An LSTM's sizes. */
    public static Dimensions lstm(int embedding, int hidden, int layers, int context) {
        return new Dimensions(embedding, hidden, layers, 0, 0, context);
    }

    /** A transformer's sizes, with a feed-forward block four times the width. */
    public static Dimensions transformer(int width, int layers, int heads, int context) {
        return new Dimensions(width, width, layers, heads, 4 * width, context);
    }

    /**
     * Checks that these sizes suit the architecture.
     *
     * @throws IllegalArgumentException naming the field when they do not
     */
    public void check(Architecture architecture) {
        if (architecture == Architecture.TRANSFORMER) {
            if (heads < 1 || hidden % heads != 0) {
                throw new IllegalArgumentException("a transformer needs heads >= 1 dividing hidden; hidden=" + hidden
                        + ", heads=" + heads);
            }
            if (embedding != hidden) {
                throw new IllegalArgumentException("a transformer's embedding must equal hidden; embedding="
                        + embedding + ", hidden=" + hidden);
            }
            positive("feedForward", feedForward);
        }
    }

    private static void positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, was " + value);
        }
    }
}
