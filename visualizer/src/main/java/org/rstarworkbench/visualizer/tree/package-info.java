/**
 * The search tree as the views see it: {@link org.rstarworkbench.visualizer.tree.EventTimeline} folds a run's events
 * like the engine's {@code TreeFold}, moves to any event (forward incrementally, backward from checkpoints), and hands
 * out immutable {@link org.rstarworkbench.visualizer.tree.TreeSnapshot}s that other threads may lay out and draw.
 */
package org.rstarworkbench.visualizer.tree;
