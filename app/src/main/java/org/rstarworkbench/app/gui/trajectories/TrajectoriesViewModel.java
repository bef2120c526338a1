package org.rstarworkbench.app.gui.trajectories;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.discriminator.selection.MaskCheck;

/**
 * The trajectories panel's state: the run's candidate trajectories as they stood at the event the timeline shows
 * ({@link RunCandidates}, read on a worker thread; while one read is under way further requests are coalesced into
 * the latest), the selected one with the peer's completions of its masked prefixes, and two compared step by step.
 *
 * <p>Picking a candidate ({@link #pick}) tells the window, which highlights its path in the tree and selects its end
 * node. When the list is read again the selection and the compared pair follow the same trajectories (same text).
 *
 * <p>Threading: the FX thread.
 */
public final class TrajectoriesViewModel {

    private final TaskExecutor tasks;
    private final Consumer<UserError> errors;
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RunCandidates> shown = new ReadOnlyObjectWrapper<>(RunCandidates.EMPTY);
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(RunCandidates.EMPTY.headline());
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(RunCandidates.EMPTY.details());
    private final ReadOnlyObjectWrapper<Candidate> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper checkMessage = new ReadOnlyStringWrapper(NOTHING_SELECTED);
    private final ObservableList<MaskCheck> completions = FXCollections.observableArrayList();
    private final ObjectProperty<Candidate> compareLeft = new SimpleObjectProperty<>();
    private final ObjectProperty<Candidate> compareRight = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>();
    private IntConsumer onPick = id -> { };

    private List<SearchEvent> pending;
    private boolean reading;
    private long generation;
    private boolean refreshing;

    /** What the peer's part shows with no candidate selected. */
    public static final String NOTHING_SELECTED = "Select a candidate to see the peer's completions of its prefixes.";

    public TrajectoriesViewModel(TaskExecutor tasks, Consumer<UserError> errors) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.errors = Objects.requireNonNull(errors, "errors");
        compareLeft.addListener((obs, old, now) -> compare());
        compareRight.addListener((obs, old, now) -> compare());
    }

    /** Told the end node of every candidate the user picks: the window highlights its path and selects it. */
    public void setOnPick(IntConsumer onPick) {
        this.onPick = Objects.requireNonNull(onPick, "onPick");
    }

    /**
     * Shows the candidates after these events.
     *
     * @param events a run's first events, up to the event shown; not changed afterwards
     */
    public void show(List<SearchEvent> events) {
        generation++;
        pending = Objects.requireNonNull(events, "events");
        if (!reading) {
            readNext();
        }
    }

    /** Shows no run. */
    public void clear() {
        generation++;
        pending = null;
        apply(RunCandidates.EMPTY);
    }

    private void readNext() {
        List<SearchEvent> events = pending;
        pending = null;
        if (events == null) {
            reading = false;
            return;
        }
        reading = true;
        long asked = generation;
        tasks.submit(() -> RunCandidates.of(events), read -> {
            if (asked == generation) {
                apply(read);
            }
            readNext();
        }, failure -> {
            if (asked == generation) {
                apply(RunCandidates.EMPTY);
                errors.accept(UserErrors.of("Reading the run's candidate trajectories", failure));
            }
            readNext();
        });
    }

    private void apply(RunCandidates read) {
        refreshing = true;
        try {
            shown.set(read);
            headline.set(read.headline());
            details.set(read.details());
            // replacing the list may clear the views' selections, and with them these: read them first
            Candidate wasSelected = selected.get();
            Candidate wasLeft = compareLeft.get();
            Candidate wasRight = compareRight.get();
            if (!read.candidates().equals(candidates)) {
                candidates.setAll(read.candidates());
            }
            setSelected(same(wasSelected));
            compareLeft.set(same(wasLeft));
            compareRight.set(same(wasRight));
        } finally {
            refreshing = false;
        }
        compare();
    }

    /** The candidate of the list shown now that reads like {@code c}; null when there is none. */
    private Candidate same(Candidate c) {
        return c == null ? null : candidates.stream().filter(x -> x.text().equals(c.text())).findFirst().orElse(null);
    }

    /**
     * The user picked a candidate (null: none): it is shown, becomes the left side of the comparison, and the window
     * highlights it in the tree. Ignored while the list is being replaced.
     */
    public void pick(Candidate c) {
        if (refreshing || Objects.equals(c, selected.get())) {
            return;
        }
        setSelected(c);
        if (c != null) {
            compareLeft.set(c);
            if (compareRight.get() == null || compareRight.get().equals(c)) {
                compareRight.set(otherThan(c));
            }
            onPick.accept(c.endNode());
        }
    }

    /** Selects the candidate ending at a node selected in the tree, if one does; nothing is highlighted. */
    public void reveal(int nodeId) {
        Candidate current = selected.get();
        if (current != null && current.endNodeIds().contains(nodeId)) {
            return;
        }
        candidates.stream().filter(c -> c.endNodeIds().contains(nodeId)).findFirst().ifPresent(this::setSelected);
    }

    /** The winner when it is not {@code c}, else the first other candidate; null when {@code c} is alone. */
    private Candidate otherThan(Candidate c) {
        return candidates.stream().filter(x -> x.winner() && !x.equals(c)).findFirst()
                .or(() -> candidates.stream().filter(x -> !x.equals(c)).findFirst()).orElse(null);
    }

    private void setSelected(Candidate c) {
        selected.set(c);
        if (c == null) {
            completions.clear();
            checkMessage.set(NOTHING_SELECTED);
        } else if (c.check() == null) {
            completions.clear();
            checkMessage.set(shown.get().stage() == RunCandidates.Stage.JUDGED
                    || shown.get().answer() != null ? "The peer did not check this run's trajectories."
                    : "The peer has not checked this trajectory yet: it does once the candidates are collected.");
        } else if (c.check().masks().isEmpty()) {
            completions.clear();
            checkMessage.set("The peer did not check it: " + c.outcomeLabel().replace("not checked: ", "") + ".");
        } else {
            if (!c.check().masks().equals(completions)) {
                completions.setAll(c.check().masks());
            }
            checkMessage.set(String.format(Locale.ROOT, "%d of %d completions reach %s: %s.", c.check().agreeing(),
                    c.check().masks().size(), c.answerLabel(), c.outcomeLabel()));
        }
    }

    private void compare() {
        if (refreshing) {
            return;
        }
        Candidate l = compareLeft.get();
        Candidate r = compareRight.get();
        Comparison now = l == null || r == null ? null : Comparison.of(l, r);
        if (!Objects.equals(now, comparison.get())) {
            comparison.set(now);
        }
    }

    // ---- properties

    /** The candidate trajectories at the event shown. */
    public ObservableList<Candidate> candidates() {
        return candidates;
    }

    /** What the list was read from. */
    public ReadOnlyObjectProperty<RunCandidates> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** "Selected: 7 (the one trajectory kept)", or where the run stands. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** The majority, and how many trajectories the peer kept. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Candidate> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public Candidate selected() {
        return selected.get();
    }

    /** "3 of 4 completions reach 7: kept.", or why there are none. */
    public ReadOnlyStringProperty checkMessageProperty() {
        return checkMessage.getReadOnlyProperty();
    }

    /** The peer's completion of each prefix of the selected candidate, in mask order. */
    public ObservableList<MaskCheck> completions() {
        return completions;
    }

    /** The left side of the comparison; the picked candidate unless the user changes it. */
    public ObjectProperty<Candidate> compareLeftProperty() {
        return compareLeft;
    }

    /** The right side of the comparison; the winner (or another candidate) unless the user changes it. */
    public ObjectProperty<Candidate> compareRightProperty() {
        return compareRight;
    }

    /** The two compared, or null until both are chosen. */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }
}
