package org.rstarworkbench.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.RunCancelled;
import org.rstarworkbench.core.event.RunFailed;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchListener;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.run.RunCancelledException;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.tree.Problem;

/**
 * Entry point of the engine: configure a generator model, a prompt pack and settings, then {@link #search} problems.
 *
 * <pre>{@code
 * RStar rstar = RStar.builder().setModel(model).setPack(pack).optConfig(SearchConfig.defaults()).build();
 * SearchResult result = rstar.search(problem, new RunController(), events::add);
 * }</pre>
 *
 * <p>An {@code RStar} holds no per-run state; several searches may run at once on different threads, each with its
 * own controller and listeners.
 */
public final class RStar {

    private final LanguageModel model;
    private final PromptPack pack;
    private final SearchConfig config;
    private final AnswerFormat answers;
    private final CandidateJudge judge;

    private RStar(Builder b) {
        this.model = Objects.requireNonNull(b.model, "setModel(...) is required");
        this.pack = Objects.requireNonNull(b.pack, "setPack(...) is required");
        this.config = b.config.validated();
        this.answers = b.answers != null ? b.answers : AnswerFormat.named(pack.answerFormat());
        this.judge = b.judge;
    }

    public static Builder builder() {
        return new Builder();
    }

    public SearchConfig config() {
        return config;
    }

    public PromptPack pack() {
        return pack;
    }

    public AnswerFormat answers() {
        return answers;
    }

    /** Searches without outside control. */
    public SearchResult search(Problem problem, SearchListener... listeners) throws ModelException,
            InterruptedException {
        return search(problem, new RunController(), listeners);
    }

    /**
     * Runs one search on the calling thread.
     *
     * @param problem    the problem, never null
     * @param controller pauses, steps or cancels the run from another thread
     * @param listeners  receive every event on this thread
     * @return the tree, its candidates and the compute used
     * @throws ModelException        when the model fails (a {@code RunFailed} event is emitted first)
     * @throws RunCancelledException when the controller cancels (a {@code RunCancelled} event is emitted first)
     * @throws InterruptedException  when the thread is interrupted
     */
    public SearchResult search(Problem problem, RunController controller, SearchListener... listeners)
            throws ModelException, InterruptedException {
        Objects.requireNonNull(problem, "problem");
        int[] finished = {0};
        List<SearchListener> all = new ArrayList<>(List.of(listeners));
        all.add(e -> {
            if (e instanceof RolloutFinished) {
                finished[0]++;
            }
        });
        SearchRun run = new SearchRun(config, model, pack, answers, RandomSource.seeded(config.seed()), controller,
                all);
        try {
            return new MctsSearch(run, problem, judge).run();
        } catch (ModelException e) {
            run.emit(seq -> new RunFailed(seq, e.getMessage()));
            throw e;
        } catch (RunCancelledException e) {
            run.emit(seq -> new RunCancelled(seq, finished[0]));
            throw e;
        }
    }

    /** Builds an {@link RStar}: {@code setX} for required parts, {@code optX} for optional ones. */
    public static final class Builder {
        private LanguageModel model;
        private PromptPack pack;
        private SearchConfig config = SearchConfig.defaults();
        private AnswerFormat answers;
        private CandidateJudge judge;

        public Builder setModel(LanguageModel model) {
            this.model = model;
            return this;
        }

        public Builder setPack(PromptPack pack) {
            this.pack = pack;
            return this;
        }

        public Builder optConfig(SearchConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** Overrides the pack's answer format. */
        public Builder optAnswerFormat(AnswerFormat answers) {
            this.answers = answers;
            return this;
        }

        /** Chooses the final answer after the rollouts (rStar's peer discriminator); none by default. */
        public Builder optJudge(CandidateJudge judge) {
            this.judge = judge;
            return this;
        }

        public RStar build() {
            return new RStar(this);
        }
    }
}
