package org.rstarworkbench.discriminator.baseline;

import java.util.List;
import java.util.Objects;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.Method;
import org.rstarworkbench.discriminator.MethodResult;

/**
 * Greedy chain of thought: one completion of the pack's few-shot solution prompt at temperature 0, and its answer.
 * The paper's "few-shot CoT" baseline.
 *
 * <p>Threading: immutable; safe from several threads as long as the model is.
 */
public final class GreedyChainOfThought implements Method {

    /** The method's name in reports. */
    public static final String NAME = "greedy-cot";

    private final LanguageModel model;
    private final PromptPack pack;
    private final AnswerFormat answers;

    /**
     * @param model   the model that solves the problem
     * @param pack    its prompt pack; the {@code cot} prompt, stop sequences and token limit are used
     * @param answers reads the answer; null for the pack's own format
     */
    public GreedyChainOfThought(LanguageModel model, PromptPack pack, AnswerFormat answers) {
        this.model = Objects.requireNonNull(model, "model");
        this.pack = Objects.requireNonNull(pack, "pack");
        this.answers = answers != null ? answers : AnswerFormat.named(pack.answerFormat());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public MethodResult solve(Problem problem) throws ModelException, InterruptedException {
        PromptPack.FewShot cot = pack.cot();
        GenerationRequest request = new GenerationRequest(cot.render(false, problem.question()), 1,
                cot.maxTokens(), cot.stop(), Sampling.GREEDY);
        long start = System.nanoTime();
        List<Generation> generations = model.generate(List.of(request));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (generations.size() != 1 || generations.get(0).completions().isEmpty()) {
            throw new ModelException("the model " + model.id() + " returned no completion for the greedy "
                    + "chain of thought; it should return one");
        }
        String text = generations.get(0).completions().get(0).text();
        return new MethodResult(NAME, answers.extract(text).orElse(null), ComputeUsage.ofCall(generations, millis));
    }
}
