/**
 * Tidy top-down placement of a search tree: one row per depth, children left to right in creation order, parents
 * centred over their children, no two nodes closer than the spacing (Walker's algorithm in the linear-time form of
 * Buchheim, Jünger and Leipert). Collapsed nodes are placed as leaves; {@link
 * org.rstarworkbench.visualizer.layout.LevelOfDetail} picks rarely visited branches to collapse in big trees. Pure
 * computation on immutable snapshots, safe on any thread.
 */
package org.rstarworkbench.visualizer.layout;
