package org.rstarworkbench.app.gui.run;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

/**
 * The breakpoint side of the run controls: the switches, handed on to the live run's {@link BreakpointWatch} as soon
 * as they change, and the breakpoint the run is paused at, named for the run panel and the status bar. A hit is
 * shown only while the run stays paused; any other state clears it. {@link RunViewModel} decides when the run has
 * stopped at a breakpoint and calls {@link #show}.
 *
 * <p>Threading: the FX thread (in tests, the thread that drains the executor's callbacks).
 */
final class BreakpointStatus {

    private final BreakpointsViewModel switches = new BreakpointsViewModel();
    private final ReadOnlyObjectWrapper<BreakpointHit> hit = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ObservableStringValue statusText;

    /**
     * @param session the live run, or null when none is under way
     * @param state   where the run stands
     */
    BreakpointStatus(ObservableValue<SearchSession> session, ObservableValue<RunState> state) {
        statusText = Bindings.createStringBinding(() -> text.get().isEmpty() ? state.getValue().label()
                : state.getValue().label() + " — " + text.get(), state, text);
        switches.breakpointsProperty().addListener((obs, old, now) -> {
            SearchSession s = session.getValue();
            if (s != null) {
                s.breakpoints().setBreakpoints(now);
            }
        });
        state.addListener((obs, old, now) -> {
            if (now != RunState.PAUSED) {
                hit.set(null);
                text.set("");
            }
        });
    }

    /** Shows where the paused run stopped: the first of {@code hits}, and how many more fired with it. */
    void show(List<BreakpointHit> hits) {
        text.set(hits.get(0).describe() + (hits.size() == 1 ? "" : " (+" + (hits.size() - 1) + " more)"));
        hit.set(hits.get(0));
    }

    /** The breakpoint switches; they may change while a run is under way. */
    public BreakpointsViewModel switches() {
        return switches;
    }

    /** The breakpoint the run is paused at (the first, when several fired at once); null otherwise. */
    public ReadOnlyObjectProperty<BreakpointHit> hitProperty() {
        return hit.getReadOnlyProperty();
    }

    /** Which breakpoint fired, on which node, while the run is paused at one; empty otherwise. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** What the status bar says: where the run stands, and the breakpoint it is paused at. */
    public ObservableStringValue statusText() {
        return statusText;
    }
}
