package org.rstarworkbench.app.gui.timeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RunCancelled;
import org.rstarworkbench.core.event.RunFailed;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.selection.Outcome;
import org.rstarworkbench.visualizer.style.VerdictMark;

/**
 * What the status bar shows about a run as it stood after its first {@code k} events, and the peer's verdicts on the
 * tree's nodes for the verdict fill.
 *
 * @param rollouts        rollouts finished
 * @param plannedRollouts rollouts the settings ask for, 0 when unknown
 * @param calls           model calls, the peer's included
 * @param tokens          prompt and generated tokens of those calls
 * @param leading         the answer most rollouts ended with so far, or null
 * @param leadingCount    how many rollouts ended with it
 * @param answer          the final answer once the run finished, else null
 * @param kept            trajectories the peer kept so far
 * @param rejected        trajectories the peer rejected so far
 * @param verdict         the peer's verdict, or null
 * @param ending          how the run ended: "finished", "cancelled", "failed: …"; null while it runs
 * @param marks           the peer's verdict per node id: agreed, rejected, winner
 */
public record RunStats(int rollouts, int plannedRollouts, long calls, long tokens, String leading, int leadingCount,
                       String answer, int kept, int rejected, Verdict verdict, String ending,
                       Map<Integer, VerdictMark> marks) {

    public RunStats {
        marks = Map.copyOf(marks);
    }

    /** Before any event. */
    public static final RunStats EMPTY = new RunStats(0, 0, 0, 0, null, 0, null, 0, 0, null, null, Map.of());

    /** The stats after the first {@code count} events. */
    public static RunStats of(List<? extends SearchEvent> events, int count) {
        Fold f = new Fold();
        for (int i = 0; i < count; i++) {
            f.apply(events.get(i));
        }
        return f.stats();
    }

    private static final class Fold {
        int rollouts;
        int planned;
        long calls;
        long tokens;
        final List<String> answers = new ArrayList<>();
        final Map<String, Integer> answerCounts = new HashMap<>();
        String answer;
        int kept;
        int rejected;
        Verdict verdict;
        String ending;
        final Map<Integer, VerdictMark> marks = new HashMap<>();

        void apply(SearchEvent e) {
            if (e instanceof RunStarted s) {
                planned = s.config().rollouts();
            } else if (e instanceof ModelCalled m) {
                calls++;
                for (Generation g : m.generations()) {
                    tokens += g.promptTokens() + g.completionTokens();
                }
            } else if (e instanceof RolloutFinished r) {
                rollouts++;
                if (r.answer() != null && !r.answer().isBlank()) {
                    answers.add(r.answer());
                    answerCounts.merge(r.answer(), 1, Integer::sum);
                }
            } else if (e instanceof PeerChecked p) {
                VerdictMark mark = p.outcome() == Outcome.KEPT ? VerdictMark.AGREED
                        : p.outcome() == Outcome.REJECTED ? VerdictMark.REJECTED : null;
                if (mark != null) {
                    p.nodeIds().forEach(id -> marks.put(id, mark));
                    kept += mark == VerdictMark.AGREED ? 1 : 0;
                    rejected += mark == VerdictMark.REJECTED ? 1 : 0;
                }
            } else if (e instanceof Verdict v) {
                verdict = v;
                v.winnerNodeIds().forEach(id -> marks.put(id, VerdictMark.WINNER));
            } else if (e instanceof RunFinished f) {
                answer = f.answer();
                ending = "finished";
            } else if (e instanceof RunCancelled) {
                ending = "cancelled";
            } else if (e instanceof RunFailed f) {
                ending = "failed: " + f.message();
            }
        }

        RunStats stats() {
            String lead = null;
            int leadCount = 0;
            for (String a : answers) {
                int c = answerCounts.get(a);
                if (c > leadCount) {
                    lead = a;
                    leadCount = c;
                }
            }
            return new RunStats(rollouts, planned, calls, tokens, lead, leadCount, answer, kept, rejected, verdict,
                    ending, marks);
        }
    }
}
