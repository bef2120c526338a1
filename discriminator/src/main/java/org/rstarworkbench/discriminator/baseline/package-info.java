/**
 * The methods rStar is compared with, behind {@link org.rstarworkbench.discriminator.Method}: greedy chain of
 * thought, self-consistency at k (several k sharing one set of samples), the generator's MCTS majority and full
 * rStar (sharing one search). Each reports its answer and compute.
 */
package org.rstarworkbench.discriminator.baseline;
