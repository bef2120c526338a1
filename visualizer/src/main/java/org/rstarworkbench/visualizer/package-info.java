/**
 * Draws an rStar search tree from the run's event stream. {@code tree} folds events into immutable snapshots at any
 * event (the timeline scrubber); {@code layout} places a snapshot as a tidy top-down tree; {@code style} holds the
 * colour scales, legends and the shape table of the six node kinds; {@code view} is the tree view's state without
 * JavaFX and turns it into a drawing; {@code graph} keeps a GraphStream graph in step with drawings; {@code export}
 * writes drawings as PNG, DOT, GraphML and DGS. Only {@code fx} touches JavaFX.
 */
package org.rstarworkbench.visualizer;
