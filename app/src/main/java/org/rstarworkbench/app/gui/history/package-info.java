/**
 * Stored runs in the window: the run store as the window uses it, and the dialog that lists its runs and opens one
 * for replay.
 */
package org.rstarworkbench.app.gui.history;
