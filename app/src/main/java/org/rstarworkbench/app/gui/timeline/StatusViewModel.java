package org.rstarworkbench.app.gui.timeline;

import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's texts for the run as it stood at the event shown: rollouts, model calls, tokens, the answer and
 * the peer's verdict.
 *
 * <p>Threading: the FX thread.
 */
public final class StatusViewModel {

    private final ReadOnlyObjectWrapper<RunStats> stats = new ReadOnlyObjectWrapper<>(RunStats.EMPTY);
    private final ReadOnlyStringWrapper rollouts = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper calls = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper tokens = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper();

    public StatusViewModel() {
        show(RunStats.EMPTY);
    }

    /** Shows new stats. */
    public void show(RunStats s) {
        stats.set(s);
        rollouts.set(s.rollouts() + "/" + (s.plannedRollouts() > 0 ? s.plannedRollouts() : "–") + " rollouts");
        calls.set(String.format(Locale.ROOT, "%,d model calls", s.calls()));
        tokens.set(String.format(Locale.ROOT, "%,d tokens", s.tokens()));
        if (s.answer() != null) {
            answer.set("Answer: " + s.answer());
        } else if (s.ending() != null && !s.ending().equals("finished")) {
            answer.set("No answer (" + (s.ending().startsWith("failed") ? "failed" : s.ending()) + ")");
        } else if (s.leading() != null) {
            answer.set("Leading: " + s.leading() + " (" + s.leadingCount() + " of " + s.rollouts() + " rollouts)");
        } else {
            answer.set("Answer: –");
        }
        if (s.verdict() != null) {
            verdict.set("Peer: " + (s.verdict().answer() == null ? "no answer" : s.verdict().answer()) + " by "
                    + s.verdict().branch().id() + ", " + s.verdict().kept() + " kept");
        } else if (s.kept() + s.rejected() > 0) {
            verdict.set("Peer: " + s.kept() + " kept, " + s.rejected() + " rejected so far");
        } else {
            verdict.set("Peer: –");
        }
    }

    public ReadOnlyObjectProperty<RunStats> statsProperty() {
        return stats.getReadOnlyProperty();
    }

    /** "3/16 rollouts": finished of planned. */
    public ReadOnlyStringProperty rolloutsProperty() {
        return rollouts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty callsProperty() {
        return calls.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokensProperty() {
        return tokens.getReadOnlyProperty();
    }

    /** The final answer, or the answer leading so far. */
    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** The peer's verdict, or its checks so far. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }
}
