package org.rstarworkbench.app.gui.history;

import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.app.store.RunSummary;

/**
 * The "open a stored run" dialog's state: the store's runs, read on a worker thread, and what to say while there are
 * none.
 *
 * <p>Threading: the FX thread.
 */
public final class OpenRunViewModel {

    private final TaskExecutor tasks;
    private final StoredRuns store;
    private final ObservableList<RunSummary> runs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public OpenRunViewModel(TaskExecutor tasks, StoredRuns store) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.store = Objects.requireNonNull(store, "store");
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

    /** The store's runs, newest first. */
    public ObservableList<RunSummary> runs() {
        return runs;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** What to show instead of the list: progress, "no runs yet", or why the list could not be read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The store's file, for the dialog's header. */
    public String storeFile() {
        return store.file().toString();
    }
}
