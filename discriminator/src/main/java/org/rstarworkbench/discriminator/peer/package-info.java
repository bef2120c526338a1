/**
 * The peer discriminator of rStar (Qi et al., 2025, §3.3): a second model completes prefixes of the candidate
 * trajectories inside the run, as the engine's {@link org.rstarworkbench.core.search.CandidateJudge}, and the
 * trajectories it agrees with decide the final answer.
 */
package org.rstarworkbench.discriminator.peer;
