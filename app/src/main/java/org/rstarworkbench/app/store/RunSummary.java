package org.rstarworkbench.app.store;

import java.time.Instant;

import org.rstarworkbench.core.search.ComputeUsage;

/**
 * One stored run as the run list shows it.
 *
 * @param id                the run's id in its store
 * @param name              the name the user gave it, or null
 * @param created           when the run started
 * @param updated           when its events were last committed
 * @param status            where it stands
 * @param problemId         the problem's id, e.g. {@code "gsm8k/17"}
 * @param problemText       the problem's question
 * @param gold              the gold answer, or null
 * @param generatorModel    the generator model's id
 * @param peerModel         the peer (discriminator) model's id, or null
 * @param pack              the prompt pack's name
 * @param seed              the run's seed
 * @param answer            the final answer once finished, else null
 * @param message           why a failed run failed, else null
 * @param lastSeq           the sequence number of the last committed event
 * @param rollouts          rollouts finished and committed
 * @param plannedRollouts   rollouts the settings ask for
 * @param usage             the generator's compute so far (final once finished)
 * @param judgeUsage        the judge's compute, known once finished
 */
public record RunSummary(long id, String name, Instant created, Instant updated, RunStatus status, String problemId,
                         String problemText, String gold, String generatorModel, String peerModel, String pack,
                         long seed, String answer, String message, long lastSeq, int rollouts, int plannedRollouts,
                         ComputeUsage usage, ComputeUsage judgeUsage) {

    private static final int SNIPPET = 72;

    /** The question on one line, cut to a length that fits a list. */
    public String problemSnippet() {
        String line = problemText.strip().replaceAll("\\s+", " ");
        return line.length() <= SNIPPET ? line : line.substring(0, SNIPPET - 1) + "…";
    }

    /** The name, or the problem snippet for an unnamed run. */
    public String displayName() {
        return name != null && !name.isBlank() ? name : problemSnippet();
    }

    /** Model calls of the generator so far. */
    public long calls() {
        return usage.calls();
    }
}
