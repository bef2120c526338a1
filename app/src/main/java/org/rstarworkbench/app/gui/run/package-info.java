/**
 * The run panel: the problem (from GSM-mini's test split or a dataset file the user opens, or typed), the model (a
 * pluggable {@link org.rstarworkbench.app.gui.run.ModelCatalog}), the peer of the mutual-consistency check ({@link
 * org.rstarworkbench.app.gui.run.PeerChoice}), the search settings (the command line's rarer ones in a collapsed
 * Advanced part, {@link org.rstarworkbench.app.gui.run.AdvancedSearchSettings}), and the run controls (play, pause,
 * step one model call or one rollout, run to end, cancel) over a live {@link
 * org.rstarworkbench.app.gui.run.SearchSession} on the engine thread; cancel also interrupts the model call in
 * flight. Breakpoints (a node of chosen actions, a node value below a threshold, a rollout ending with another answer
 * than the leading one) are checked on the engine thread by the JavaFX-free {@link
 * org.rstarworkbench.app.gui.run.BreakpointWatch}, which pauses the run.
 */
package org.rstarworkbench.app.gui.run;
