package org.rstarworkbench.app.gui.run;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableValue;

import org.rstarworkbench.core.tree.Action;

/**
 * The breakpoint switches of the run panel, editable while a run is under way: a change reaches the running
 * engine from its next event (see {@link RunViewModel}).
 *
 * <p>Threading: the FX thread.
 */
public final class BreakpointsViewModel {

    /** The value threshold offered first: below one half, most samples disagreed with the majority. */
    static final double DEFAULT_VALUE_BELOW = 0.5;

    private final Map<Action, BooleanProperty> actions = new EnumMap<>(Action.class);
    private final BooleanProperty valueBelowOn = new SimpleBooleanProperty();
    private final DoubleProperty valueBelow = new SimpleDoubleProperty(DEFAULT_VALUE_BELOW);
    private final BooleanProperty otherAnswer = new SimpleBooleanProperty();
    private final ObjectBinding<Breakpoints> breakpoints;

    public BreakpointsViewModel() {
        for (Action a : Action.values()) {
            actions.put(a, new SimpleBooleanProperty());
        }
        Observable[] all = new Observable[Action.values().length + 3];
        int i = 0;
        for (BooleanProperty p : actions.values()) {
            all[i++] = p;
        }
        all[i++] = valueBelowOn;
        all[i++] = valueBelow;
        all[i] = otherAnswer;
        breakpoints = Bindings.createObjectBinding(this::read, all);
    }

    private Breakpoints read() {
        Set<Action> on = EnumSet.noneOf(Action.class);
        actions.forEach((a, p) -> {
            if (p.get()) {
                on.add(a);
            }
        });
        double threshold = Math.min(1, Math.max(0.01, valueBelow.get()));
        return new Breakpoints(on, valueBelowOn.get() ? threshold : Double.NaN, otherAnswer.get());
    }

    /** The breakpoints as set now. */
    public Breakpoints current() {
        return breakpoints.get();
    }

    /** The breakpoints, changing whenever a switch does. */
    public ObservableValue<Breakpoints> breakpointsProperty() {
        return breakpoints;
    }

    /** Break when a node created by {@code action} appears. */
    public BooleanProperty actionProperty(Action action) {
        return actions.get(action);
    }

    /** Break when a node's value is below {@link #valueBelowProperty()}. */
    public BooleanProperty valueBelowOnProperty() {
        return valueBelowOn;
    }

    /** The value threshold, kept within (0, 1] when read. */
    public DoubleProperty valueBelowProperty() {
        return valueBelow;
    }

    /** Break when a rollout ends with an answer other than the leading one. */
    public BooleanProperty otherAnswerProperty() {
        return otherAnswer;
    }
}
