/**
 * rStar's search: {@link org.rstarworkbench.core.search.RStar} runs Monte Carlo Tree Search over the five reasoning
 * actions, with per-run state in a run object, one seeded source of randomness, and an event for every step.
 */
package org.rstarworkbench.core.search;
