package org.rstarworkbench.core.tree;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reasoning so far along a path, arranged as the reference's {@code solution_trace}: segment 0 holds the
 * (possibly rephrased) question, and each sub-question opens a new segment; one-step thoughts and a direct answer
 * belong to the segment they follow. Thought steps are numbered by their position among all thoughts on the path.
 *
 * <p>The text-building methods reproduce the reference's helpers ({@code concat_subqs_and_subas},
 * {@code concat_ost_steps}, {@code concat_subqs_subas_as_ost_steps}, {@code make_hint}) character for character,
 * because prompts must be identical for parity with the reference.
 */
public final class SolutionTrace {

    private static final Pattern STEP_BEFORE_ANSWER = Pattern.compile("(.+?\\.) The answer is", Pattern.UNIX_LINES);

    /** One segment: the question (segment 0) or one sub-question with its current answer. */
    public static final class Segment {
        private final String subquestion;
        private String subanswer;
        private final Map<Integer, String> thoughts = new LinkedHashMap<>();
        private String directAnswer;

        Segment(String subquestion, String subanswer) {
            this.subquestion = subquestion;
            this.subanswer = subanswer;
        }

        public String subquestion() {
            return subquestion;
        }

        public String subanswer() {
            return subanswer;
        }

        /** Thought steps of this segment by their global step number, in order. */
        public Map<Integer, String> thoughts() {
            return thoughts;
        }

        public String directAnswer() {
            return directAnswer;
        }
    }

    private final String question;
    private final List<Segment> segments;

    private SolutionTrace(String question, List<Segment> segments) {
        this.question = question;
        this.segments = segments;
    }

    /** The trace of the path from the root to {@code node}, inclusive. */
    public static SolutionTrace of(SearchNode node) {
        List<Segment> segments = new ArrayList<>();
        segments.add(new Segment(null, null));
        int thoughtCounter = 0;
        String question = null;
        for (SearchNode step : node.path()) {
            Segment last = segments.get(segments.size() - 1);
            switch (step.kind()) {
                case QUESTION, REPHRASED -> question = step.text();
                case SUBQUESTION -> segments.add(new Segment(step.text(), step.subanswer()));
                case RE_ANSWER -> last.subanswer = step.text();
                case THOUGHT -> last.thoughts.put(++thoughtCounter, step.text());
                case DIRECT_ANSWER -> last.directAnswer = step.text();
                default -> throw new IllegalStateException("unknown kind " + step.kind());
            }
        }
        return new SolutionTrace(question, List.copyOf(segments));
    }

    /** The question the trace works on (rephrased below an A5 node). */
    public String question() {
        return question;
    }

    /** Segment 0 is the question; segment k the k-th sub-question. */
    public List<Segment> segments() {
        return segments;
    }

    /** The number of sub-questions so far. */
    public int subquestionCount() {
        return segments.size() - 1;
    }

    /**
     * The sub-questions and answers so far as {@code "Question i.k: …\nAnswer i.k: …\n"} lines
     * (reference: {@code concat_subqs_and_subas}).
     */
    public String subquestionLines(int questionIndex) {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k < segments.size(); k++) {
            Segment s = segments.get(k);
            sb.append("Question ").append(questionIndex).append('.').append(k).append(": ").append(s.subquestion)
                    .append('\n');
            sb.append("Answer ").append(questionIndex).append('.').append(k).append(": ").append(s.subanswer)
                    .append('\n');
        }
        return sb.toString();
    }

    /** The number of the next sub-question. */
    public int nextSubquestionNumber() {
        return segments.size();
    }

    /**
     * The thought steps of the last segment as {@code "Step k: …\n"} lines and the next step number
     * (reference: {@code concat_ost_steps}).
     */
    public StepLines thoughtStepLines() {
        Segment last = segments.get(segments.size() - 1);
        if (last.thoughts.isEmpty()) {
            return new StepLines("", 1);
        }
        StringBuilder sb = new StringBuilder();
        int lastId = 0;
        for (Map.Entry<Integer, String> e : last.thoughts.entrySet()) {
            sb.append("Step ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
            lastId = e.getKey();
        }
        return new StepLines(sb.toString(), lastId + 1);
    }

    /**
     * The sub-answers so far written as thought steps, and the next step number (reference:
     * {@code concat_subqs_subas_as_ost_steps}, whose next number skips one; kept for parity).
     */
    public StepLines subanswersAsStepLines() {
        StringBuilder sb = new StringBuilder();
        int stepId = 1;
        while (stepId < segments.size()) {
            String subanswer = segments.get(stepId).subanswer;
            Matcher m = STEP_BEFORE_ANSWER.matcher(subanswer);
            String stepText = m.find() ? m.group(1).strip() : subanswer.strip();
            sb.append("Step ").append(stepId).append(": ").append(stepText).append('\n');
            stepId++;
        }
        return new StepLines(sb.toString(), stepId + 1);
    }

    /**
     * The hint given to A2 below a SUBQUESTION or RE_ANSWER node: {@code "Hint k: <sub-question> <sub-answer>"}
     * lines (reference: {@code make_hint}).
     */
    public String subquestionHint() {
        StringBuilder sb = new StringBuilder();
        for (int k = 1; k < segments.size(); k++) {
            Segment s = segments.get(k);
            sb.append("Hint ").append(k).append(": ").append(s.subquestion).append(' ').append(s.subanswer)
                    .append('\n');
        }
        return strip(sb.toString(), '\n');
    }

    /** The hint given to A2 below a THOUGHT node: {@code "Hint: <step> <step> …"} (reference: {@code make_hint}). */
    public String thoughtHint() {
        StringBuilder sb = new StringBuilder("Hint: ");
        for (String step : segments.get(segments.size() - 1).thoughts.values()) {
            sb.append(step).append(' ');
        }
        return strip(sb.toString(), ' ');
    }

    /** The last sub-question, or null when there is none. */
    public String lastSubquestion() {
        return segments.size() > 1 ? segments.get(segments.size() - 1).subquestion : null;
    }

    /** Python's {@code str.strip(ch)}: removes {@code ch} from both ends. */
    static String strip(String s, char ch) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ch) {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ch) {
            to--;
        }
        return s.substring(from, to);
    }

    /**
     * Step lines and the number of the next step.
     *
     * @param text the lines, each ending in a newline; empty when there are none
     * @param next the next step number
     */
    public record StepLines(String text, int next) {
    }
}
