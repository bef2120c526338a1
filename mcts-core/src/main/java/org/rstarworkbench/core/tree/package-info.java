/**
 * The search tree's domain: problems, the six node kinds, the five actions with the parent-to-children table of the
 * algorithm contract, nodes with their MCTS statistics, and the solution trace of a path from which prompts are
 * built.
 */
package org.rstarworkbench.core.tree;
