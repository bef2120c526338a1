package org.rstarworkbench.core.event;

import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;

/**
 * A search began.
 *
 * @param seq       always 0
 * @param problem   the problem
 * @param config    the settings, seed included
 * @param generator the generator model's id
 * @param pack      the prompt pack's name
 * @param startedAt wall-clock start, ISO-8601
 */
public record RunStarted(long seq, Problem problem, SearchConfig config, String generator, String pack,
                         String startedAt) implements SearchEvent {
}
