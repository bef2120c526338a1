/**
 * The trajectories panel: the run's candidate trajectories (duplicates merged) with the peer's verdict on each, the
 * peer's completions of the selected one's masked prefixes, and two trajectories compared step by step. Everything is
 * read from the run's events up to the event the timeline shows, so live runs, replays and stored runs look the same.
 */
package org.rstarworkbench.app.gui.trajectories;
