/**
 * Candidate trajectories as the peer model sees them: each candidate's path flattened to one line of text as the
 * reference's {@code concat_solution_trace} writes it, duplicates merged with a count, and the prefixes ("masks")
 * the peer is asked to complete (Qi et al., 2025, §3.3).
 */
package org.rstarworkbench.discriminator.trajectory;
