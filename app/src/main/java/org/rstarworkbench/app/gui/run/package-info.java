/**
 * The run panel: the problem, the model (a pluggable {@link org.rstarworkbench.app.gui.run.ModelCatalog}), the search
 * settings, and the run controls (play, pause, step one model call or one rollout, run to end, cancel) over a live
 * {@link org.rstarworkbench.app.gui.run.SearchSession} on the engine thread.
 */
package org.rstarworkbench.app.gui.run;
