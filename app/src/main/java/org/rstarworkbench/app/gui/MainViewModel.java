package org.rstarworkbench.app.gui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.gui.classroom.BundledDemos;
import org.rstarworkbench.app.gui.classroom.DemoRun;
import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.gui.inspect.InspectorViewModel;
import org.rstarworkbench.app.gui.look.Appearance;
import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.app.gui.run.RunViewModel;
import org.rstarworkbench.app.gui.run.SearchSession;
import org.rstarworkbench.app.gui.run.SettingsViewModel;
import org.rstarworkbench.app.gui.timeline.RunStats;
import org.rstarworkbench.app.gui.timeline.StatusViewModel;
import org.rstarworkbench.app.gui.timeline.TimelineViewModel;
import org.rstarworkbench.app.gui.trajectories.TrajectoriesViewModel;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.VerdictMark;
import org.rstarworkbench.visualizer.view.TreeViewModel;

/**
 * The main window's state: the run shown (live or stored) as the visualizer's {@link TreeViewModel} plus its events,
 * and the view-models of the panels around it, kept in step: when the tree moves (new events, the timeline
 * scrubbed), the timeline, the status bar, the peer's verdict colours, the inspector and the trajectories follow.
 *
 * <p>Events of a live run reach the FX thread only through {@link #pump(long)}, which the view calls at most 30 times
 * a second: whatever arrived since the last call is appended in one batch.
 *
 * <p>Threading: the FX thread (in tests, the thread that drains the executor's callbacks).
 */
public final class MainViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(MainViewModel.class);
    private static final String TITLE = "rStar Workbench";

    private final TaskExecutor tasks;
    private final StoredRuns store;
    private final SettingsViewModel settings;
    private final RunViewModel run;
    private final TimelineViewModel timeline = new TimelineViewModel();
    private final StatusViewModel status = new StatusViewModel();
    private final InspectorViewModel inspector;
    private final TrajectoriesViewModel trajectories;
    private final ReadOnlyObjectWrapper<TreeViewModel> tree = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<FillMode> fillMode = new SimpleObjectProperty<>(FillMode.MEAN_REWARD);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(TITLE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final Appearance appearance = new Appearance();
    private final List<SearchEvent> events = new ArrayList<>();
    private final TreeViewModel.Listener treeListener = this::treeChanged;
    private Consumer<UserError> errorSink = e -> LOG.warn("{}: {} {}", e.title(), e.detail(), e.action());
    private EventInbox inbox;
    private int highlightedWinner = -1;

    /**
     * @param tasks   the task executor
     * @param catalog the models the run panel offers
     * @param store   the run store: live runs are recorded there, stored runs opened from it; may be null
     */
    public MainViewModel(TaskExecutor tasks, ModelCatalog catalog, StoredRuns store) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.store = store;
        this.settings = new SettingsViewModel(tasks, catalog, this::error);
        this.run = new RunViewModel(tasks, settings, store, this::error);
        this.inspector = new InspectorViewModel(tasks, this::error);
        this.trajectories = new TrajectoriesViewModel(tasks, this::error);
        trajectories.setOnPick(this::showTrajectory);
        run.setOnSession(this::sessionStarted, this::sessionEnded);
        run.breakpointHitProperty().addListener((obs, old, hit) -> {
            if (hit != null) {
                tree.get().select(hit.nodeId()); // shows the node the breakpoint fired on in the inspector
            }
        });
        fillMode.addListener((obs, old, mode) -> {
            if (mode != null && tree.get() != null) {
                tree.get().setFillMode(mode);
            }
        });
        showTree(new TreeViewModel());
    }

    /** Loads what the panels offer (the problem list, the packs); call once the window is up. */
    public void start() {
        settings.loadChoices();
    }

    /** Where errors go: the error dialog in the app. */
    public void setErrorSink(Consumer<UserError> sink) {
        errorSink = Objects.requireNonNull(sink, "sink");
    }

    /** Shows an error to the user. */
    public void error(UserError e) {
        errorSink.accept(e);
    }

    /** Appends the events that arrived from the engine, then lets the run controls look at the engine. */
    public void pump(long nowNanos) {
        drain();
        run.tick(nowNanos);
    }

    private void drain() {
        if (inbox != null) {
            List<SearchEvent> batch = inbox.drain();
            if (!batch.isEmpty()) {
                events.addAll(batch);
                TreeViewModel model = tree.get();
                model.appendAll(batch);
                if (!model.isFollowingLive()) {
                    // the tree stays where the user scrubbed to and says nothing; the timeline grows regardless
                    timeline.refresh();
                }
            }
        }
    }

    private void sessionStarted(SearchSession session) {
        inbox = session.inbox();
        showTree(new TreeViewModel());
        title.set(TITLE + " — live run: " + session.settings().problem().id());
    }

    private void sessionEnded(SearchSession session) {
        drain();
        if (session.storedRunId() >= 0) {
            title.set(TITLE + " — run " + session.storedRunId() + " (saved): " + session.settings().problem().id());
        }
    }

    /** Reads a stored run off the FX thread and shows it for replay. */
    public void openStoredRun(long runId) {
        if (store == null || run.state().isLive()) {
            return;
        }
        loading.set(true);
        tasks.submit(() -> store.load(runId), loaded -> {
            loading.set(false);
            try {
                showEvents("stored run " + loaded.summary().id() + ": " + loaded.summary().displayName(),
                        loaded.events());
            } catch (IllegalArgumentException e) {
                // events out of order or naming nodes never created: a damaged run
                showTree(new TreeViewModel());
                error(new UserError("Run " + runId + " cannot be shown", e.getMessage(), "Its events in the store "
                        + "are damaged. Export it (rstar export " + runId + " FILE.json) to keep what is there, and "
                        + "open another run."));
            }
        }, failure -> {
            loading.set(false);
            error(UserErrors.of("Opening run " + runId, failure));
        });
    }

    /** Reads a bundled demo run off the FX thread and shows it for replay: no model, nothing stored. */
    public void openDemoRun(DemoRun demo) {
        if (run.state().isLive()) {
            return;
        }
        loading.set(true);
        tasks.submit(() -> BundledDemos.load(demo), demoEvents -> {
            loading.set(false);
            showEvents("demo run: " + demo.title(), demoEvents);
        }, failure -> {
            loading.set(false);
            error(UserErrors.of("Opening the demo run " + demo.title(), failure));
        });
    }

    /** Shows a finished list of events (a stored run) for replay: scrub, select and inspect as in a live run. */
    public void showEvents(String what, List<? extends SearchEvent> runEvents) {
        if (run.state().isLive()) {
            return;
        }
        inbox = null;
        TreeViewModel model = new TreeViewModel();
        showTree(model);
        events.addAll(runEvents);
        model.appendAll(runEvents);
        run.showingStoredRun();
        title.set(TITLE + " — " + what);
        if (!runEvents.isEmpty() && runEvents.get(0) instanceof RunStarted s) {
            settings.fillFrom(s.problem(), s.pack(), s.config());
            settings.chooseRecordedModel(s.generator());
        }
    }

    private void showTree(TreeViewModel model) {
        TreeViewModel old = tree.get();
        if (old != null) {
            old.removeListener(treeListener);
        }
        events.clear();
        highlightedWinner = -1;
        model.setFillMode(fillMode.get());
        model.addListener(treeListener);
        tree.set(model);
        timeline.attach(model);
        inspector.clear(InspectorViewModel.NOTHING_SELECTED);
        trajectories.clear();
        status.show(RunStats.EMPTY);
    }

    private void treeChanged(TreeViewModel.Change change) {
        TreeViewModel model = tree.get();
        if (change == TreeViewModel.Change.TREE) {
            timeline.refresh();
            RunStats stats = RunStats.of(events, model.position());
            status.show(stats);
            showVerdicts(model, stats);
            refreshInspector();
            trajectories.show(List.copyOf(events.subList(0, model.position())));
        } else if (change == TreeViewModel.Change.SELECTION) {
            refreshInspector();
            model.selected().ifPresent(trajectories::reveal);
        }
    }

    /** A candidate trajectory picked in the trajectories panel: its path is highlighted, its end node selected. */
    private void showTrajectory(int endNodeId) {
        TreeViewModel model = tree.get();
        model.highlightPathTo(endNodeId);
        model.select(endNodeId);
    }

    private void showVerdicts(TreeViewModel model, RunStats stats) {
        Map<Integer, VerdictMark> marks = stats.marks();
        if (!marks.equals(model.verdicts())) {
            model.setVerdicts(marks);
        }
        int winner = stats.verdict() == null || stats.verdict().winnerNodeIds().isEmpty() ? -1
                : stats.verdict().winnerNodeIds().get(0);
        if (winner != highlightedWinner) {
            highlightedWinner = winner;
            model.highlightPathTo(winner);
        }
    }

    private void refreshInspector() {
        TreeViewModel model = tree.get();
        OptionalInt selected = model.selected();
        if (selected.isEmpty()) {
            inspector.clear(InspectorViewModel.NOTHING_SELECTED);
            return;
        }
        int id = selected.getAsInt();
        List<SearchEvent> upTo = List.copyOf(events.subList(0, model.position()));
        inspector.show(upTo, id, model.tree().lastSeq(), model.tree().contains(id));
    }

    // ---- properties

    public SettingsViewModel settings() {
        return settings;
    }

    public RunViewModel run() {
        return run;
    }

    public TimelineViewModel timeline() {
        return timeline;
    }

    public StatusViewModel status() {
        return status;
    }

    public InspectorViewModel inspector() {
        return inspector;
    }

    public TrajectoriesViewModel trajectories() {
        return trajectories;
    }

    public StoredRuns store() {
        return store;
    }

    /** The tree shown; replaced for every run. */
    public ReadOnlyObjectProperty<TreeViewModel> treeProperty() {
        return tree.getReadOnlyProperty();
    }

    public TreeViewModel tree() {
        return tree.get();
    }

    /** The run's events received so far (a live run) or all of them (a stored run); read-only. */
    public List<SearchEvent> events() {
        return Collections.unmodifiableList(events);
    }

    public ObjectProperty<FillMode> fillModeProperty() {
        return fillMode;
    }

    /** The window's title: what is shown. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The window's theme and presentation mode. */
    public Appearance appearance() {
        return appearance;
    }

    /** Whether a stored run is being read. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
