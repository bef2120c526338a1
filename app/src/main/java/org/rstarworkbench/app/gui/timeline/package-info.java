/**
 * The timeline under the tree: the scrubber over a run's events (the tree shows the fold of the events up to it), the
 * narration of the event shown with its UCT numbers, and the status bar's figures at that event.
 */
package org.rstarworkbench.app.gui.timeline;
