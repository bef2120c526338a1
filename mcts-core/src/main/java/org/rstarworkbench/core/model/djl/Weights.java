package org.rstarworkbench.core.model.djl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.rstarworkbench.core.model.ModelException;

/**
 * A network's parameters: named float32 arrays in a fixed order, initialised from a seed in Java (so a seed gives the
 * same network whatever the engine's own random state) and saved as safetensors.
 *
 * <p>Not thread-safe while training; reading is safe.
 */
public final class Weights {

    /** One parameter: its name, shape and how to initialise it. */
    public record Spec(String name, long[] shape, Init init) {
        public long size() {
            return Arrays.stream(shape).reduce(1, Math::multiplyExact);
        }
    }

    /** Draws the initial value of element {@code index} (in row-major order) of a parameter. */
    @FunctionalInterface
    public interface Init {
        float next(SplittableRandom random, int index);

        /** Uniform in [-bound, bound]. */
        static Init uniform(double bound) {
            return (r, i) -> (float) ((r.nextDouble() * 2 - 1) * bound);
        }

        /** Normal with mean 0. */
        static Init normal(double std) {
            return (r, i) -> (float) (gaussian(r) * std);
        }

        /** A constant. */
        static Init constant(float value) {
            return (r, i) -> value;
        }

        private static double gaussian(SplittableRandom r) {
            double u = 1 - r.nextDouble();
            return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
        }
    }

    private final Map<String, NDArray> arrays;

    private Weights(Map<String, NDArray> arrays) {
        this.arrays = Collections.unmodifiableMap(arrays);
    }

    /** Fresh parameters in the manager, drawn in spec order from {@code seed}. */
    public static Weights initialize(NDManager manager, List<Spec> specs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        for (Spec spec : specs) {
            float[] values = new float[Math.toIntExact(spec.size())];
            for (int i = 0; i < values.length; i++) {
                values[i] = spec.init().next(random, i);
            }
            NDArray array = manager.create(values, new Shape(spec.shape()));
            array.setName(spec.name());
            arrays.put(spec.name(), array);
        }
        return new Weights(arrays);
    }

    /**
     * Reads safetensors weights and checks them against the specs.
     *
     * @throws ModelException naming the source and the parameter when one is missing or of the wrong shape
     */
    public static Weights read(NDManager manager, InputStream in, List<Spec> specs, String source)
            throws ModelException {
        NDList list;
        try {
            list = NDList.decode(manager, in);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ModelException(source + ": not a safetensors weights file: " + e.getMessage(), e);
        }
        Map<String, NDArray> byName = new LinkedHashMap<>();
        for (NDArray array : list) {
            byName.put(array.getName(), array);
        }
        Map<String, NDArray> arrays = new LinkedHashMap<>();
        for (Spec spec : specs) {
            NDArray array = byName.remove(spec.name());
            if (array == null) {
                throw new ModelException(source + ": parameter '" + spec.name() + "' is missing; the weights do not "
                        + "match the model card's architecture or dimensions");
            }
            if (!array.getShape().equals(new Shape(spec.shape())) || array.getDataType() != DataType.FLOAT32) {
                throw new ModelException(source + ": parameter '" + spec.name() + "' is " + array.getDataType() + " "
                        + array.getShape() + ", the model card implies float32 " + new Shape(spec.shape()));
            }
            arrays.put(spec.name(), array);
        }
        if (!byName.isEmpty()) {
            throw new ModelException(source + ": unexpected parameters " + byName.keySet()
                    + "; the weights do not match the model card");
        }
        return new Weights(arrays);
    }

    /** Writes the parameters as safetensors. */
    public void write(OutputStream out) throws IOException {
        NDList list = new NDList(arrays.size());
        arrays.values().forEach(list::add);
        list.encode(out, NDList.Encoding.SAFETENSORS);
    }

    /** The parameter of that name. */
    public NDArray get(String name) {
        NDArray array = arrays.get(name);
        if (array == null) {
            throw new IllegalArgumentException("no parameter named " + name);
        }
        return array;
    }

    /** All parameters, named, in spec order. */
    public Map<String, NDArray> all() {
        return arrays;
    }

    /** The number of scalar parameters. */
    public long count() {
        return arrays.values().stream().mapToLong(NDArray::size).sum();
    }

    /**
     * Views of the parameters that autograd does not track, attached to {@code manager}: inference through them
     * records no graph, whatever the thread's gradient mode.
     */
    public Weights detached(NDManager manager) {
        Map<String, NDArray> views = new LinkedHashMap<>();
        arrays.forEach((name, array) -> {
            NDArray view = array.stopGradient();
            view.attach(manager);
            views.put(name, view);
        });
        return new Weights(views);
    }
}
