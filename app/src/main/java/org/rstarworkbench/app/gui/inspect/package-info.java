/**
 * The inspector of the selected node: its statistics, its UCT at every selection, the exact prompt that created it,
 * every raw completion and the vote over them, read from the run's events off the FX thread.
 */
package org.rstarworkbench.app.gui.inspect;
