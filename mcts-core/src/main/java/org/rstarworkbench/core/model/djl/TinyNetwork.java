package org.rstarworkbench.core.model.djl;

import java.util.List;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/** A tiny network over a {@link Vocabulary}: full-sequence logits for training, and an incremental decoder for sampling. */
sealed interface TinyNetwork permits LstmNetwork, TransformerNetwork {

    /** The parameters the network of these sizes has, in order, with their initialisation. */
    static List<Weights.Spec> specs(Architecture architecture, Dimensions dimensions, int vocabularySize) {
        return switch (architecture) {
            case LSTM -> LstmNetwork.specs(dimensions, vocabularySize);
            case TRANSFORMER -> TransformerNetwork.specs(dimensions, vocabularySize);
        };
    }

    /** The network of these sizes over these weights. */
    static TinyNetwork of(Architecture architecture, Dimensions dimensions, int vocabularySize, Weights weights) {
        return switch (architecture) {
            case LSTM -> new LstmNetwork(dimensions, weights);
            case TRANSFORMER -> new TransformerNetwork(dimensions, weights);
        };
    }

    /**
     * Next-token logits at every position, with gradients when the weights track them.
     *
     * @param tokens int64 token ids, shape (batch, length), right-padded
     * @return float32 logits, shape (batch, length, vocabulary)
     */
    NDArray logits(NDArray tokens);

    /** A decoder that samples through views of the weights that record no gradients; arrays live in {@code manager}. */
    Decoder decoder(NDManager manager);

    /** The longest sequence the decoder can hold, prompt included. */
    int maxLength();
}
