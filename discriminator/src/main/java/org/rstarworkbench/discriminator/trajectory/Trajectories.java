package org.rstarworkbench.discriminator.trajectory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.FlatTrajectory;
import org.rstarworkbench.core.tree.SearchNode;
import org.rstarworkbench.core.tree.SolutionTrace;

/**
 * Writes candidate trajectories out as text, the form the peer model reads, and merges candidates with the same
 * text.
 *
 * <p>The text follows the reference's {@code concat_solution_trace}: the trajectory opens with "Let's think step by
 * step. "; each sub-answer before the last one contributes its reasoning without the "The answer is …" that closes
 * it; thoughts follow one another separated by spaces; the final step (a direct answer, or the last sub-answer when
 * the trajectory ends on a sub-question) is introduced by "Now we can answer the question: ". A trajectory that ends
 * on a thought has no such phrase and its last thought is its final step. Rephrasing (A5) changes no text.
 *
 * <p>Threading: stateless.
 */
public final class Trajectories {

    /** The phrase every trajectory starts with; the direct answers of the few-shot prompts start with it too. */
    public static final String OPENING = FlatTrajectory.OPENING;

    /** The phrase that introduces a trajectory's final step. */
    public static final String BEFORE_FINAL_STEP = FlatTrajectory.BEFORE_FINAL_STEP;

    private Trajectories() {
    }

    /**
     * A trajectory's text and final step.
     *
     * @param text      the whole trajectory on one line
     * @param finalStep the step that states its answer; empty when the path has no step
     */
    public record Flat(String text, String finalStep) {
    }

    /** Flattens the path from the root to {@code end}. */
    public static Flat flatten(SearchNode end) {
        return flatten(SolutionTrace.of(end));
    }

    /** Flattens a solution trace as the reference's {@code concat_solution_trace} does ({@link FlatTrajectory}). */
    public static Flat flatten(SolutionTrace trace) {
        FlatTrajectory flat = FlatTrajectory.of(trace);
        return new Flat(flat.text(), flat.finalStep());
    }

    /**
     * The candidates of a search as trajectories: flattened, with candidates of equal text merged into the first
     * (counts and weights added, the longer final step kept, as the reference), in order of first appearance.
     *
     * @param candidates the search's candidates, never null
     * @param answers    reads each trajectory's answer from its final step
     * @param weighting  how much each candidate weighs
     */
    public static List<Trajectory> of(Collection<SearchResult.Candidate> candidates, AnswerFormat answers,
                                      Weighting weighting) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(weighting, "weighting");
        Map<String, Merged> byText = new LinkedHashMap<>();
        for (SearchResult.Candidate c : candidates) {
            Flat flat = flatten(c.node());
            Merged m = byText.computeIfAbsent(flat.text(), t -> new Merged(flat.finalStep()));
            m.count++;
            m.weight += weighting.of(c.node());
            m.nodeIds.add(c.node().id());
            if (m.finalStep.length() < flat.finalStep().length()) {
                m.finalStep = flat.finalStep();
            }
        }
        List<Trajectory> out = new ArrayList<>(byText.size());
        byText.forEach((text, m) -> out.add(new Trajectory(text, m.finalStep,
                answers.extract(m.finalStep).orElse(null), m.count, m.weight, m.nodeIds)));
        return List.copyOf(out);
    }

    /** A sub-answer's reasoning: the text before its "The answer is", stripped. */
    static String reasoningOf(String subanswer) {
        return FlatTrajectory.reasoningOf(subanswer);
    }

    private static final class Merged {
        private String finalStep;
        private int count;
        private double weight;
        private final List<Integer> nodeIds = new ArrayList<>();

        Merged(String finalStep) {
            this.finalStep = finalStep;
        }
    }
}
