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

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSummary;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * The evaluation view's state: the dataset, item range, methods and model as the user sets them; while an evaluation
 * runs, its progress (problems done of total, running accuracy of the last method, time left); and its rows and
 * accuracy/compute summary as they arrive. The evaluation runs on the engine thread of the {@link TaskExecutor};
 * every change to this state happens on the FX thread (the executor's {@code fx()}), so the view-model is tested
 * without JavaFX.
 */
public final class EvaluationViewModel {

    private final TaskExecutor tasks;
    private final Consumer<UserError> errors;
    private final LongSupplier nanoTime;

    private final StringProperty dataset = new SimpleStringProperty(GsmMini.NAME);
    private final IntegerProperty firstItem = new SimpleIntegerProperty(0);
    private final IntegerProperty lastItem = new SimpleIntegerProperty(9);
    private final BooleanProperty greedy = new SimpleBooleanProperty(true);
    private final BooleanProperty selfConsistency = new SimpleBooleanProperty(true);
    private final BooleanProperty mctsMajority = new SimpleBooleanProperty(false);
    private final BooleanProperty rstar = new SimpleBooleanProperty(true);
    private final StringProperty scK = new SimpleStringProperty("4,8");
    private final StringProperty rollouts = new SimpleStringProperty("2,4");
    private final ObservableList<ModelChoice> models;
    private final ObjectProperty<ModelChoice> model;
    private final StringProperty endpointUrl = new SimpleStringProperty("");
    private final StringProperty endpointModel = new SimpleStringProperty("");
    private final StringProperty outFolder = new SimpleStringProperty("");

    private final ReadOnlyObjectWrapper<EvaluationState> state = new ReadOnlyObjectWrapper<>(EvaluationState.READY);
    private final ReadOnlyIntegerWrapper done = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("Not started");
    private final List<EvalRow> rows = new ArrayList<>();
    private final ObservableList<EvalSummary> summary = FXCollections.observableArrayList();

    private Future<?> running;
    private long startedNanos;
    private int generation;

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
        this.models = FXCollections.observableArrayList(models);
        this.model = new SimpleObjectProperty<>(models.isEmpty() ? null : models.get(0));
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
            plan = plan();
        } catch (SettingsException e) {
            errors.accept(UserErrors.settings(e.getMessage()));
            return false;
        }
        int run = ++generation;
        rows.clear();
        summary.clear();
        done.set(0);
        total.set(0);
        startedNanos = nanoTime.getAsLong();
        state.set(EvaluationState.RUNNING);
        progressText.set("Loading " + plan.dataset() + "…");
        EvaluationJob job = new EvaluationJob(plan, new EvaluationJob.Listener() {
            @Override
            public void started(int problems) {
                tasks.fx().execute(() -> onStarted(run, problems));
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

    EvaluationPlan plan() throws SettingsException {
        List<String> methods = new ArrayList<>();
        if (greedy.get()) {
            methods.add("greedy-cot");
        }
        if (selfConsistency.get()) {
            methods.add("sc");
        }
        if (mctsMajority.get()) {
            methods.add("mcts-maj");
        }
        if (rstar.get()) {
            methods.add("rstar");
        }
        return EvaluationPlan.of(dataset.get(), firstItem.get(), lastItem.get(), methods, scK.get(),
                rollouts.get(), model.get(), new Endpoint(endpointUrl.get(), endpointModel.get()), outFolder.get());
    }

    private void onStarted(int run, int problems) {
        if (run == generation) {
            total.set(problems);
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
        errors.accept(UserErrors.of("The evaluation", failure));
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

    public StringProperty datasetProperty() {
        return dataset;
    }

    public IntegerProperty firstItemProperty() {
        return firstItem;
    }

    public IntegerProperty lastItemProperty() {
        return lastItem;
    }

    public BooleanProperty greedyProperty() {
        return greedy;
    }

    public BooleanProperty selfConsistencyProperty() {
        return selfConsistency;
    }

    public BooleanProperty mctsMajorityProperty() {
        return mctsMajority;
    }

    public BooleanProperty rstarProperty() {
        return rstar;
    }

    public StringProperty scKProperty() {
        return scK;
    }

    public StringProperty rolloutsProperty() {
        return rollouts;
    }

    public ObservableList<ModelChoice> models() {
        return models;
    }

    public ObjectProperty<ModelChoice> modelProperty() {
        return model;
    }

    public StringProperty endpointUrlProperty() {
        return endpointUrl;
    }

    public StringProperty endpointModelProperty() {
        return endpointModel;
    }

    /** The results folder; blank for none. */
    public StringProperty outFolderProperty() {
        return outFolder;
    }

    /** The results folder of the plan as typed, or null. */
    public Path outFolder() {
        String out = outFolder.get();
        return out == null || out.isBlank() ? null : Path.of(out.strip());
    }
}
