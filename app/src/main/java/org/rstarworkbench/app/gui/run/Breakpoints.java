package org.rstarworkbench.app.gui.run;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.rstarworkbench.core.tree.Action;

/**
 * Which breakpoints are on; a value. A run pauses (before its next model call, or at the end of the rollout) when
 * one fires; {@link BreakpointWatch} checks them against the run's events.
 *
 * @param onActions     break when a node created by one of these actions (A1…A5) appears; empty for none
 * @param valueBelow    break when a node is created with a value (the confidence of its majority answer) below this,
 *                      in (0, 1]; NaN for off
 * @param onOtherAnswer break when a rollout ends with an answer other than the leading one (the answer most earlier
 *                      rollouts ended with)
 */
public record Breakpoints(Set<Action> onActions, double valueBelow, boolean onOtherAnswer) {

    /** No breakpoint. */
    public static final Breakpoints NONE = new Breakpoints(Set.of(), Double.NaN, false);

    public Breakpoints {
        onActions = onActions == null || onActions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(onActions));
        if (!Double.isNaN(valueBelow) && !(valueBelow > 0 && valueBelow <= 1)) {
            throw new IllegalArgumentException("The value breakpoint's threshold must be above 0 and at most 1, was "
                    + valueBelow);
        }
    }

    /** Whether any breakpoint is on. */
    public boolean any() {
        return !onActions.isEmpty() || !Double.isNaN(valueBelow) || onOtherAnswer;
    }

    /** One line for the status bar, e.g. "A3, A5; value < 0.50; other answers"; "none" when off. */
    public String describe() {
        if (!any()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        if (!onActions.isEmpty()) {
            s.append(onActions.stream().sorted().map(Action::label).collect(Collectors.joining(", ")));
        }
        if (!Double.isNaN(valueBelow)) {
            s.append(s.isEmpty() ? "" : "; ").append(String.format(Locale.ROOT, "value < %.2f", valueBelow));
        }
        if (onOtherAnswer) {
            s.append(s.isEmpty() ? "" : "; ").append("other answers");
        }
        return s.toString();
    }
}
