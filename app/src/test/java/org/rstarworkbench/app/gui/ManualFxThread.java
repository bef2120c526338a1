package org.rstarworkbench.app.gui;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Stands in for the FX thread in view-model tests: callbacks queue up here and run on the test's thread when it
 * drains them, so view-models see one thread as they do in the app, without starting JavaFX.
 */
public final class ManualFxThread implements Executor {

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs every callback queued so far. */
    public void runPending() {
        for (Runnable r = queue.poll(); r != null; r = queue.poll()) {
            r.run();
        }
    }

    /**
     * Runs callbacks as they arrive, and {@code eachTurn} after each wait (e.g. the view's pump), until
     * {@code condition} holds.
     *
     * @throws AssertionError when it does not hold within {@code timeout}
     */
    public void runUntil(BooleanSupplier condition, Runnable eachTurn, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            runPending();
            eachTurn.run();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            try {
                Runnable next = queue.poll(5, TimeUnit.MILLISECONDS);
                if (next != null) {
                    next.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** As {@link #runUntil(BooleanSupplier, Runnable, Duration)} with nothing to do each turn and 20 seconds. */
    public void runUntil(BooleanSupplier condition) {
        runUntil(condition, () -> { }, Duration.ofSeconds(20));
    }
}
