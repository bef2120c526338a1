package org.rstarworkbench.core.model.djl;

import java.util.List;
import java.util.Map;
import ai.djl.ndarray.index.NDIndex;

/** Small untrained models of both architectures, for tests that need a network but not a trained one. */
final class TestModels {

    static final Vocabulary VOCABULARY = Vocabulary.characters(List.of());

    private TestModels() {
    }

    static ModelCard card(Architecture architecture) {
        Dimensions dims = architecture == Architecture.LSTM
                ? Dimensions.lstm(16, 48, 2, 256)
                : Dimensions.transformer(32, 2, 2, 256);
        return new ModelCard("test-" + architecture.name().toLowerCase(), architecture, dims, VOCABULARY.chars(), 0,
                ModelCard.WEIGHTS_FILE, Map.of("data", "none: untrained test weights"));
    }

    static TinyModel untrained(Architecture architecture, long seed) {
        return TinyModel.initialize(card(architecture), seed);
    }

    /** Shifts the end-of-sequence logit: -1e4 means the model never stops by itself, +1e4 that it stops at once. */
    static TinyModel biasEndOfSequence(TinyModel model, float bias) {
        model.weights().get("head.bias").set(new NDIndex(Vocabulary.EOS), bias);
        return model;
    }
}
