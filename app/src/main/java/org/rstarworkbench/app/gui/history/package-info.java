/**
 * Stored runs in the window: the run store as the window uses it, and the dialog that lists its runs, opens one for
 * replay, renames, deletes, exports (PNG, DOT, GraphML, run JSON) and compares two of them side by side
 * ({@link org.rstarworkbench.app.gui.history.RunComparison}, plain data).
 */
package org.rstarworkbench.app.gui.history;
