package org.rstarworkbench.app.eval;

/**
 * One method's result on one problem at one budget: a line of the per-problem JSONL file.
 *
 * @param problem      the problem's id
 * @param method       the method's name, e.g. {@code rstar}, {@code mcts-maj}, {@code sc}, {@code greedy-cot}
 * @param budget       rollouts for the search methods, samples for self-consistency, 1 for greedy
 * @param answer       the method's answer, or null
 * @param gold         the gold answer as read from the dataset, or null when it has none
 * @param correct      whether the answer is equivalent to the gold answer
 * @param requests     model calls
 * @param sequences    sampled sequences
 * @param tokens       prompt and generated tokens
 * @param millis       time spent waiting for models
 */
public record EvalRow(String problem, String method, int budget, String answer, String gold, boolean correct,
                      long requests, long sequences, long tokens, long millis) {

    /** The key that identifies a row for resuming: problem, method and budget. */
    public String key() {
        return key(problem, method, budget);
    }

    public static String key(String problem, String method, int budget) {
        return problem + "\u0000" + method + "\u0000" + budget;
    }
}
