/**
 * rStar's discriminator and the methods it is compared with. The root holds what an evaluation runs: a
 * {@link org.rstarworkbench.discriminator.Method} answers a problem and reports its compute. Sub-packages:
 * {@code trajectory} (candidates as text, masks), {@code selection} (agreement modes and the final answer rule, pure),
 * {@code peer} (the peer discriminator that runs inside a search), {@code event} (its events) and {@code baseline}
 * (greedy chain of thought, self-consistency, MCTS majority, full rStar).
 */
package org.rstarworkbench.discriminator;
