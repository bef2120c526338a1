/**
 * The GraphStream graph of a tree view, kept in step with drawings: {@link
 * org.rstarworkbench.visualizer.graph.TreeGraph} adds, removes and restyles only what changed between two drawings,
 * so a live run, a scrub or a new fill mode never rebuilds the graph; {@link
 * org.rstarworkbench.visualizer.graph.GraphStyleSheet} writes the style sheet (shape per kind, the fill's colour
 * scale, marks for the selection, the trajectory, find matches and collapsed branches). Plain gs-core, no viewer:
 * testable without a display.
 */
package org.rstarworkbench.visualizer.graph;
