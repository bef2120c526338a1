package org.rstarworkbench.app.gui.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.SearchListener;
import org.rstarworkbench.core.run.RunController;

/**
 * Checks a live run's events against its {@link Breakpoints} and pauses the run when one fires. The engine stops at
 * its next checkpoint (before the next model call, or at the end of the rollout), so a few more events may follow
 * the one that fired; the hits wait in {@link #takeHits()} for the window to read once the engine is waiting.
 *
 * <p>"The leading answer" is the one most earlier rollouts ended with (ties: the first seen), compared as stated,
 * as the status bar's "Leading" counts them; the rollout that ends is counted after it is checked.
 *
 * <p>Threading: {@link #onEvent} and {@link #check} on the engine thread only; {@link #setBreakpoints} and
 * {@link #takeHits()} from any thread. Not JavaFX.
 */
public final class BreakpointWatch implements SearchListener {

    private final RunController controller;
    private volatile Breakpoints breakpoints;
    private final List<BreakpointHit> pending = new ArrayList<>();
    /** Rollout answers so far in first-seen order, with their counts; engine thread only. */
    private final Map<String, Integer> answers = new LinkedHashMap<>();

    /**
     * @param controller  paused when a breakpoint fires; null only checks ({@link #check})
     * @param breakpoints the breakpoints at the start
     */
    public BreakpointWatch(RunController controller, Breakpoints breakpoints) {
        this.controller = controller;
        this.breakpoints = Objects.requireNonNull(breakpoints, "breakpoints");
    }

    /** Changes the breakpoints; takes effect from the next event. */
    public void setBreakpoints(Breakpoints value) {
        breakpoints = Objects.requireNonNull(value, "value");
    }

    public Breakpoints breakpoints() {
        return breakpoints;
    }

    @Override
    public void onEvent(SearchEvent event) {
        List<BreakpointHit> hits = check(event);
        if (hits.isEmpty()) {
            return;
        }
        synchronized (pending) {
            pending.addAll(hits);
        }
        if (controller != null) {
            controller.pause();
        }
    }

    /** The hits since the last call, oldest first; empty when none fired. */
    public List<BreakpointHit> takeHits() {
        synchronized (pending) {
            List<BreakpointHit> hits = List.copyOf(pending);
            pending.clear();
            return hits;
        }
    }

    /**
     * The breakpoints {@code event} fires, in the order action, low value, other answer; keeps the rollout answers
     * counted whether or not a breakpoint is on, so that one turned on mid-run knows the leading answer.
     */
    public List<BreakpointHit> check(SearchEvent event) {
        Breakpoints on = breakpoints;
        List<BreakpointHit> hits = new ArrayList<>(2);
        if (event instanceof NodeCreated created) {
            NodeInfo node = created.node();
            if (node.action() != null && on.onActions().contains(node.action())) {
                hits.add(new BreakpointHit(BreakpointHit.Kind.ACTION, event.seq(), node.id(),
                        node.action().label() + " created node #" + node.id() + " (" + kindName(node) + ")"));
            }
            if (!Double.isNaN(on.valueBelow()) && !Double.isNaN(node.value()) && node.value() < on.valueBelow()) {
                hits.add(new BreakpointHit(BreakpointHit.Kind.LOW_VALUE, event.seq(), node.id(),
                        String.format(Locale.ROOT, "node #%d (%s) has value %.2f, below %.2f", node.id(),
                                kindName(node), node.value(), on.valueBelow())));
            }
        } else if (event instanceof RolloutFinished finished && stated(finished.answer())) {
            String leading = leading();
            if (on.onOtherAnswer() && leading != null && !leading.equals(finished.answer())) {
                hits.add(new BreakpointHit(BreakpointHit.Kind.OTHER_ANSWER, event.seq(), finished.endNodeId(),
                        "rollout " + (finished.rollout() + 1) + " ended at node #" + finished.endNodeId() + " with "
                                + finished.answer() + ", not the leading " + leading + " (" + answers.get(leading)
                                + " of the rollouts so far)"));
            }
            answers.merge(finished.answer(), 1, Integer::sum);
        }
        return hits;
    }

    /** The answer most rollouts ended with so far (ties: the first seen), or null before any stated one. */
    String leading() {
        String lead = null;
        int count = 0;
        for (Map.Entry<String, Integer> e : answers.entrySet()) {
            if (e.getValue() > count) {
                lead = e.getKey();
                count = e.getValue();
            }
        }
        return lead;
    }

    private static boolean stated(String answer) {
        return answer != null && !answer.isBlank();
    }

    private static String kindName(NodeInfo node) {
        return node.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
