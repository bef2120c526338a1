package org.rstarworkbench.app.gui.run;

import java.util.List;
import java.util.Objects;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

import org.rstarworkbench.core.run.RunController;

/**
 * The FX thread's side of the engine's checkpoints, looked at on every view update ({@link #tick}): once the engine
 * has stopped at one, the run is paused, and when a breakpoint stopped it, the {@link BreakpointStatus} shows which
 * and play stops; while "play" is on, the engine is let through one more rollout once the play delay has passed, so
 * that the tree's growth can be followed. The run controls of {@link RunViewModel} turn play on and off.
 *
 * <p>Threading: the FX thread (in tests, the thread that drains the executor's callbacks).
 */
final class CheckpointWatch {

    private final ReadOnlyObjectWrapper<RunState> state;
    private final BreakpointStatus breakpoints;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final IntegerProperty playDelayMillis = new SimpleIntegerProperty(300);
    /** When the engine was first seen stopped while playing, or -1. */
    private long waitingSince = -1;

    /**
     * @param state       where the run stands; set to paused when the engine is seen stopped
     * @param breakpoints shows the breakpoint the engine stopped at
     */
    CheckpointWatch(ReadOnlyObjectWrapper<RunState> state, BreakpointStatus breakpoints) {
        this.state = Objects.requireNonNull(state, "state");
        this.breakpoints = Objects.requireNonNull(breakpoints, "breakpoints");
    }

    /** Plays from now on: rollout by rollout, the delay counted from the engine's next stop. */
    void play() {
        playing.set(true);
        waitingSince = -1;
    }

    /** Plays no more: the engine stays at its next stop. */
    void stopPlaying() {
        playing.set(false);
        waitingSince = -1;
    }

    /**
     * Notices that the engine of {@code session} stopped at a checkpoint (the run is then paused), and while playing
     * lets it through the next rollout once the play delay has passed.
     *
     * @param session  the live run, or null
     * @param nowNanos a monotonic clock, e.g. {@link System#nanoTime()}
     */
    void tick(SearchSession session, long nowNanos) {
        if (session == null || !state.get().isLive()) {
            return;
        }
        RunController c = session.controller();
        if (!c.isStopped()) {
            waitingSince = -1;
            return;
        }
        List<BreakpointHit> hits = session.breakpoints().takeHits();
        if (!hits.isEmpty()) {
            stopPlaying();
            state.set(RunState.PAUSED);
            breakpoints.show(hits);
        } else if (playing.get()) {
            if (waitingSince < 0) {
                waitingSince = nowNanos;
            }
            if (nowNanos - waitingSince >= playDelayMillis.get() * 1_000_000L) {
                waitingSince = -1;
                c.stepRollout();
            }
        } else if (state.get() != RunState.PAUSED) {
            state.set(RunState.PAUSED);
        }
    }

    /** Whether "play" is on: the run goes rollout by rollout with a wait between. */
    ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** How long "play" waits between rollouts. */
    IntegerProperty playDelayMillisProperty() {
        return playDelayMillis;
    }
}
