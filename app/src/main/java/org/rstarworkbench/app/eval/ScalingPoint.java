package org.rstarworkbench.app.eval;

/**
 * One point of a test-time scaling curve: a method at one budget, over an evaluation's problems.
 *
 * @param method    the method's name, e.g. {@code "rstar"} or {@code "mcts-majority"}
 * @param rollouts  the rollouts (or samples, for self-consistency) it was given
 * @param problems  problems scored
 * @param correct   problems answered correctly
 * @param tokens    tokens used over all problems, prompt and generated
 */
public record ScalingPoint(String method, int rollouts, int problems, int correct, long tokens) {

    /** Accuracy in [0, 1]; 0 when no problem was scored. */
    public double accuracy() {
        return problems == 0 ? 0 : (double) correct / problems;
    }

    /** Mean tokens per problem. */
    public double tokensPerProblem() {
        return problems == 0 ? 0 : (double) tokens / problems;
    }
}
