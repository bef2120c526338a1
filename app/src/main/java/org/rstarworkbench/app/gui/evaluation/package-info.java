/**
 * The evaluation view: methods (greedy chain of thought, self-consistency, MCTS majority, rStar) scored over a
 * dataset's items with the model chosen in the run panel, off the FX thread, with progress, cancel, the
 * accuracy/compute table and the test-time scaling chart filling in as results arrive. The work is the same as
 * {@code rstar eval}'s: {@link org.rstarworkbench.app.eval.EvalMethods} builds the methods for both.
 */
package org.rstarworkbench.app.gui.evaluation;
