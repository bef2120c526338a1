package org.rstarworkbench.app.gui.run;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.data.DatasetException;

/**
 * The problem as the run panel edits it: the {@link ProblemSet} listed (GSM-mini's test split or a dataset file the
 * user opened), the problem picked from it, and the question text, which picking fills and the user may retype.
 * Files are read on the task executor's worker threads; only the last list asked for is shown.
 *
 * <p>Threading: the FX thread (in tests, the thread that drains the executor's callbacks).
 */
public final class ProblemSettings {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemSettings.class);

    private final TaskExecutor tasks;
    private final Consumer<UserError> errors;
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ProblemSet> problemSet = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Problem> picked = new SimpleObjectProperty<>();
    private final StringProperty question = new SimpleStringProperty("");
    /** The dataset {@link #loadStartingList} lists, null for GSM-mini. */
    private Path startingDataset;
    /** Numbers the lists asked for, so that a slow read never replaces a list asked for after it. */
    private long loads;
    /** The number of the list shown. */
    private long shown;

    /**
     * @param tasks  reads the problem sets
     * @param errors shows a failure to the user
     */
    public ProblemSettings(TaskExecutor tasks, Consumer<UserError> errors) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.errors = Objects.requireNonNull(errors, "errors");
        picked.addListener((obs, old, problem) -> {
            if (problem != null) {
                question.set(problem.question());
            }
        });
    }

    /** Has {@link #loadStartingList} list {@code dataset} (null: GSM-mini); the saved settings' choice. */
    public void startFrom(Path dataset) {
        startingDataset = dataset;
    }

    /**
     * Lists the dataset given to {@link #startFrom} or, when there is none or it cannot be read (a warning in the
     * log, not a dialog: the file may simply have moved since), GSM-mini's test split. Picks the first problem when
     * none is picked or typed yet.
     */
    public void loadStartingList() {
        Path dataset = startingDataset;
        show(() -> startingSet(dataset), false, "Loading the problem list");
    }

    private static ProblemSet startingSet(Path dataset) {
        if (dataset != null) {
            try {
                return ProblemSet.read(dataset);
            } catch (DatasetException | RuntimeException e) {
                LOG.warn("The dataset saved last time cannot be listed ({}); listing GSM-mini's test problems "
                        + "instead. Open the dataset again once it is back or fixed.", e.getMessage());
            }
        }
        return ProblemSet.gsmMini();
    }

    /**
     * Lists the problems of a dataset file (JSON array or JSONL) and picks the first. A file that cannot be read or
     * holds no problem goes to the error dialog, file and line named; the list stays as it was.
     */
    public void openDataset(Path file) {
        Objects.requireNonNull(file, "file");
        show(() -> ProblemSet.read(file), true, "Opening the dataset " + file);
    }

    /** Lists GSM-mini's test problems again and picks the first. */
    public void listGsmMini() {
        show(ProblemSet::gsmMini, true, "Listing the GSM-mini problems");
    }

    private void show(Callable<ProblemSet> read, boolean pickFirst, String doing) {
        long load = ++loads;
        tasks.submit(read, set -> {
            if (load < shown) {
                return;
            }
            shown = load;
            problems.setAll(set.problems());
            problemSet.set(set);
            if ((pickFirst || picked.get() == null && question.get().isBlank()) && !problems.isEmpty()) {
                picked.set(problems.get(0));
            }
        }, failure -> errors.accept(UserErrors.of(doing, failure)));
    }

    /** Shows a stored run's problem: picked when the list has its id, else as typed text. */
    public void fill(Problem problem) {
        Problem listed = problems.stream().filter(p -> p.id().equals(problem.id())).findFirst().orElse(null);
        picked.set(listed);
        question.set(problem.question());
    }

    /** The problem to run: the picked one while the text is still its question, else the text as a new problem. */
    Problem problem(String text) {
        Problem p = picked.get();
        return p != null && p.question().strip().equals(text) ? p : Problem.ofText(text);
    }

    /** The dataset file listed (before the first list is read: the one to start from), null for GSM-mini. */
    public Path dataset() {
        ProblemSet set = problemSet.get();
        return set == null ? startingDataset : set.file();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    /** What the list shows: GSM-mini or a dataset file, and what was skipped; null until the first list is read. */
    public ReadOnlyObjectProperty<ProblemSet> problemSetProperty() {
        return problemSet.getReadOnlyProperty();
    }

    public ObjectProperty<Problem> pickedProblemProperty() {
        return picked;
    }

    public StringProperty questionProperty() {
        return question;
    }
}
