package org.rstarworkbench.core.event;

import org.rstarworkbench.core.search.ComputeUsage;

/**
 * The search finished.
 *
 * @param answer the majority answer over the candidates (the paper's "generator @maj"), or null when none
 * @param usage  the compute it used
 */
public record RunFinished(long seq, String answer, ComputeUsage usage) implements SearchEvent {
}
