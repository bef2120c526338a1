/**
 * The tree-rendering benchmark behind {@code rstar bench tree}: it grows real search trees of given sizes with the
 * instant scripted model, shows each in the visualizer's tree view on a JavaFX stage (Monocle's headless screen with
 * software rendering when there is no display), pans it for a fixed number of frames and returns the frame times,
 * the zoom-to-fit and layout times as a {@link org.rstarworkbench.app.gui.bench.TreeBenchReport}; the command line
 * prints them.
 */
package org.rstarworkbench.app.gui.bench;
