package org.rstarworkbench.app.gui.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.app.store.RunSummary;

/**
 * The stored-runs dialog's state: the store's runs, read on a worker thread, and what to say while there are none;
 * renaming, deleting, exporting and comparing runs, each on a worker thread, with failures sent to the window's one
 * error dialog and a line saying what was done.
 *
 * <p>Threading: the FX thread.
 */
public final class OpenRunViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(OpenRunViewModel.class);

    private final TaskExecutor tasks;
    private final StoredRuns store;
    private final Consumer<UserError> errors;
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RunComparison> comparison = new ReadOnlyObjectWrapper<>();
    private int inFlight;

    /** A dialog that logs the failures of its actions; the window passes its error dialog instead. */
    public OpenRunViewModel(TaskExecutor tasks, StoredRuns store) {
        this(tasks, store, e -> LOG.warn("{}: {} {}", e.title(), e.detail(), e.action()));
    }

    /**
     * @param tasks  the task executor
     * @param store  the run store
     * @param errors shows a failed rename, delete, export or comparison to the user
     */
    public OpenRunViewModel(TaskExecutor tasks, StoredRuns store, Consumer<UserError> errors) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.store = Objects.requireNonNull(store, "store");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** Reads the run list again. */
    public void load() {
        loading.set(true);
        message.set("Reading the runs in " + store.file() + "…");
        tasks.submit(store::list, list -> {
            loading.set(false);
            runs.setAll(list);
            message.set(list.isEmpty() ? "No runs in " + store.file() + " yet: runs you start in the workbench "
                    + "(with \"Save the run to the store\") or with 'rstar solve' appear here." : "");
        }, failure -> {
            loading.set(false);
            runs.clear();
            var e = UserErrors.of("Reading the run list", failure);
            message.set(e.title() + ": " + e.detail() + " " + e.action());
        });
    }

    /** Names a run (a blank name gives it none), then reads the list again. */
    public void rename(RunSummary run, String name) {
        String value = name == null ? "" : name.strip();
        act("Renaming run " + run.id(), () -> {
            store.rename(run.id(), value);
            return null;
        }, done -> {
            notice.set(value.isEmpty() ? "Run " + run.id() + " has no name now." : "Run " + run.id()
                    + " is named \"" + value + "\" now.");
            load();
        });
    }

    /** The question the dialog asks before {@link #delete}. */
    public static String deleteQuestion(RunSummary run) {
        return "Delete run " + run.id() + " (" + run.displayName() + ")? Its events and the model answers cached "
                + "for it alone are removed from the store. This cannot be undone; export it first to keep a copy.";
    }

    /** Deletes a run (the dialog asked first), then reads the list again. */
    public void delete(RunSummary run) {
        act("Deleting run " + run.id(), () -> {
            store.delete(run.id());
            return null;
        }, done -> {
            notice.set("Run " + run.id() + " was deleted.");
            if (comparison.get() != null && (comparison.get().left().runId() == run.id()
                    || comparison.get().right().runId() == run.id())) {
                comparison.set(null);
            }
            load();
        });
    }

    /** A file name to offer for exporting {@code run} as {@code format}, e.g. {@code run-3.png}. */
    public static String suggestedFileName(RunSummary run, ExportFormat format) {
        return "run-" + run.id() + "." + format.extension();
    }

    /**
     * Writes a run to {@code file} in the format its extension names (PNG, DOT, GraphML or run JSON).
     *
     * @param file the target; a name without one of those extensions is refused with an explanation
     */
    public void export(RunSummary run, Path file) {
        ExportFormat format;
        try {
            format = ExportFormat.ofFile(file);
        } catch (IllegalArgumentException e) {
            errors.accept(new UserError("The export format is not known", e.getMessage(),
                    "Choose one of the file types the dialog offers: PNG, DOT, GraphML or JSON."));
            return;
        }
        act("Exporting run " + run.id(), () -> {
            store.export(run.id(), format, file);
            return null;
        }, done -> notice.set("Run " + run.id() + " was exported to " + file + "."));
    }

    /** Reads two runs and compares their key figures; {@link #comparisonProperty()} holds the result. */
    public void compare(RunSummary left, RunSummary right) {
        act("Comparing runs " + left.id() + " and " + right.id(), () -> store.compare(left.id(), right.id()),
                result -> {
                    comparison.set(result);
                    notice.set("Compared runs " + left.id() + " and " + right.id() + ".");
                });
    }

    private <T> void act(String doing, Callable<T> task, Consumer<T> onDone) {
        busy.set(++inFlight > 0);
        notice.set(doing + "…");
        tasks.submit(task, result -> {
            busy.set(--inFlight > 0);
            onDone.accept(result);
        }, failure -> {
            busy.set(--inFlight > 0);
            notice.set(doing + " failed.");
            errors.accept(failure instanceof IOException io ? new UserError("The export could not be written",
                    io.getMessage(), "Choose another folder or file name, check there is room on the disk, and "
                    + "export again.") : UserErrors.of(doing, failure));
        });
    }

    /** The store's runs, newest first. */
    public ObservableList<RunSummary> runs() {
        return runs;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether a rename, delete, export or comparison is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What to show instead of the list: progress, "no runs yet", or why the list could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What the last action did, or is doing; empty before any. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The last comparison of two runs; null before any. */
    public ReadOnlyObjectProperty<RunComparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The store's file, for the dialog's header. */
    public String storeFile() {
        return store.file().toString();
    }
}
