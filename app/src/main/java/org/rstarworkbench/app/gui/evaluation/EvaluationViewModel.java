package org.rstarworkbench.app.gui.evaluation;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSummary;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.RunSettings;
import org.rstarworkbench.core.tree.Problem;

/**
 * The evaluation view's state: the {@link EvaluationSettings form} as the user sets it; while an evaluation runs, its progress (problems done of total, running accuracy of the last method, time left); and its rows and
 * accuracy/compute summary as they arrive. The evaluation runs on the engine thread of the {@link TaskExecutor};
 * every change to this state happens on the FX thread (the executor's {@code fx()}), so the view-model is tested
 * without JavaFX.
 */
public final class EvaluationViewModel {


    private final TaskExecutor tasks;
    private final Consumer<UserError> errors;
    private final LongSupplier nanoTime;

    private final EvaluationSettings settings;

    private final ReadOnlyObjectWrapper<EvaluationState> state = new ReadOnlyObjectWrapper<>(EvaluationState.READY);
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("Not started");
    private final List<EvalRow> rows = new ArrayList<>();
    private final ObservableList<EvalSummary> summary = FXCollections.observableArrayList();

    private final StoredRuns store;
    private final EvaluatedProblems evaluated;
    private final ReadOnlyObjectWrapper<ProblemResults> byProblem = new ReadOnlyObjectWrapper<>(
            ProblemResults.of(List.of()));
    private Consumer<RunSettings> opener = request -> { };
    private Future<?> running;
    private long startedNanos;
    private int generation;
    private int keptRows;

    /**
     * @param tasks    the workbench's task executor: the evaluation runs on its engine thread
     * @param models   the models the run panel offers, in chooser order
     * @param errors   where failures go, already put in the user's words
     * @param store    the run store whose cache keeps the evaluation's model answers, or null for none
     * @param nanoTime the clock for the time left
     */
    public EvaluationViewModel(TaskExecutor tasks, List<ModelChoice> models, Consumer<UserError> errors,
                               StoredRuns store, LongSupplier nanoTime) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.store = store;
        this.settings = new EvaluationSettings(models);
        this.evaluated = new EvaluatedProblems(tasks, settings);
    }

    public EvaluationViewModel(TaskExecutor tasks, List<ModelChoice> models, Consumer<UserError> errors,
                               StoredRuns store) {
        this(tasks, models, errors, store, System::nanoTime);
    }

    public EvaluationViewModel(TaskExecutor tasks, List<ModelChoice> models, Consumer<UserError> errors) {
        this(tasks, models, errors, null, System::nanoTime);
    }

    /** Where "Search in the workbench" hands its request: the main window's run panel. */
    public void setOpener(Consumer<RunSettings> value) {
        opener = Objects.requireNonNull(value, "value");
    }

    /**
     * Searches the problem of {@code line} again in the workbench with the evaluation's settings and its largest
     * rollout budget; the answers come from the evaluation's cache in the run store, so the tree is the one the
     * evaluation grew. The problem is read from the dataset off the FX thread when this window did not evaluate it.
     */
    public void searchInWorkbench(ProblemResults.Line line) {
        evaluated.request(line, opener, failure -> errors.accept(OpenedResults.userError("Opening " + line.problem(), failure)));
    }

    /** Checks the settings and starts the evaluation on the engine thread; false (and an error) when they are bad. */
    public boolean start() {
        if (state.get().isRunning()) {
            return false;
        }
        EvaluationPlan plan;
        try {
            plan = settings.plan();
        } catch (SettingsException e) {
            errors.accept(UserErrors.settings(e.getMessage(), OpenedResults.FIX_IN_WINDOW));
            return false;
        }
        int run = ++generation;
        rows.clear();
        refresh();
        keptRows = 0;
        done.set(0);
        total.set(0);
        startedNanos = nanoTime.getAsLong();
        state.set(EvaluationState.RUNNING);
        progressText.set("Loading " + plan.dataset() + "…");
        EvaluationJob job = new EvaluationJob(plan, store, new EvaluationJob.Listener() {
            @Override
            public void started(List<Problem> problems, List<EvalRow> kept) {
                tasks.fx().execute(() -> onStarted(run, plan, problems, kept));
            }

            @Override
            public void row(EvalRow row) {
                tasks.fx().execute(() -> onRow(run, row));
            }

            @Override
            public void problemDone() {
                tasks.fx().execute(() -> onProblemDone(run));
            }
        });
        running = tasks.submitEngine(job::run, all -> onFinished(run, plan), failure -> onFailed(run, failure));
        return true;
    }


    /** Stops the evaluation in flight; the rows so far stay. */
    public void cancel() {
        if (!state.get().isRunning()) {
            return;
        }
        generation++; // callbacks of the cancelled evaluation still queued are dropped
        running.cancel(true);
        state.set(EvaluationState.CANCELLED);
        progressText.set(String.format(Locale.ROOT, "Cancelled after %d of %d problems", done.get(), total.get()));
    }

    /**
     * Shows the results an earlier evaluation wrote to {@code dir} (its {@code results.jsonl}), read off the FX
     * thread; the form takes their methods, budgets and (for GSM-mini) items, and its results folder becomes
     * {@code dir} with "Continue" ticked, so Start computes only what is missing. False when an evaluation is running.
     */
    public boolean openResults(Path dir) {
        if (state.get().isRunning()) {
            return false;
        }
        int run = ++generation;
        tasks.submit(() -> OpenedResults.read(dir),
                opened -> onOpened(run, dir, opened),
                failure -> errors.accept(OpenedResults.userError("Opening the results in " + dir, failure)));
        return true;
    }



    private void onOpened(int run, Path dir, OpenedResults opened) {
        if (run != generation) {
            return;
        }
        List<EvalRow> read = opened.rows();
        opened.fill(settings);
        rows.clear();
        rows.addAll(read);
        refresh();
        evaluated.opened(opened.setup());
        long problems = read.stream().map(EvalRow::problem).distinct().count();
        done.set(0);
        total.set(0);
        keptRows = 0;
        settings.outFolderProperty().set(dir.toString());
        settings.resumeProperty().set(true);
        state.set(EvaluationState.OPENED);
        progressText.set(String.format(Locale.ROOT, "%d results on %d problems from %s", read.size(), problems,
                dir));
    }

    private void onStarted(int run, EvaluationPlan plan, List<Problem> problems, List<EvalRow> kept) {
        if (run == generation) {
            total.set(problems.size());
            evaluated.started(plan, problems);
            keptRows = kept.size();
            rows.addAll(kept);
            refresh();
            progressText.set(progress());
        }
    }

    private void onRow(int run, EvalRow row) {
        if (run == generation) {
            rows.add(row);
            refresh();
        }
    }

    private void refresh() {
        summary.setAll(EvalSummary.of(rows));
        byProblem.set(ProblemResults.of(rows));
    }

    private void onProblemDone(int run) {
        if (run == generation) {
            done.set(done.get() + 1);
            progressText.set(progress());
        }
    }

    private void onFinished(int run, EvaluationPlan plan) {
        if (run != generation) {
            return;
        }
        state.set(EvaluationState.FINISHED);
        progressText.set(progress() + (plan.out() == null ? "" : " · results in " + plan.out().toAbsolutePath()));
    }

    private void onFailed(int run, Throwable failure) {
        if (run != generation) {
            return;
        }
        state.set(EvaluationState.FAILED);
        progressText.set(String.format(Locale.ROOT, "Failed after %d of %d problems", done.get(), total.get()));
        errors.accept(OpenedResults.userError("The evaluation", failure));
    }

    /** "3/10 problems · sc@8 62.5% · about 1m 20s left". */
    private String progress() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d/%d problems", done.get(),
                total.get()));
        if (!summary.isEmpty()) {
            EvalSummary last = summary.get(summary.size() - 1);
            text.append(String.format(Locale.ROOT, " · %s@%d %.1f%%", last.method(), last.budget(),
                    100 * last.accuracy()));
        }
        if (keptRows > 0) {
            text.append(" · ").append(keptRows).append(" results kept from the folder");
        }
        if (done.get() > 0 && done.get() < total.get()) {
            long elapsed = nanoTime.getAsLong() - startedNanos;
            Duration left = Duration.ofNanos(elapsed / done.get() * (total.get() - done.get()));
            text.append(String.format(Locale.ROOT, " · about %dm %02ds left", left.toMinutes(),
                    left.toSecondsPart()));
        }
        return text.toString();
    }

    /** The rows so far, in the order they arrived. */
    public List<EvalRow> rows() {
        return List.copyOf(rows);
    }

    /** Accuracy and compute per method and budget, updated as rows arrive. */
    public ObservableList<EvalSummary> summary() {
        return summary;
    }

    public ReadOnlyObjectProperty<EvaluationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public EvaluationState state() {
        return state.get();
    }

    public ReadOnlyIntegerProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** The results problem by problem, updated as rows arrive. */
    public ReadOnlyObjectProperty<ProblemResults> byProblemProperty() {
        return byProblem.getReadOnlyProperty();
    }

    /** The form: what the next evaluation runs. */
    public EvaluationSettings settings() {
        return settings;
    }
}
