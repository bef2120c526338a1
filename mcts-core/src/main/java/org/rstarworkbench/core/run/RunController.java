package org.rstarworkbench.core.run;

/**
 * Lets another thread pause, step and cancel a running search. The engine calls {@link #beforeModelCall()} before
 * every model call and {@link #atRolloutBoundary()} between rollouts; both block while the run is paused and throw
 * {@link RunCancelledException} once it is cancelled.
 *
 * <p>Threading: every method is safe from any thread; the two checkpoints are called by the engine thread only.
 * A new controller is running (not paused).
 */
public final class RunController {

    private enum Mode { RUN, PAUSE, STEP_CALL, STEP_ROLLOUT }

    private Mode mode;
    private boolean cancelled;
    private boolean waiting;
    private long pauses;

    /** A controller that lets the run go. */
    public RunController() {
        this(false);
    }

    /** A controller that starts paused when {@code startPaused} is set: nothing runs until a step or resume. */
    public RunController(boolean startPaused) {
        this.mode = startPaused ? Mode.PAUSE : Mode.RUN;
    }

    /** Pauses at the next checkpoint (before the next model call or at the next rollout boundary). */
    public synchronized void pause() {
        if (mode != Mode.PAUSE) {
            mode = Mode.PAUSE;
        }
    }

    /** Lets the run go to its end. */
    public synchronized void resume() {
        mode = Mode.RUN;
        notifyAll();
    }

    /** Lets exactly one model call happen, then pauses again. */
    public synchronized void stepModelCall() {
        mode = Mode.STEP_CALL;
        notifyAll();
    }

    /** Lets the run go until the current (or next) rollout ends, then pauses. */
    public synchronized void stepRollout() {
        mode = Mode.STEP_ROLLOUT;
        notifyAll();
    }

    /** Stops the run at its next checkpoint; a paused run stops at once. Cannot be undone. */
    public synchronized void cancel() {
        cancelled = true;
        notifyAll();
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Whether the engine is blocked at a checkpoint, waiting for a step or resume. */
    public synchronized boolean isWaiting() {
        return waiting;
    }

    /** How many times the engine has stopped at a checkpoint so far; lets a caller wait for the next stop. */
    public synchronized long pauses() {
        return pauses;
    }

    /**
     * Whether the engine is stopped at a checkpoint and stays there until a step, resume or cancel. Unlike
     * {@link #isWaiting()} and {@link #isPaused()} called one after the other, this reads both at once, so that an
     * engine just let through one model call (still waiting as it wakes, paused again as soon as it is past the
     * checkpoint) is not taken for stopped while it makes that call.
     */
    public synchronized boolean isStopped() {
        return waiting && mode == Mode.PAUSE;
    }

    /** Whether the run is paused or will pause at its next checkpoint. */
    public synchronized boolean isPaused() {
        return mode == Mode.PAUSE;
    }

    /** Engine checkpoint: a model call is about to be made. */
    public synchronized void beforeModelCall() throws InterruptedException {
        awaitGo();
        if (mode == Mode.STEP_CALL) {
            mode = Mode.PAUSE;
        }
    }

    /** Engine checkpoint: a rollout just ended, or the first is about to start. */
    public synchronized void atRolloutBoundary(boolean afterRollout) throws InterruptedException {
        if (afterRollout && mode == Mode.STEP_ROLLOUT) {
            mode = Mode.PAUSE;
        }
        awaitGo();
    }

    private void awaitGo() throws InterruptedException {
        checkCancelled();
        if (mode == Mode.PAUSE) {
            pauses++;
        }
        while (mode == Mode.PAUSE) {
            waiting = true;
            try {
                wait();
            } finally {
                waiting = false;
            }
            checkCancelled();
        }
    }

    private void checkCancelled() {
        if (cancelled) {
            throw new RunCancelledException();
        }
    }
}
