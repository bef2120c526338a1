package org.rstarworkbench.app.gui;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench's one task executor: every thread the window uses besides the FX thread comes from here. The engine
 * thread runs searches, one at a time; two worker threads run short tasks (tree drawings, node details, store reads).
 * Results and failures are handed back on the FX thread through {@link #fx()}, so view-models change state on one
 * thread only.
 *
 * <p>Threads are daemons: a window closed in the middle of a run does not keep the process alive.
 */
public final class TaskExecutor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TaskExecutor.class);

    private final ExecutorService engine = Executors.newSingleThreadExecutor(named("rstar-engine"));
    private final ExecutorService workers = Executors.newFixedThreadPool(2, named("rstar-worker"));
    private final Executor fx;

    /**
     * @param fx runs the callbacks on the view's thread: {@code Platform::runLater} in the app; in view-model tests
     *           a queue the test drains
     */
    public TaskExecutor(Executor fx) {
        this.fx = Objects.requireNonNull(fx, "fx");
    }

    /** The executor of the running JavaFX application. */
    public static TaskExecutor forJavaFx() {
        return new TaskExecutor(Platform::runLater);
    }

    /** Runs work on the FX thread (later). */
    public Executor fx() {
        return fx;
    }

    /** The worker threads, for components that schedule their own short tasks (the tree view's drawings). */
    public Executor workers() {
        return workers;
    }

    /**
     * Runs a short task on a worker thread, then {@code onDone} with its result or {@code onError} with its failure
     * on the FX thread.
     */
    public <T> Future<?> submit(Callable<T> task, Consumer<? super T> onDone, Consumer<Throwable> onError) {
        return workers.submit(wrap(task, onDone, onError));
    }

    /**
     * Runs a search on the engine thread, then {@code onDone} or {@code onError} on the FX thread. Cancelling the
     * returned future with interruption stops a model call in flight.
     */
    public <T> Future<?> submitEngine(Callable<T> task, Consumer<? super T> onDone, Consumer<Throwable> onError) {
        return engine.submit(wrap(task, onDone, onError));
    }

    private <T> Runnable wrap(Callable<T> task, Consumer<? super T> onDone, Consumer<Throwable> onError) {
        return () -> {
            T result;
            try {
                result = task.call();
            } catch (Throwable t) {
                fx.execute(() -> onError.accept(t));
                return;
            }
            fx.execute(() -> onDone.accept(result));
        };
    }

    /** Stops every thread, interrupting a search in flight; waits a moment for them to end. */
    @Override
    public void close() {
        engine.shutdownNow();
        workers.shutdownNow();
        try {
            if (!engine.awaitTermination(2, TimeUnit.SECONDS) || !workers.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("Background tasks still running after the window closed; they stop with the program.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread t = new Thread(task, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
