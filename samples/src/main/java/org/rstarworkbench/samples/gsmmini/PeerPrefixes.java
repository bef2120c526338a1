package org.rstarworkbench.samples.gsmmini;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.tree.SearchNode;
import org.rstarworkbench.core.tree.SolutionTrace;

/**
 * The peer's lessons: a candidate trajectory written out as the rStar discriminator writes it, cut after the first
 * {@code ceil(words * r)} words, and the rest to complete.
 *
 * <p>The text is the reference's {@code concat_solution_trace}, as the discriminator module's {@code Trajectories}
 * writes it (this module may not depend on that one; a test checks the two agree): "Let's think step by step. ",
 * the sub-answers before the last without their "The answer is …", thoughts separated by spaces, and the final step
 * after "Now we can answer the question: " when a sub-question or thought comes before it. The prompt is the
 * {@code cot} prompt of the original question followed by the prefix, as the discriminator asks.
 */
final class PeerPrefixes {

    /** The discriminator's default prefix ratios (Qi et al., 2025, §3.3). */
    static final List<Double> RATIOS = List.of(0.2, 0.3, 0.4, 0.5);

    private static final String OPENING = "Let's think step by step. ";
    private static final String BEFORE_FINAL_STEP = "Now we can answer the question: ";
    private static final String ANSWER_CLAUSE = "The answer is";

    private PeerPrefixes() {
    }

    /** One pair per ratio whose prefix leaves something to complete; the completion ends with a newline. */
    static List<TrainingPair> pairs(PromptPack pack, String question, String trajectory) {
        String prompt = pack.cot().render(false, question);
        List<String> words = Arrays.asList(trajectory.split(" ", -1));
        List<TrainingPair> out = new ArrayList<>();
        for (double ratio : RATIOS) {
            int n = (int) Math.min(words.size(), Math.ceil(words.size() * ratio));
            if (n < words.size()) {
                out.add(new TrainingPair(TrainingData.PEER, prompt + String.join(" ", words.subList(0, n)),
                        " " + String.join(" ", words.subList(n, words.size())) + "\n"));
            }
        }
        return out;
    }

    /** The trajectory from the root to {@code end} as one line of text. */
    static String flatten(SearchNode end) {
        List<SolutionTrace.Segment> segments = SolutionTrace.of(end).segments();
        StringBuilder text = new StringBuilder();
        int last = segments.size() - 1;
        for (int i = 0; i <= last; i++) {
            SolutionTrace.Segment s = segments.get(i);
            boolean thoughts = !s.thoughts().isEmpty();
            boolean direct = s.directAnswer() != null;
            if (i > 0 && s.subanswer() != null && (i < last || thoughts || direct)) {
                text.append(reasoningOf(s.subanswer())).append(' ');
            }
            if (direct) {
                if (i > 0 || thoughts) {
                    s.thoughts().values().forEach(t -> text.append(t.strip()).append(' '));
                    text.append(BEFORE_FINAL_STEP);
                }
                text.append(s.directAnswer().strip());
                break;
            }
            if (thoughts) {
                s.thoughts().values().forEach(t -> text.append(t.strip()).append(' '));
                String stripped = text.toString().strip();
                text.setLength(0);
                text.append(stripped);
            } else if (i == last && i > 0 && s.subanswer() != null) {
                text.append(BEFORE_FINAL_STEP).append(s.subanswer().strip());
            }
        }
        return (OPENING + text.toString().replace(OPENING, "")).strip();
    }

    private static String reasoningOf(String subanswer) {
        int at = subanswer.indexOf(ANSWER_CLAUSE);
        return (at >= 0 ? subanswer.substring(0, at) : subanswer).strip();
    }
}
