package org.rstarworkbench.discriminator;

import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.tree.Problem;

/**
 * A way of answering a problem that an evaluation compares with others: greedy chain of thought, self-consistency,
 * the generator's MCTS majority, full rStar (see the {@code baseline} package).
 *
 * <p>Threading: implementations are safe to call from several threads at once, on different problems.
 */
public interface Method {

    /** A short, stable name for reports, e.g. {@code greedy-cot}, {@code sc@8}, {@code rstar}. */
    String name();

    /**
     * Answers one problem. Never reads {@link Problem#gold()}, except a method explicitly built to reproduce the
     * reference's label-consulting evaluation.
     *
     * @return the answer (null when the method reached none) and the compute it used
     * @throws ModelException       when a model fails
     * @throws InterruptedException when the thread is interrupted
     */
    MethodResult solve(Problem problem) throws ModelException, InterruptedException;
}
