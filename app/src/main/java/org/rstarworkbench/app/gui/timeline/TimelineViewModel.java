package org.rstarworkbench.app.gui.timeline;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import org.rstarworkbench.core.event.RolloutStarted;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.view.TreeViewModel;

/**
 * The timeline under the tree: how many events the run has, which one the tree shows (the scrubber), whether it
 * follows a live run, and the narration of the event shown. Moving the scrubber moves the tree; a live run moves the
 * scrubber while it follows.
 *
 * <p>Threading: the FX thread. The tree's model is replaced for every run ({@link #attach}).
 */
public final class TimelineViewModel {

    private final ReadOnlyIntegerWrapper eventCount = new ReadOnlyIntegerWrapper();
    private final IntegerProperty position = new SimpleIntegerProperty();
    private final BooleanProperty followLive = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper phase = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper(Narration.EMPTY.text());
    private final ReadOnlyStringWrapper positionText = new ReadOnlyStringWrapper("no events");
    private TreeViewModel tree;
    private boolean updating;

    public TimelineViewModel() {
        position.addListener((obs, old, now) -> {
            if (!updating && tree != null) {
                tree.seek(Math.max(0, Math.min(tree.eventCount(), now.intValue())));
            }
        });
        followLive.addListener((obs, old, now) -> {
            if (!updating && tree != null) {
                tree.setFollowLive(now);
            }
        });
    }

    /** Shows the timeline of another tree (a new run, or a stored run). */
    public void attach(TreeViewModel model) {
        tree = model;
        refresh();
    }

    /** Reads the tree's position and events again; called whenever the tree moved. */
    public void refresh() {
        updating = true;
        try {
            int count = tree == null ? 0 : tree.eventCount();
            int at = tree == null ? 0 : tree.position();
            eventCount.set(count);
            position.set(at);
            followLive.set(tree == null || tree.isFollowingLive());
            positionText.set(count == 0 ? "no events" : "event " + at + " of " + count);
            Narration line = at == 0 ? Narration.EMPTY
                    : Narration.of(tree.event(at - 1), tree.tree(), started());
            phase.set(line.phase());
            narration.set(line.text());
        } finally {
            updating = false;
        }
    }

    private RunStarted started() {
        return tree.eventCount() > 0 && tree.event(0) instanceof RunStarted s ? s : null;
    }

    /** Shows the tree after {@code count} events. */
    public void seek(int count) {
        position.set(count);
    }

    public void stepBack() {
        seek(Math.max(0, position.get() - 1));
    }

    public void stepForward() {
        seek(Math.min(eventCount.get(), position.get() + 1));
    }

    public void toStart() {
        seek(0);
    }

    /** Jumps to the last event and follows the run from there. */
    public void toEnd() {
        followLive.set(true);
        if (tree != null) {
            tree.seekToEnd();
        }
    }

    /** Jumps back to the start of the rollout shown (or of the one before, when already at a start). */
    public void previousRollout() {
        for (int i = position.get() - 2; i >= 0; i--) {
            if (eventAt(i) instanceof RolloutStarted) {
                seek(i + 1);
                return;
            }
        }
        toStart();
    }

    /** Jumps to the start of the next rollout, or to the end. */
    public void nextRollout() {
        for (int i = position.get(); i < eventCount.get(); i++) {
            if (eventAt(i) instanceof RolloutStarted) {
                seek(i + 1);
                return;
            }
        }
        seek(eventCount.get());
    }

    private SearchEvent eventAt(int i) {
        return tree.event(i);
    }

    public ReadOnlyIntegerProperty eventCountProperty() {
        return eventCount.getReadOnlyProperty();
    }

    /** How many events the tree shown folds in: the scrubber's value, from 0 to the event count. */
    public IntegerProperty positionProperty() {
        return position;
    }

    /** Whether the tree moves to every new event of a live run. */
    public BooleanProperty followLiveProperty() {
        return followLive;
    }

    /** The MCTS phase of the event shown, e.g. "Selection". */
    public ReadOnlyStringProperty phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** What the event shown means, with its numbers. */
    public ReadOnlyStringProperty narrationProperty() {
        return narration.getReadOnlyProperty();
    }

    /** "event 57 of 179". */
    public ReadOnlyStringProperty positionTextProperty() {
        return positionText.getReadOnlyProperty();
    }
}
