package org.rstarworkbench.core.event;

import org.rstarworkbench.core.search.ComputeUsage;

/**
 * The run finished.
 *
 * @param answer     the final answer: the judge's verdict when the run had a judge, else the candidates' majority
 *                   (the paper's "generator @maj"); null when there is none
 * @param usage      the compute the generator used
 * @param judgeUsage the compute the judge (the peer discriminator) used; zero without one
 */
public record RunFinished(long seq, String answer, ComputeUsage usage, ComputeUsage judgeUsage)
        implements SearchEvent {
}
