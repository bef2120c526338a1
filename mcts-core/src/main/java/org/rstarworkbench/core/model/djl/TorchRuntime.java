package org.rstarworkbench.core.model.djl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts DJL's PyTorch engine the one way this project allows: offline, CPU, with the native library taken from the
 * {@code pytorch-native-cpu} jar on the class path, and with thread settings for a small machine.
 *
 * <p>Everything here must happen before DJL's {@code Engine} class initialises, because DJL reads these settings once:
 * <ul>
 *   <li>{@code ai.djl.offline=true} (and {@code OPT_OUT_TRACKING=true}): DJL never downloads a native library and
 *       never calls home; a missing native jar is then an error instead of a download.</li>
 *   <li>Native library: DJL copies {@code libtorch} (about 450 MB on Linux) out of the jar into a cache folder
 *       on first use, then reuses it. The folder is {@code <cache>/pytorch/<version>-cpu-<os>}, where
 *       {@code <cache>} is DJL's {@code ENGINE_CACHE_DIR} (environment variable or system property), else
 *       {@code DJL_CACHE_DIR}, else {@code ~/.djl.ai}; {@link #useCacheDir(Path)} sets it from code.</li>
 *   <li>Threads: {@code ai.djl.pytorch.num_threads} (intra-op) defaults to {@link #DEFAULT_INTRA_OP_THREADS} and
 *       {@code ai.djl.pytorch.num_interop_threads} to 1; values set by the user (system properties) win. Measured
 *       on 2 cores with the ~1 M-parameter models (32 rows × 100 tokens): a second thread makes sampling 1.3 to 1.6
 *       times faster on a quiet machine, but when anything else needs a core (the GUI, a build) the two OpenMP
 *       threads wait on each other and a call can become ten times slower; one thread stays steady. Training, which
 *       has the machine to itself and does larger products, should ask for every core with
 *       {@link #useIntraOpThreads(int)}.</li>
 * </ul>
 *
 * <p>Threading: {@link #start()} may be called from any thread, any number of times.
 */
public final class TorchRuntime {

    /** Intra-op threads used unless {@code ai.djl.pytorch.num_threads} is set: steady under load on 2 cores. */
    public static final int DEFAULT_INTRA_OP_THREADS = 1;

    private static final Logger LOG = LoggerFactory.getLogger(TorchRuntime.class);
    private static final String ENGINE = "PyTorch";
    private static Engine engine;

    private TorchRuntime() {
    }

    /**
     * Sets the folder the native library is unpacked into (DJL's {@code ENGINE_CACHE_DIR}), unless the environment
     * already sets one. Only effective before the engine starts.
     */
    public static synchronized void useCacheDir(Path dir) {
        if (engine != null) {
            LOG.warn("The PyTorch engine has already started; the cache folder {} takes effect on the next start", dir);
        }
        if (System.getenv("ENGINE_CACHE_DIR") == null) {
            System.setProperty("ENGINE_CACHE_DIR", dir.toAbsolutePath().toString());
        }
    }

    /**
     * Sets the engine's intra-op threads (for training: the number of cores). Only effective before the engine
     * starts; logs a warning otherwise.
     */
    public static synchronized void useIntraOpThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (engine != null) {
            LOG.warn("The PyTorch engine has already started with {} intra-op thread(s); {} takes effect on the next "
                    + "start", intraOpThreads(), threads);
            return;
        }
        System.setProperty("ai.djl.pytorch.num_threads", Integer.toString(threads));
    }

    /** The intra-op threads the engine uses (or will use). */
    public static int intraOpThreads() {
        return Integer.getInteger("ai.djl.pytorch.num_threads", DEFAULT_INTRA_OP_THREADS);
    }

    /** Starts the engine once (offline, CPU) and returns it. */
    public static synchronized Engine start() {
        if (engine == null) {
            configure();
            explainNativeLibrary();
            engine = Engine.getEngine(ENGINE);
            LOG.debug("DJL {} on PyTorch {} started, offline", Engine.getDjlVersion(), engine.getVersion());
        }
        return engine;
    }

    /**
     * The machine and runtime in one line, for model cards: OS, cores, Java, DJL and PyTorch versions, intra-op
     * threads. Starts the engine.
     */
    public static String describe() {
        Engine e = start();
        return System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", DJL " + Engine.getDjlVersion() + ", PyTorch " + e.getVersion() + ", "
                + intraOpThreads() + " intra-op thread(s)";
    }

    /** A new root manager on the CPU; the caller closes it. */
    public static NDManager newManager() {
        return NDManager.newBaseManager(Device.cpu(), start().getEngineName());
    }

    private static void configure() {
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
        setIfAbsent("ai.djl.default_engine", ENGINE);
        setIfAbsent("ai.djl.pytorch.num_threads", Integer.toString(DEFAULT_INTRA_OP_THREADS));
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        // The graph optimizer concerns TorchScript models only; this backend runs none.
        setIfAbsent("ai.djl.pytorch.graph_optimizer", "false");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void explainNativeLibrary() {
        Properties lib = new Properties();
        ClassLoader loader = TorchRuntime.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("native/lib/pytorch.properties")) {
            if (in == null) {
                throw new IllegalStateException("The PyTorch native library jar (ai.djl.pytorch:pytorch-native-cpu "
                        + "with this platform's classifier) is not on the class path; this build never downloads it");
            }
            lib.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the PyTorch native library description: " + e.getMessage(), e);
        }
        String build = lib.getProperty("version", "");
        String version = build.replaceFirst("-\\d+$", "");
        Path dir = cacheDir().resolve("pytorch")
                .resolve(build + "-" + lib.getProperty("flavor") + "-" + lib.getProperty("classifier"));
        if (Files.isDirectory(dir)) {
            LOG.debug("PyTorch {} native library: reusing {}", version, dir);
        } else {
            LOG.info("First use of the PyTorch {} native library: unpacking it (several hundred MB) from the "
                    + "pytorch-native-cpu jar into {} once; set ENGINE_CACHE_DIR to put it elsewhere", version, dir);
        }
    }

    private static Path cacheDir() {
        for (String key : new String[] {"ENGINE_CACHE_DIR", "DJL_CACHE_DIR"}) {
            String value = System.getenv(key) != null ? System.getenv(key) : System.getProperty(key);
            if (value != null && !value.isEmpty()) {
                return Paths.get(value);
            }
        }
        Path home = Paths.get(System.getProperty("user.home"));
        return (Files.isWritable(home) ? home : Paths.get(System.getProperty("java.io.tmpdir"))).resolve(".djl.ai");
    }
}
