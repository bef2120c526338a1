package org.rstarworkbench.samples.gsmmini;

import java.util.List;
import java.util.Objects;

import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.core.tree.QuestionParts;

/**
 * A GSM-mini problem with its structured solution, and the solution written out in the forms the tiny-model prompt
 * pack uses.
 *
 * <p>The question is its sentences joined by single spaces; the last sentence asks the question and is the only one
 * that does not end with a period. Each step is one operation; the last step's result is the answer.
 *
 * @param id        a stable id, e.g. {@code "gsm-mini-test/17"}
 * @param theme     the story setting it was written in, e.g. {@code "orchard"}
 * @param sentences the story sentences, the asking sentence last
 * @param steps     the solution steps in order, at least one
 */
public record WordProblem(String id, String theme, List<String> sentences, List<Step> steps) {

    /** The phrase that opens the final sub-question, so the engine's final-sub-question rule fires on it. */
    public static final String FINAL_SUBQUESTION_OPENING = "Now we can answer: ";

    /** The closing clause of every solution and sub-answer: {@code "The answer is N."}. */
    static final String ANSWER_CLAUSE = "The answer is ";

    public WordProblem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(theme, "theme");
        sentences = List.copyOf(sentences);
        steps = List.copyOf(steps);
        if (sentences.size() < 2 || steps.isEmpty()) {
            throw new IllegalArgumentException("a word problem needs a story, a question and at least one step");
        }
    }

    /** The question text. */
    public String question() {
        return String.join(" ", sentences);
    }

    /** The last sentence: what is asked. */
    public String ask() {
        return sentences.get(sentences.size() - 1);
    }

    /** The sentences before the asking one, joined: the engine's {@link QuestionParts#context()} of the question. */
    public String context() {
        return String.join(" ", sentences.subList(0, sentences.size() - 1));
    }

    /** The answer: the last step's result. */
    public long answer() {
        return steps.get(steps.size() - 1).result();
    }

    /** How many operations the solution takes. */
    public int operations() {
        return steps.size();
    }

    /** The problem as the engine takes it, with the answer as its gold label. */
    public Problem problem() {
        return new Problem(id, question(), Long.toString(answer()));
    }

    /**
     * The question rewritten as a list of conditions (A5): every story sentence as {@code "Condition k: …"}, then
     * {@code "Question: "} and the asking sentence.
     */
    public String rephrased() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < sentences.size() - 1; k++) {
            sb.append("Condition ").append(k + 1).append(": ").append(sentences.get(k)).append(' ');
        }
        return sb.append("Question: ").append(ask()).toString();
    }

    /** The full solution (A2): every step's sentence, then "The answer is N." */
    public String solution() {
        return solutionThrough(steps.size());
    }

    /**
     * The steps {@code 1..k} and the answer of step {@code k}: a full solution of the k-th sub-question (A4).
     *
     * @param k the step, from 1
     */
    public String solutionThrough(int k) {
        StringBuilder sb = new StringBuilder();
        for (Step step : steps.subList(0, k)) {
            sb.append(step.sentence()).append(' ');
        }
        return sb.append(answerClause(steps.get(k - 1).result())).toString();
    }

    /**
     * The answer of the k-th sub-question (A3): step {@code k}'s sentence, and for the last sub-question "The answer
     * is N." after it. Only the last says so, to keep prompts short: the engine reads a sub-answer's number from its
     * last number when the marker is missing.
     */
    public String subanswer(int k) {
        Step step = steps.get(k - 1);
        return k == steps.size() ? step.sentence() + " " + answerClause(step.result()) : step.sentence();
    }

    /** The k-th sub-question, from 1; the last one opens with {@link #FINAL_SUBQUESTION_OPENING}. */
    public String subquestion(int k) {
        return steps.get(k - 1).subquestion();
    }

    static String answerClause(long answer) {
        return ANSWER_CLAUSE + answer + ".";
    }
}
