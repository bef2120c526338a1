package org.rstarworkbench.app.gui.history;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.rstarworkbench.app.store.RunSummary;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.discriminator.event.Verdict;

/**
 * A stored run's key figures, for comparing two runs side by side. Built from the run's summary and events; plain
 * data, no JavaFX.
 *
 * @param runId     the run's id
 * @param name      its name, or the problem's snippet
 * @param problem   the problem's id
 * @param gold      the gold answer, or null
 * @param answer    the final answer, or null
 * @param correct   whether the answer matches the gold one; null when either is unknown
 * @param verdict   how the answer was chosen: the peer's verdict, the generator's majority, or why there is none
 * @param nodes     nodes in the tree
 * @param rollouts  rollouts finished
 * @param planned   rollouts the settings asked for
 * @param usage     the compute of generator and peer together
 * @param wallTime  from the run's start to its last committed events
 * @param answers   the answers its rollouts ended with, most frequent first, with how many did
 */
public record RunFigures(long runId, String name, String problem, String gold, String answer, Boolean correct,
                         String verdict, int nodes, int rollouts, int planned, ComputeUsage usage, Duration wallTime,
                         Map<String, Integer> answers) {

    public RunFigures {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(usage, "usage");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    }

    /**
     * The figures of one run.
     *
     * @param summary the run as the store lists it
     * @param events  its events
     * @param format  how its answers are compared with the gold one; null compares them as written
     */
    public static RunFigures of(RunSummary summary, List<? extends SearchEvent> events, AnswerFormat format) {
        int nodes = 0;
        Map<String, Integer> counts = new LinkedHashMap<>();
        Verdict verdict = null;
        for (SearchEvent e : events) {
            if (e instanceof NodeCreated) {
                nodes++;
            } else if (e instanceof RolloutFinished r && r.answer() != null && !r.answer().isBlank()) {
                counts.merge(r.answer(), 1, Integer::sum);
            } else if (e instanceof Verdict v) {
                verdict = v;
            }
        }
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable: ties keep first-seen order
        Map<String, Integer> answers = new LinkedHashMap<>();
        sorted.forEach(en -> answers.put(en.getKey(), en.getValue()));
        ComputeUsage usage = summary.usage() == null ? ComputeUsage.ZERO : summary.usage();
        if (summary.judgeUsage() != null) {
            usage = usage.plus(summary.judgeUsage());
        }
        return new RunFigures(summary.id(), summary.displayName(), summary.problemId(), summary.gold(),
                summary.answer(), correct(summary.answer(), summary.gold(), format), verdict(summary, verdict), nodes,
                summary.rollouts(), summary.plannedRollouts(), usage,
                Duration.between(summary.created(), summary.updated()), answers);
    }

    private static Boolean correct(String answer, String gold, AnswerFormat format) {
        if (answer == null || gold == null || gold.isBlank()) {
            return null;
        }
        if (format == null) {
            return answer.strip().equals(gold.strip());
        }
        String g = format.extractGold(gold).orElse(null);
        return g == null ? null : format.equivalent(g, answer);
    }

    private static String verdict(RunSummary summary, Verdict v) {
        return switch (summary.status()) {
            case FINISHED -> v == null ? "generator majority (no peer check)"
                    : "peer: " + (v.answer() == null ? "no answer" : v.answer()) + " by " + v.branch().id() + ", "
                    + v.kept() + " kept";
            case RUNNING -> "unfinished";
            case CANCELLED -> "cancelled";
            case FAILED -> "failed" + (summary.message() == null ? "" : ": " + summary.message());
        };
    }

    /** "7 ×3, 8 ×1", or "none". */
    public String answersText() {
        if (answers.isEmpty()) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        answers.forEach((a, n) -> s.append(s.isEmpty() ? "" : ", ").append(a).append(" ×").append(n));
        return s.toString();
    }

    /** "12.3 s (model 10.1 s)". */
    public String timeText() {
        return String.format(Locale.ROOT, "%.1f s (model %.1f s)", wallTime.toMillis() / 1000.0,
                usage.modelMillis() / 1000.0);
    }
}
