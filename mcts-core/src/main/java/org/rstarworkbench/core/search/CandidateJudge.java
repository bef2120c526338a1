package org.rstarworkbench.core.search;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.EventEmitter;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.tree.Problem;

/**
 * Chooses a search's final answer from its candidates once the rollouts are done, inside the run: its events join
 * the run's stream before {@code run-finished}, and its model calls obey the run's controller. rStar's peer
 * discriminator (Qi et al., 2025, §3.3) is one; without a judge the candidates' majority answer stands.
 */
public interface CandidateJudge {

    /**
     * Judges a finished search.
     *
     * @throws ModelException       when the judge's model fails
     * @throws InterruptedException when the engine thread is interrupted
     */
    Judgement judge(Context context) throws ModelException, InterruptedException;

    /**
     * What a judge gets.
     *
     * @param problem    the problem searched
     * @param search     the search's tree, candidates and majority answer (no judgement yet)
     * @param pack       the generator's prompt pack (its few-shot solution prompt is the peer's prompt)
     * @param answers    how answers are read and compared
     * @param seed       the run's seed, for the judge's sampling seeds
     * @param controller call {@link RunController#beforeModelCall()} before each model call
     * @param events     emits the judge's events into the run's stream
     */
    record Context(Problem problem, SearchResult search, PromptPack pack, AnswerFormat answers, long seed,
                   RunController controller, EventEmitter events) {
    }
}
