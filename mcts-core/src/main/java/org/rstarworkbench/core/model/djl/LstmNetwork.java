package org.rstarworkbench.core.model.djl;

import java.util.ArrayList;
import java.util.List;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;

/**
 * Embedding → stacked LSTM (PyTorch's fused kernel, gate order i, f, g, o) → linear head. The decoder keeps only
 * the (h, c) state per row, so a step costs the same at any length and a prompt is read once.
 */
final class LstmNetwork implements TinyNetwork {

    private final Dimensions dims;
    private final Weights weights;

    LstmNetwork(Dimensions dims, Weights weights) {
        this.dims = dims;
        this.weights = weights;
    }

    static List<Weights.Spec> specs(Dimensions d, int vocabularySize) {
        List<Weights.Spec> specs = new ArrayList<>();
        int h = d.hidden();
        double bound = 1 / Math.sqrt(h);
        specs.add(new Weights.Spec("embedding", new long[] {vocabularySize, d.embedding()}, Weights.Init.normal(1)));
        for (int l = 0; l < d.layers(); l++) {
            int in = l == 0 ? d.embedding() : h;
            specs.add(new Weights.Spec(layer(l, "w_ih"), new long[] {4L * h, in}, Weights.Init.uniform(bound)));
            specs.add(new Weights.Spec(layer(l, "w_hh"), new long[] {4L * h, h}, Weights.Init.uniform(bound)));
            // A forget-gate bias of 1 lets gradients flow through long prompts from the start.
            Weights.Init uniform = Weights.Init.uniform(bound);
            specs.add(new Weights.Spec(layer(l, "b_ih"), new long[] {4L * h},
                    (r, i) -> i >= h && i < 2 * h ? 1f : uniform.next(r, i)));
            specs.add(new Weights.Spec(layer(l, "b_hh"), new long[] {4L * h}, Weights.Init.constant(0)));
        }
        specs.add(new Weights.Spec("head.weight", new long[] {vocabularySize, h}, Weights.Init.uniform(bound)));
        specs.add(new Weights.Spec("head.bias", new long[] {vocabularySize}, Weights.Init.constant(0)));
        return specs;
    }

    private static String layer(int l, String name) {
        return "lstm." + l + "." + name;
    }

    @Override
    public NDArray logits(NDArray tokens) {
        return run(weights, tokens, null).head();
    }

    @Override
    public Decoder decoder(NDManager manager) {
        return new LstmDecoder(weights.detached(manager), manager);
    }

    @Override
    public int maxLength() {
        return Integer.MAX_VALUE;
    }

    /** Logits for every position and the final (h, c); {@code state} null means zeros. */
    private NDList run(Weights w, NDArray tokens, NDList state) {
        NDArray x = Embedding.embedding(tokens, w.get("embedding"), SparseFormat.DENSE).head();
        NDList params = new NDList();
        for (int l = 0; l < dims.layers(); l++) {
            for (String p : new String[] {"w_ih", "w_hh", "b_ih", "b_hh"}) {
                params.add(w.get(layer(l, p)));
            }
        }
        if (state == null) {
            Shape shape = new Shape(dims.layers(), tokens.getShape().get(0), dims.hidden());
            state = new NDList(x.getManager().zeros(shape), x.getManager().zeros(shape));
        }
        NDList out = x.getNDArrayInternal().lstm(x, state, params, true, dims.layers(), 0, false, false, true);
        NDArray logits = Linear.linear(out.get(0), w.get("head.weight"), w.get("head.bias")).head();
        return new NDList(logits, out.get(1), out.get(2));
    }

    /** Decoding state: (h, c), each (layers, rows, hidden). */
    private final class LstmDecoder implements Decoder {
        private final Weights w;
        private final NDManager manager;
        private NDArray h;
        private NDArray c;

        LstmDecoder(Weights w, NDManager manager) {
            this.w = w;
            this.manager = manager;
        }

        @Override
        public Prefix prefill(int[] tokens) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray input = scope.create(toLongs(tokens), new Shape(1, tokens.length));
                NDList out = run(w, input, null);
                float[] last = out.head().get(new NDIndex(":, -1, :")).toFloatArray();
                NDList state = new NDList(out.get(1), out.get(2));
                state.attach(manager);
                return new Prefix(state, tokens.length, last);
            }
        }

        @Override
        public void begin(List<Prefix> prefixes, int[] copies, int maxSteps) {
            if (h != null) {
                h.close();
                c.close();
            }
            NDList hs = new NDList();
            NDList cs = new NDList();
            for (int j = 0; j < prefixes.size(); j++) {
                hs.add(prefixes.get(j).state().get(0).repeat(1, copies[j]));
                cs.add(prefixes.get(j).state().get(1).repeat(1, copies[j]));
            }
            h = NDArrays.concat(hs, 1);
            c = NDArrays.concat(cs, 1);
            hs.close();
            cs.close();
        }

        @Override
        public float[] step(int[] tokens) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray input = scope.create(toLongs(tokens), new Shape(tokens.length, 1));
                NDList out = run(w, input, new NDList(h, c));
                float[] logits = out.head().toFloatArray();
                replace(out.get(1), out.get(2));
                return logits;
            }
        }

        @Override
        public void retain(int[] rows) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray index = scope.create(toLongs(rows));
                replace(h.get(new NDIndex(":, {}", index)), c.get(new NDIndex(":, {}", index)));
            }
        }

        private void replace(NDArray newH, NDArray newC) {
            newH.attach(manager);
            newC.attach(manager);
            h.close();
            c.close();
            h = newH;
            c = newC;
        }
    }

    static long[] toLongs(int[] values) {
        long[] longs = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            longs[i] = values[i];
        }
        return longs;
    }
}
