package org.rstarworkbench.app.gui.run;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableStringValue;

import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.core.run.RunCancelledException;
import org.rstarworkbench.core.run.RunController;

/**
 * The run controls and where the run stands: play, pause, step, run to end and cancel, with their enabled states,
 * and the life of each live run: the settings checked, a {@link SearchSession} handed to the engine thread, its end
 * (finished, cancelled or failed) shown. Pause and step go through the session's {@link RunController}, cancel
 * through the session. {@link #tick(long)}, called at every view update, hands over to a {@link CheckpointWatch},
 * which notices when the engine has stopped at a checkpoint and paces "play" (one rollout, a short wait, the next).
 * When the engine stopped because a breakpoint fired, the run is paused (play stops too) and
 * {@link #breakpointHitProperty()} says which and on which node; a {@link BreakpointStatus} keeps the switches and
 * the hit.
 *
 * <p>Threading: every method runs on the FX thread (in tests, the thread that drains the executor's callbacks).
 */
public final class RunViewModel {

    private enum Start { PLAY, RUN_TO_END, STEP }

    private final TaskExecutor tasks;
    private final SettingsViewModel settings;
    private final StoredRuns store;
    private final Consumer<UserError> errors;
    private Consumer<SearchSession> onStarted = s -> { };
    private Consumer<SearchSession> onEnded = s -> { };

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(RunState.READY);
    private final ReadOnlyObjectWrapper<SearchSession> session = new ReadOnlyObjectWrapper<>();
    private final BreakpointStatus breakpoints = new BreakpointStatus(session, state);
    private final CheckpointWatch checkpoints = new CheckpointWatch(state, breakpoints);
    private final BooleanBinding live = Bindings.createBooleanBinding(() -> state.get().isLive(), state);
    private final BooleanBinding paused = state.isEqualTo(RunState.PAUSED);
    private final BooleanBinding canPlay = live.not().or(paused);
    private final BooleanBinding canRunToEnd = canPlay.or(state.isEqualTo(RunState.RUNNING)
            .and(checkpoints.playingProperty()));
    private final BooleanBinding canPause = state.isEqualTo(RunState.RUNNING);
    private final BooleanBinding canStep = canPlay;
    private final ObservableStringValue playLabel = Bindings.when(paused).then("Resume").otherwise("Play");

    /**
     * @param tasks    the task executor
     * @param settings what the next run is started from
     * @param store    where live runs are recorded (when "save to store" is on); null records nothing
     * @param errors   shows a failure to the user
     */
    public RunViewModel(TaskExecutor tasks, SettingsViewModel settings, StoredRuns store,
                        Consumer<UserError> errors) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.store = store;
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** Told when a live run starts (before its first event) and when it ends (before the state changes). */
    public void setOnSession(Consumer<SearchSession> started, Consumer<SearchSession> ended) {
        onStarted = Objects.requireNonNull(started, "started");
        onEnded = Objects.requireNonNull(ended, "ended");
    }

    // ---- run controls

    /** Starts a new run that plays rollout by rollout, or resumes a paused one so. */
    public void play() {
        if (state.get() == RunState.PAUSED) {
            checkpoints.play();
            session.get().controller().stepRollout();
            state.set(RunState.RUNNING);
        } else if (!state.get().isLive()) {
            start(Start.PLAY);
        }
    }

    /** Starts a new run at full speed, or lets a paused or playing one run to its end. */
    public void runToEnd() {
        if (state.get().isLive()) {
            if (canRunToEnd.get()) {
                checkpoints.stopPlaying();
                session.get().controller().resume();
                state.set(RunState.RUNNING);
            }
        } else {
            start(Start.RUN_TO_END);
        }
    }

    /** Pauses before the next model call (or at the end of the rollout). */
    public void pause() {
        if (!canPause.get()) {
            return;
        }
        checkpoints.stopPlaying();
        RunController c = session.get().controller();
        c.pause();
        state.set(c.isWaiting() ? RunState.PAUSED : RunState.PAUSING);
    }

    /** Lets exactly one model call happen; starts a new run, paused, when none is under way. */
    public void stepModelCall() {
        step(RunController::stepModelCall);
    }

    /** Lets one rollout finish; starts a new run, paused, when none is under way. */
    public void stepRollout() {
        step(RunController::stepRollout);
    }

    private void step(Consumer<RunController> how) {
        if (!canStep.get() || (!state.get().isLive() && !start(Start.STEP))) {
            return;
        }
        checkpoints.stopPlaying();
        how.accept(session.get().controller());
        state.set(RunState.STEPPING);
    }

    /** Stops the run at its next checkpoint; a model call in flight is interrupted. */
    public void cancel() {
        SearchSession s = session.get();
        if (s == null || !state.get().isLive()) {
            return;
        }
        checkpoints.stopPlaying();
        s.cancel();
    }

    /**
     * Called at every view update: notices that the engine stopped at a checkpoint (the run is then paused), and
     * while playing starts the next rollout once the play delay has passed.
     *
     * @param nowNanos a monotonic clock, e.g. {@link System#nanoTime()}
     */
    public void tick(long nowNanos) {
        checkpoints.tick(session.get(), nowNanos);
    }

    /** The window shows a stored run now: nothing runs; the settings stay editable for a new run. */
    public void showingStoredRun() {
        if (!state.get().isLive()) {
            session.set(null);
            state.set(RunState.REPLAY);
        }
    }

    private boolean start(Start how) {
        RunSettings checked;
        try {
            checked = settings.settings();
        } catch (SettingsException e) {
            errors.accept(UserErrors.settings(e.getMessage()));
            return false;
        }
        SearchSession s = new SearchSession(checked, how != Start.RUN_TO_END, store, breakpoints.switches().current());
        if (how == Start.PLAY) {
            checkpoints.play();
            s.controller().stepRollout();
        } else {
            checkpoints.stopPlaying();
        }
        session.set(s);
        onStarted.accept(s);
        state.set(RunState.RUNNING);
        tasks.submitEngine(s::run, result -> ended(s, null), failure -> ended(s, failure));
        return true;
    }

    private void ended(SearchSession s, Throwable failure) {
        if (s != session.get()) {
            return;
        }
        onEnded.accept(s);
        s.breakpoints().takeHits();
        checkpoints.stopPlaying();
        if (failure == null) {
            state.set(RunState.FINISHED);
        } else if (failure instanceof RunCancelledException || failure instanceof InterruptedException
                || s.controller().isCancelled()) {
            state.set(RunState.CANCELLED);
        } else {
            state.set(RunState.FAILED);
            errors.accept(UserErrors.of("Running the search", failure));
        }
    }

    // ---- properties

    public SettingsViewModel settings() {
        return settings;
    }

    /** The breakpoint switches; they may change while a run is under way. */
    public BreakpointsViewModel breakpoints() {
        return breakpoints.switches();
    }

    /** The breakpoint the run is paused at (the first, when several fired at once); null otherwise. */
    public ReadOnlyObjectProperty<BreakpointHit> breakpointHitProperty() {
        return breakpoints.hitProperty();
    }

    /** Which breakpoint fired, on which node, while the run is paused at one; empty otherwise. */
    public ReadOnlyStringProperty breakpointTextProperty() {
        return breakpoints.textProperty();
    }

    /** What the status bar says: where the run stands, and the breakpoint it is paused at. */
    public ObservableStringValue statusText() {
        return breakpoints.statusText();
    }

    /** How long "play" waits between rollouts, so that the tree's growth can be followed. */
    public IntegerProperty playDelayMillisProperty() {
        return checkpoints.playDelayMillisProperty();
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public RunState state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<SearchSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return checkpoints.playingProperty();
    }

    public BooleanBinding liveBinding() {
        return live;
    }

    public BooleanBinding canPlay() {
        return canPlay;
    }

    public BooleanBinding canRunToEnd() {
        return canRunToEnd;
    }

    public BooleanBinding canPause() {
        return canPause;
    }

    public BooleanBinding canStep() {
        return canStep;
    }

    public BooleanBinding canCancel() {
        return live;
    }

    /** Whether the settings may change: not while a run is under way. */
    public BooleanBinding settingsEditable() {
        return live.not();
    }

    /** "Play", or "Resume" while paused. */
    public ObservableStringValue playLabel() {
        return playLabel;
    }
}
