package org.rstarworkbench.core.tree;

import java.util.List;

/**
 * A trajectory written out as one line of text, the form rStar's peer model reads (the reference's
 * {@code concat_solution_trace}): the trajectory opens with "Let's think step by step. "; each sub-answer before the
 * last one contributes its reasoning without the "The answer is …" that closes it; thoughts follow one another
 * separated by spaces; the final step (a direct answer, or the last sub-answer when the trajectory ends on a
 * sub-question) is introduced by "Now we can answer the question: ". A trajectory that ends on a thought has no such
 * phrase and its last thought is its final step. Rephrasing (A5) changes no text.
 *
 * @param text      the whole trajectory on one line
 * @param finalStep the step that states its answer; empty when the path has no step
 */
public record FlatTrajectory(String text, String finalStep) {

    /** The phrase every trajectory starts with; the direct answers of the few-shot prompts start with it too. */
    public static final String OPENING = "Let's think step by step. ";

    /** The phrase that introduces a trajectory's final step. */
    public static final String BEFORE_FINAL_STEP = "Now we can answer the question: ";

    private static final String ANSWER_CLAUSE = "The answer is";

    /** Flattens the path from the root to {@code end}. */
    public static FlatTrajectory of(SearchNode end) {
        return of(SolutionTrace.of(end));
    }

    /** Flattens a solution trace as the reference's {@code concat_solution_trace} does. */
    public static FlatTrajectory of(SolutionTrace trace) {
        List<SolutionTrace.Segment> segments = trace.segments();
        StringBuilder text = new StringBuilder();
        String finalStep = null;
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
                    appendThoughts(text, s);
                    text.append(BEFORE_FINAL_STEP);
                }
                text.append(s.directAnswer().strip());
                finalStep = s.directAnswer();
                break;
            }
            if (thoughts) {
                appendThoughts(text, s);
                strip(text);
                finalStep = lastThought(s);
            } else if (i == last && i > 0 && s.subanswer() != null) {
                text.append(BEFORE_FINAL_STEP).append(s.subanswer().strip());
                finalStep = s.subanswer();
            }
        }
        String body = text.toString().replace(OPENING, "");
        return new FlatTrajectory((OPENING + body).strip(), finalStep == null ? "" : finalStep.strip());
    }

    /** A sub-answer's reasoning: the text before its "The answer is", stripped. */
    public static String reasoningOf(String subanswer) {
        int at = subanswer.indexOf(ANSWER_CLAUSE);
        return (at >= 0 ? subanswer.substring(0, at) : subanswer).strip();
    }

    private static void appendThoughts(StringBuilder text, SolutionTrace.Segment s) {
        for (String thought : s.thoughts().values()) {
            text.append(thought.strip()).append(' ');
        }
    }

    private static String lastThought(SolutionTrace.Segment s) {
        String last = null;
        for (String thought : s.thoughts().values()) {
            last = thought;
        }
        return last;
    }

    private static void strip(StringBuilder text) {
        String stripped = text.toString().strip();
        text.setLength(0);
        text.append(stripped);
    }

}
