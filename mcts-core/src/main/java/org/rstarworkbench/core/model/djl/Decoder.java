package org.rstarworkbench.core.model.djl;

import java.util.List;
import ai.djl.ndarray.NDList;

/**
 * Incremental decoding of a batch of rows: each distinct prompt is read once, its state copied to every row that
 * samples from it, then all rows advance one token per {@link #step(int[])}.
 *
 * <p>Not thread-safe; one decoder serves one generation.
 */
interface Decoder {

    /** A prompt read at batch size one: the network state after it and the logits of the token that follows. */
    record Prefix(NDList state, int length, float[] logits) {
    }

    /** Reads a prompt ({@code tokens} starts with {@link Vocabulary#BOS}). */
    Prefix prefill(int[] tokens);

    /**
     * Starts the batch: the rows of prefix {@code j} are {@code copies[j]} consecutive rows.
     *
     * @param maxSteps the most tokens any row will be fed
     */
    void begin(List<Prefix> prefixes, int[] copies, int maxSteps);

    /**
     * Feeds one token to every live row.
     *
     * @return next-token logits, row-major: rows × vocabulary
     */
    float[] step(int[] tokens);

    /** Keeps only the given rows (ascending indices into the current rows), dropping finished ones. */
    void retain(int[] rows);
}
