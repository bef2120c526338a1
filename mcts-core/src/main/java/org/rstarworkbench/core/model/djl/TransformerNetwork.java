package org.rstarworkbench.core.model.djl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Embedding;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;

/**
 * A pre-norm causal transformer (GPT-2 layout): token + learned position embeddings, {@code layers} blocks of
 * multi-head self-attention and a GELU feed-forward block, a final layer norm and a linear head. Attention is written
 * with plain array operations so that decoding can keep every layer's keys and values (DJL's attention block keeps
 * none): a prompt is read once, and each new token attends to the cache instead of recomputing the prefix.
 */
final class TransformerNetwork implements TinyNetwork {

    static final float MASKED = -1e9f;

    private final Dimensions dims;
    private final Weights weights;
    private final int headSize;
    private final float scale;

    TransformerNetwork(Dimensions dims, Weights weights) {
        this.dims = dims;
        this.weights = weights;
        this.headSize = dims.hidden() / dims.heads();
        this.scale = (float) (1 / Math.sqrt(headSize));
    }

    static List<Weights.Spec> specs(Dimensions d, int vocabularySize) {
        int w = d.hidden();
        Weights.Init normal = Weights.Init.normal(0.02);
        // GPT-2 scales the residual projections down with depth so the residual stream starts small.
        Weights.Init residual = Weights.Init.normal(0.02 / Math.sqrt(2.0 * d.layers()));
        Weights.Init zero = Weights.Init.constant(0);
        Weights.Init one = Weights.Init.constant(1);
        List<Weights.Spec> specs = new ArrayList<>();
        specs.add(new Weights.Spec("token_embedding", new long[] {vocabularySize, w}, normal));
        specs.add(new Weights.Spec("position_embedding", new long[] {d.context(), w}, normal));
        for (int l = 0; l < d.layers(); l++) {
            specs.add(new Weights.Spec(block(l, "ln1.gamma"), new long[] {w}, one));
            specs.add(new Weights.Spec(block(l, "ln1.beta"), new long[] {w}, zero));
            specs.add(new Weights.Spec(block(l, "attn.qkv.weight"), new long[] {3L * w, w}, normal));
            specs.add(new Weights.Spec(block(l, "attn.qkv.bias"), new long[] {3L * w}, zero));
            specs.add(new Weights.Spec(block(l, "attn.out.weight"), new long[] {w, w}, residual));
            specs.add(new Weights.Spec(block(l, "attn.out.bias"), new long[] {w}, zero));
            specs.add(new Weights.Spec(block(l, "ln2.gamma"), new long[] {w}, one));
            specs.add(new Weights.Spec(block(l, "ln2.beta"), new long[] {w}, zero));
            specs.add(new Weights.Spec(block(l, "mlp.in.weight"), new long[] {d.feedForward(), w}, normal));
            specs.add(new Weights.Spec(block(l, "mlp.in.bias"), new long[] {d.feedForward()}, zero));
            specs.add(new Weights.Spec(block(l, "mlp.out.weight"), new long[] {w, d.feedForward()}, residual));
            specs.add(new Weights.Spec(block(l, "mlp.out.bias"), new long[] {w}, zero));
        }
        specs.add(new Weights.Spec("ln_f.gamma", new long[] {w}, one));
        specs.add(new Weights.Spec("ln_f.beta", new long[] {w}, zero));
        specs.add(new Weights.Spec("head.weight", new long[] {vocabularySize, w}, normal));
        specs.add(new Weights.Spec("head.bias", new long[] {vocabularySize}, zero));
        return specs;
    }

    private static String block(int l, String name) {
        return "block." + l + "." + name;
    }

    @Override
    public NDArray logits(NDArray tokens) {
        return forward(weights, tokens, null);
    }

    @Override
    public Decoder decoder(NDManager manager) {
        return new CachedDecoder(weights.detached(manager), manager);
    }

    @Override
    public int maxLength() {
        return dims.context();
    }

    /**
     * The whole sequence at once under a causal mask; when {@code cache} is given, each layer's keys and values
     * (batch, heads, length, head size) are added to it in turn.
     */
    private NDArray forward(Weights w, NDArray tokens, NDList cache) {
        NDManager m = tokens.getManager();
        int batch = (int) tokens.getShape().get(0);
        int length = (int) tokens.getShape().get(1);
        NDArray positions = m.arange(0, length, 1, DataType.INT64);
        NDArray x = embed(w, tokens, positions);
        NDArray mask = m.create(causalMask(length), new Shape(length, length));
        for (int l = 0; l < dims.layers(); l++) {
            NDArray[] qkv = splitHeads(w, l, x, batch, length);
            if (cache != null) {
                cache.add(qkv[1]);
                cache.add(qkv[2]);
            }
            NDArray attended = attend(qkv[0], qkv[1], qkv[2], mask, batch, length);
            x = feedForward(w, l, x.add(project(w, l, attended)));
        }
        return head(w, x);
    }

    private NDArray embed(Weights w, NDArray tokens, NDArray positions) {
        NDArray t = Embedding.embedding(tokens, w.get("token_embedding"), SparseFormat.DENSE).head();
        NDArray p = Embedding.embedding(positions, w.get("position_embedding"), SparseFormat.DENSE).head();
        return t.add(p);
    }

    /** Query, key and value of layer {@code l}, each (batch, heads, length, head size). */
    private NDArray[] splitHeads(Weights w, int l, NDArray x, int batch, int length) {
        NDArray h = norm(x, w, block(l, "ln1"));
        NDArray qkv = Linear.linear(h, w.get(block(l, "attn.qkv.weight")), w.get(block(l, "attn.qkv.bias"))).head()
                .reshape(batch, length, 3, dims.heads(), headSize).transpose(2, 0, 3, 1, 4);
        return new NDArray[] {qkv.get(0), qkv.get(1), qkv.get(2)};
    }

    /** Softmax(q kᵀ / √d + mask) v, back to (batch, length, width). */
    private NDArray attend(NDArray q, NDArray k, NDArray v, NDArray mask, int batch, int length) {
        NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).muli(scale).addi(mask);
        return scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(batch, length, dims.hidden());
    }

    private NDArray project(Weights w, int l, NDArray attended) {
        return Linear.linear(attended, w.get(block(l, "attn.out.weight")), w.get(block(l, "attn.out.bias"))).head();
    }

    private NDArray feedForward(Weights w, int l, NDArray x) {
        NDArray h = norm(x, w, block(l, "ln2"));
        h = Activation.gelu(Linear.linear(h, w.get(block(l, "mlp.in.weight")), w.get(block(l, "mlp.in.bias")))
                .head());
        return x.add(Linear.linear(h, w.get(block(l, "mlp.out.weight")), w.get(block(l, "mlp.out.bias"))).head());
    }

    private NDArray head(Weights w, NDArray x) {
        return Linear.linear(norm(x, w, "ln_f"), w.get("head.weight"), w.get("head.bias")).head();
    }

    private NDArray norm(NDArray x, Weights w, String prefix) {
        return LayerNorm.layerNorm(x, new Shape(dims.hidden()), w.get(prefix + ".gamma"), w.get(prefix + ".beta"),
                1e-5f).head();
    }

    private static float[] causalMask(int length) {
        float[] mask = new float[length * length];
        for (int i = 0; i < length; i++) {
            for (int j = i + 1; j < length; j++) {
                mask[i * length + j] = MASKED;
            }
        }
        return mask;
    }

    /**
     * Keys and values of every layer in preallocated caches (rows, heads, prompt + steps, head size). Prompts of
     * different lengths are right-aligned at the same column, their left padding masked out; row r's next position
     * is {@code positions[r]}. A step writes one column in place and attends over the columns written so far.
     */
    private final class CachedDecoder implements Decoder {
        private final Weights w;
        private final NDManager manager;
        private final NDArray[] keys = new NDArray[dims.layers()];
        private final NDArray[] values = new NDArray[dims.layers()];
        private NDArray mask;
        private int[] positions;
        private int column;

        CachedDecoder(Weights w, NDManager manager) {
            this.w = w;
            this.manager = manager;
        }

        @Override
        public Prefix prefill(int[] tokens) {
            try (NDManager scope = manager.newSubManager()) {
                NDArray input = scope.create(LstmNetwork.toLongs(tokens), new Shape(1, tokens.length));
                NDList cache = new NDList();
                NDArray logits = forward(w, input, cache);
                float[] last = logits.get(new NDIndex(":, -1, :")).toFloatArray();
                cache.attach(manager);
                return new Prefix(cache, tokens.length, last);
            }
        }

        @Override
        public void begin(List<Prefix> prefixes, int[] copies, int maxSteps) {
            int rows = 0;
            int longest = 0;
            for (int j = 0; j < prefixes.size(); j++) {
                rows += copies[j];
                longest = Math.max(longest, prefixes.get(j).length());
            }
            int columns = longest + maxSteps;
            if (mask != null) {
                mask.close();
                Arrays.stream(keys).forEach(NDArray::close);
                Arrays.stream(values).forEach(NDArray::close);
            }
            Shape shape = new Shape(rows, dims.heads(), columns, headSize);
            float[] maskValues = new float[rows * columns];
            positions = new int[rows];
            for (int l = 0; l < dims.layers(); l++) {
                keys[l] = manager.zeros(shape);
                values[l] = manager.zeros(shape);
            }
            int row = 0;
            for (int j = 0; j < prefixes.size(); j++) {
                Prefix prefix = prefixes.get(j);
                int start = longest - prefix.length();
                NDIndex block = new NDIndex("{}:{}, :, {}:{}, :", row, row + copies[j], start, longest);
                for (int l = 0; l < dims.layers(); l++) {
                    keys[l].set(block, prefix.state().get(2 * l));
                    values[l].set(block, prefix.state().get(2 * l + 1));
                }
                for (int r = row; r < row + copies[j]; r++) {
                    positions[r] = prefix.length();
                    Arrays.fill(maskValues, r * columns, r * columns + start, MASKED);
                }
                row += copies[j];
            }
            mask = manager.create(maskValues, new Shape(rows, 1, 1, columns));
            column = longest;
        }

        @Override
        public float[] step(int[] tokens) {
            int rows = tokens.length;
            try (NDManager scope = manager.newSubManager()) {
                NDArray input = scope.create(LstmNetwork.toLongs(tokens), new Shape(rows, 1));
                NDArray at = scope.create(LstmNetwork.toLongs(positions), new Shape(rows, 1));
                NDArray x = embed(w, input, at);
                NDIndex written = new NDIndex(":, :, :{}", column + 1);
                NDIndex current = new NDIndex(":, :, {}:{}", column, column + 1);
                NDArray visible = mask.get(new NDIndex(":, :, :, :{}", column + 1));
                for (int l = 0; l < dims.layers(); l++) {
                    NDArray[] qkv = splitHeads(w, l, x, rows, 1);
                    keys[l].set(current, qkv[1]);
                    values[l].set(current, qkv[2]);
                    NDArray attended = attend(qkv[0], keys[l].get(written), values[l].get(written), visible, rows, 1);
                    x = feedForward(w, l, x.add(project(w, l, attended)));
                }
                float[] logits = head(w, x).toFloatArray();
                column++;
                for (int r = 0; r < rows; r++) {
                    positions[r]++;
                }
                return logits;
            }
        }

        @Override
        public void retain(int[] rows) {
            try (NDManager scope = manager.newSubManager()) {
                NDIndex keep = new NDIndex("{}", scope.create(LstmNetwork.toLongs(rows)));
                for (int l = 0; l < dims.layers(); l++) {
                    keys[l] = swap(keys[l], keys[l].get(keep));
                    values[l] = swap(values[l], values[l].get(keep));
                }
                mask = swap(mask, mask.get(keep));
            }
            int[] kept = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                kept[i] = positions[rows[i]];
            }
            positions = kept;
        }

        private NDArray swap(NDArray old, NDArray replacement) {
            replacement.attach(manager);
            old.close();
            return replacement;
        }
    }
}
