package org.rstarworkbench.app.gui.evaluation;

import java.io.IOException;
import java.nio.file.Files;
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

import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSummary;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * The evaluation view's state: the {@link EvaluationSettings form} as the user sets it; while an evaluation runs, its progress (problems done of total, running accuracy of the last method, time left); and its rows and
 * accuracy/compute summary as they arrive. The evaluation runs on the engine thread of the {@link TaskExecutor};
 * every change to this state happens on the FX thread (the executor's {@code fx()}), so the view-model is tested
 * without JavaFX.
 */
public final class EvaluationViewModel {

    private static final String FIX_IN_WINDOW = "Correct what is named above in this window (dataset, items, "
            + "methods, models, results folder), then press Start again.";

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

    private Future<?> running;
    private long startedNanos;
    private int generation;
    private int keptRows;

    /**
     * @param tasks   the workbench's task executor: the evaluation runs on its engine thread
     * @param models  the models the run panel offers, in chooser order
     * @param errors  where failures go, already put in the user's words
     * @param nanoTime the clock for the time left
     */
    public EvaluationViewModel(TaskExecutor tasks, List<ModelChoice> models, Consumer<UserError> errors,
                               LongSupplier nanoTime) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.settings = new EvaluationSettings(models);
    }

    public EvaluationViewModel(TaskExecutor tasks, List<ModelChoice> models, Consumer<UserError> errors) {
        this(tasks, models, errors, System::nanoTime);
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
            errors.accept(UserErrors.settings(e.getMessage(), FIX_IN_WINDOW));
            return false;
        }
        int run = ++generation;
        rows.clear();
        summary.clear();
        keptRows = 0;
        done.set(0);
        total.set(0);
        startedNanos = nanoTime.getAsLong();
        state.set(EvaluationState.RUNNING);
        progressText.set("Loading " + plan.dataset() + "…");
        EvaluationJob job = new EvaluationJob(plan, new EvaluationJob.Listener() {
            @Override
            public void started(int problems, List<EvalRow> kept) {
                tasks.fx().execute(() -> onStarted(run, problems, kept));
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

    /** As {@link UserErrors#of}, with bad settings sent to this window's form rather than the run panel. */
    private static UserError userError(String doing, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SettingsException)) {
            cause = cause.getCause();
        }
        return cause instanceof SettingsException
                ? UserErrors.settings(cause.getMessage(), FIX_IN_WINDOW)
                : UserErrors.of(doing, failure);
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
        tasks.submit(() -> new Opened(readResults(dir), GsmMini.testSet().stream().map(Problem::id).toList()),
                opened -> onOpened(run, dir, opened),
                failure -> errors.accept(userError("Opening the results in " + dir, failure)));
        return true;
    }

    private static List<EvalRow> readResults(Path dir) throws IOException, SettingsException {
        if (!Files.isRegularFile(dir.resolve(EvalOutputs.RESULTS))) {
            throw new SettingsException(List.of(dir + " holds no " + EvalOutputs.RESULTS + ": choose a folder an "
                    + "evaluation wrote (the Results folder here, or rstar eval --out)"));
        }
        List<EvalRow> read = EvalOutputs.read(dir);
        if (read.isEmpty()) {
            throw new SettingsException(List.of(dir.resolve(EvalOutputs.RESULTS) + " holds no readable results: "
                    + "it is empty or every line is damaged; run the evaluation again"));
        }
        return read;
    }

    /** Results read from a folder, with GSM-mini's test ids to place them. */
    private record Opened(List<EvalRow> rows, List<String> gsmMiniIds) {
    }

    private void onOpened(int run, Path dir, Opened opened) {
        if (run != generation) {
            return;
        }
        List<EvalRow> read = opened.rows();
        settings.fillFrom(read, opened.gsmMiniIds());
        rows.clear();
        rows.addAll(read);
        summary.setAll(EvalSummary.of(rows));
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

    private void onStarted(int run, int problems, List<EvalRow> kept) {
        if (run == generation) {
            total.set(problems);
            keptRows = kept.size();
            rows.addAll(kept);
            summary.setAll(EvalSummary.of(rows));
            progressText.set(progress());
        }
    }

    private void onRow(int run, EvalRow row) {
        if (run == generation) {
            rows.add(row);
            summary.setAll(EvalSummary.of(rows));
        }
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
        errors.accept(userError("The evaluation", failure));
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

    /** The form: what the next evaluation runs. */
    public EvaluationSettings settings() {
        return settings;
    }
}
