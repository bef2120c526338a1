/**
 * What the inspector shows about a node, computed from a run's events alone: statistics, UCT at every selection,
 * the exact prompts and completions of the call that created it, and the vote over those completions.
 */
package org.rstarworkbench.app.inspect;
