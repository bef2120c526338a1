package org.rstarworkbench.core.search;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.EventEmitter;
import java.util.List;

import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
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
     * @param controller the run's controller
     * @param events     emits the judge's events into the run's stream
     * @param caller     makes the judge's model calls: waits for the controller, numbers the call in the run and
     *                   emits its {@code model-called} event (node -1, no action)
     */
    record Context(Problem problem, SearchResult search, PromptPack pack, AnswerFormat answers, long seed,
                   RunController controller, EventEmitter events, ModelCaller caller) {

        /** A context whose calls wait for the controller but are not recorded as events (for tests). */
        public Context(Problem problem, SearchResult search, PromptPack pack, AnswerFormat answers, long seed,
                       RunController controller, EventEmitter events) {
            this(problem, search, pack, answers, seed, controller, events, (model, purpose, requests) -> {
                controller.beforeModelCall();
                long start = System.nanoTime();
                List<Generation> generations = model.generate(requests);
                return new ModelCall(generations, (System.nanoTime() - start) / 1_000_000);
            });
        }
    }

    /** Makes one model call on behalf of a judge. */
    @FunctionalInterface
    interface ModelCaller {
        /**
         * Calls {@code model} with {@code requests} as they are (their seeds included).
         *
         * @param purpose what the call is for, shown with the call, e.g. "peer completes masked prefixes"
         */
        ModelCall call(LanguageModel model, String purpose, List<GenerationRequest> requests)
                throws ModelException, InterruptedException;
    }

    /**
     * A judge's model call.
     *
     * @param generations one per request, in order
     * @param millis      time spent waiting for the model (not for the controller)
     */
    record ModelCall(List<Generation> generations, long millis) {
    }
}
