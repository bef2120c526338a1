package org.rstarworkbench.app.gui.bench;

import java.util.concurrent.CompletableFuture;
import java.util.function.IntConsumer;

import javafx.animation.AnimationTimer;

/**
 * Runs one step per JavaFX pulse and times the frames: frame k lasts from the start of pulse k to the start of pulse
 * k + 1, so it includes the step, the scene's layout and the wait for the previous frame's rendering. The first
 * {@code warmUp} frames are not timed. Start it on the FX thread; {@link #done()} completes there.
 */
final class FrameLoop extends AnimationTimer {

    /** The timed frames: how long each lasted and how long its step took, in nanoseconds. */
    record Times(long[] frameNanos, long[] stepNanos) {
    }

    private final IntConsumer step;
    private final int warmUp;
    private final long[] frameNanos;
    private final long[] stepNanos;
    private final CompletableFuture<Times> done = new CompletableFuture<>();
    private int frame;
    private long frameStart;

    /**
     * @param step   the work of frame k (0-based, warm-up included), e.g. move the camera and paint
     * @param warmUp frames run before the timed ones
     * @param frames frames timed
     */
    FrameLoop(IntConsumer step, int warmUp, int frames) {
        this.step = step;
        this.warmUp = warmUp;
        this.frameNanos = new long[frames];
        this.stepNanos = new long[frames];
    }

    /** The frames run, warm-up included. */
    int frameCount() {
        return warmUp + frameNanos.length;
    }

    /** Completes with the times once the last frame ended, or with the step's failure. */
    CompletableFuture<Times> done() {
        return done;
    }

    @Override
    public void handle(long pulse) {
        long start = System.nanoTime();
        if (frame > warmUp) {
            frameNanos[frame - warmUp - 1] = start - frameStart;
        }
        if (frame == warmUp + frameNanos.length) {
            stop();
            done.complete(new Times(frameNanos, stepNanos));
            return;
        }
        frameStart = start;
        try {
            step.accept(frame);
        } catch (RuntimeException e) {
            stop();
            done.completeExceptionally(e);
            return;
        }
        if (frame >= warmUp) {
            stepNanos[frame - warmUp] = System.nanoTime() - start;
        }
        frame++;
    }
}
