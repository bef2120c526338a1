package org.rstarworkbench.discriminator.baseline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.answer.AnswerGroup;
import org.rstarworkbench.core.answer.Votes;
import org.rstarworkbench.core.model.Completion;
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
import org.rstarworkbench.discriminator.SamplingSeeds;

/**
 * Self-consistency at k (Wang et al., 2023; the paper's "SC@maj" baselines): k sampled chains of thought, and their
 * majority answer.
 *
 * <p>The methods for several k share their samples: per problem, one request samples the largest k once, and
 * {@code sc@k} votes over the first k of them. Each method reports the compute it would have used alone (one call,
 * k sequences, the prompt's tokens and the first k completions' tokens, and the call's time scaled by k over the
 * largest k), so accuracy-against-compute comparisons are fair.
 *
 * <pre>{@code
 * List<Method> sc = SelfConsistency.builder().setModel(model).setPack(pack).optKs(List.of(4, 8, 16)).build();
 * }</pre>
 *
 * <p>Threading: the methods are safe from several threads as long as the model is.
 */
public final class SelfConsistency {

    private SelfConsistency() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The shared samples of one problem. */
    private record Samples(Generation generation, long millis) {
    }

    private static final class AtK implements Method {
        private final int k;
        private final int largest;
        private final AnswerFormat answers;
        private final SharedRuns<Samples> samples;

        AtK(int k, int largest, AnswerFormat answers, SharedRuns<Samples> samples) {
            this.k = k;
            this.largest = largest;
            this.answers = answers;
            this.samples = samples;
        }

        @Override
        public String name() {
            return "sc@" + k;
        }

        @Override
        public MethodResult solve(Problem problem) throws ModelException, InterruptedException {
            Samples s = samples.get(problem);
            List<Completion> first = s.generation().completions().subList(0, k);
            String answer = Votes.tally(answers, first.stream().map(Completion::text).toList()).majority()
                    .map(AnswerGroup::answer).orElse(null);
            long tokens = first.stream().mapToLong(Completion::tokens).sum();
            ComputeUsage usage = new ComputeUsage(1, 1, k, s.generation().promptTokens(), tokens,
                    Math.round((double) s.millis() * k / largest));
            return new MethodResult(name(), answer, usage);
        }
    }

    /** Builds the self-consistency methods: {@code setX} for required parts, {@code optX} for optional ones. */
    public static final class Builder {
        private LanguageModel model;
        private PromptPack pack;
        private AnswerFormat answers;
        private List<Integer> ks = List.of(4, 8, 16, 32, 64);
        private Sampling sampling = Sampling.REFERENCE;
        private long seed = 42L;
        private int capacity = 64;

        private Builder() {
        }

        /** The model that samples. Required. */
        public Builder setModel(LanguageModel value) {
            this.model = value;
            return this;
        }

        /** Its prompt pack; the {@code cot} prompt, stop sequences and token limit are used. Required. */
        public Builder setPack(PromptPack value) {
            this.pack = value;
            return this;
        }

        /** Reads and compares answers (default: the pack's format). */
        public Builder optAnswerFormat(AnswerFormat value) {
            this.answers = value;
            return this;
        }

        /** The sample counts k, one method each (default 4, 8, 16, 32, 64). */
        public Builder optKs(List<Integer> values) {
            this.ks = Objects.requireNonNull(values, "ks");
            return this;
        }

        /** Sampling settings (default the reference generator's: 0.8, top-p 0.95, top-k 40); the seed is ignored. */
        public Builder optSampling(Sampling value) {
            this.sampling = Objects.requireNonNull(value, "sampling");
            return this;
        }

        /** The seed the requests' sampling seeds derive from (default 42). */
        public Builder optSeed(long value) {
            this.seed = value;
            return this;
        }

        /** How many problems' samples are kept while not every method has read them (default 64). */
        public Builder optCapacity(int value) {
            this.capacity = value;
            return this;
        }

        /**
         * One method per k, in ascending order of k.
         *
         * @throws NullPointerException     when the model or the pack is missing
         * @throws IllegalArgumentException when no k is given or a k is below 1
         */
        public List<Method> build() {
            Objects.requireNonNull(model, "setModel(...) is required");
            Objects.requireNonNull(pack, "setPack(...) is required");
            if (ks.isEmpty() || ks.stream().anyMatch(k -> k == null || k < 1)) {
                throw new IllegalArgumentException("ks must hold at least one k, each at least 1, was " + ks);
            }
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
            }
            AnswerFormat format = answers != null ? answers : AnswerFormat.named(pack.answerFormat());
            TreeSet<Integer> sorted = new TreeSet<>(ks);
            int largest = sorted.last();
            LanguageModel m = model;
            PromptPack.FewShot cot = pack.cot();
            Sampling s = sampling;
            long runSeed = seed;
            SharedRuns<Samples> shared = new SharedRuns<>(problem -> {
                GenerationRequest request = new GenerationRequest(cot.render(false, problem.question()), largest,
                        cot.maxTokens(), cot.stop(), s.withSeed(SamplingSeeds.derive(runSeed,
                        SamplingSeeds.CHAIN_OF_THOUGHT, problem.id().hashCode())));
                long start = System.nanoTime();
                List<Generation> out = m.generate(List.of(request));
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (out.size() != 1 || out.get(0).completions().size() != largest) {
                    throw new ModelException("the model " + m.id() + " did not return " + largest
                            + " completions for self-consistency; it should return as many as asked");
                }
                return new Samples(out.get(0), millis);
            }, sorted.size(), capacity);
            List<Method> methods = new ArrayList<>();
            for (int k : sorted) {
                methods.add(new AtK(k, largest, format, shared));
            }
            return Collections.unmodifiableList(methods);
        }
    }
}
