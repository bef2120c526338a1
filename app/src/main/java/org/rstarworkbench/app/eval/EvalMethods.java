package org.rstarworkbench.app.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.search.CandidateJudge;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.discriminator.Method;
import org.rstarworkbench.discriminator.baseline.GreedyChainOfThought;
import org.rstarworkbench.discriminator.baseline.RStarMethods;
import org.rstarworkbench.discriminator.baseline.SelfConsistency;

/**
 * The methods an evaluation compares, by name: {@code greedy-cot}, {@code sc} at each sample count, {@code mcts-maj}
 * and {@code rstar} at each rollout budget (the two share one search per budget). Shared by {@code rstar eval} and
 * the workbench's evaluation view.
 */
public final class EvalMethods {

    /** The method names, in the order their tasks are built. */
    public static final List<String> NAMES = List.of("greedy-cot", "sc", "mcts-maj", "rstar");

    private EvalMethods() {
    }

    /**
     * Builds the tasks of an evaluation.
     *
     * @param methods   the chosen names from {@link #NAMES}
     * @param scK       sample counts for {@code sc}
     * @param rollouts  rollout budgets for {@code mcts-maj} and {@code rstar}
     * @param generator the generator model
     * @param pack      the prompt pack
     * @param config    the search settings; each budget replaces its rollouts
     * @param answers   how answers are read and compared
     * @param judge     a new discriminator for one rollout budget's search, called only when {@code rstar} is chosen
     */
    public static List<Evaluation.Task> tasks(List<String> methods, List<Integer> scK, List<Integer> rollouts,
                                              LanguageModel generator, PromptPack pack, SearchConfig config,
                                              AnswerFormat answers, Supplier<CandidateJudge> judge) {
        List<Evaluation.Task> tasks = new ArrayList<>();
        if (methods.contains("greedy-cot")) {
            tasks.add(new Evaluation.Task("greedy-cot", 1, new GreedyChainOfThought(generator, pack, answers)));
        }
        if (methods.contains("sc")) {
            List<Method> sc = SelfConsistency.builder().setModel(generator).setPack(pack)
                    .optAnswerFormat(answers).optKs(scK).optSampling(config.sampling()).optSeed(config.seed())
                    .build();
            for (int i = 0; i < sc.size(); i++) {
                tasks.add(new Evaluation.Task("sc", scK.get(i), sc.get(i)));
            }
        }
        boolean majority = methods.contains("mcts-maj");
        boolean full = methods.contains("rstar");
        for (int r : rollouts) {
            if (!majority && !full) {
                break;
            }
            RStar rstar = RStar.builder().setModel(generator).setPack(pack)
                    .optConfig(config.withRollouts(r)).optJudge(full ? judge.get() : null).build();
            List<Method> shared = RStarMethods.shared(rstar);
            if (majority) {
                tasks.add(new Evaluation.Task("mcts-maj", r, shared.get(0)));
            }
            if (full) {
                tasks.add(new Evaluation.Task("rstar", r, shared.get(1)));
            }
        }
        return tasks;
    }
}
