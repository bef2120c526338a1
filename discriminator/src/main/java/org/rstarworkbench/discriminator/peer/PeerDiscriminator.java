package org.rstarworkbench.discriminator.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.search.CandidateJudge;
import org.rstarworkbench.core.search.Judgement;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.selection.AgreementMode;
import org.rstarworkbench.discriminator.selection.CheckedTrajectory;
import org.rstarworkbench.discriminator.selection.Selection;
import org.rstarworkbench.discriminator.selection.SelectionResult;
import org.rstarworkbench.discriminator.selection.SelectionSettings;
import org.rstarworkbench.discriminator.trajectory.Masking;
import org.rstarworkbench.discriminator.trajectory.Trajectories;
import org.rstarworkbench.discriminator.trajectory.Trajectory;
import org.rstarworkbench.discriminator.trajectory.Weighting;

/**
 * rStar's discriminator (Qi et al., 2025, §3.3): a second, peer model completes prefixes of each candidate
 * trajectory, the trajectories it agrees with are kept, and the final answer is selected from them.
 *
 * <pre>{@code
 * PeerDiscriminator peer = PeerDiscriminator.builder().setPeer(peerModel).build();
 * RStar rstar = RStar.builder().setModel(generator).setPack(pack).optJudge(peer).build();
 * }</pre>
 *
 * <p>Each trajectory to check is cut into prefixes ({@link Masking}); each prefix is appended to the few-shot
 * solution prompt of the original problem (the pack's {@code cot} prompt, never the rephrased question) and
 * completed once. The completion's answer is read from the prefix followed by the completion (or, optionally, from
 * the completion alone, as the reference). The selection is {@link Selection}'s. The peer is not called when the
 * votes alone decide. Emits one {@link PeerChecked} per trajectory, then one {@link Verdict}.
 *
 * <p>Defaults are the reference's: ratios 0.2/0.3/0.4/0.5, mode mid, temperature 1.0 with top-p 0.95 and top-k 40,
 * 512 tokens, the cot stop sequences plus a newline, threshold 0.999, answers up to 100 characters, up to 128
 * requests per call. Label-free unless {@link Builder#optReferenceFaithful} is set.
 *
 * <p>Threading: immutable; one instance may judge several runs at once, on their own engine threads.
 */
public final class PeerDiscriminator implements CandidateJudge {

    /** The judge's name in reports. */
    public static final String NAME = "rstar-discriminator";

    private static final Logger LOG = LoggerFactory.getLogger(PeerDiscriminator.class);

    private final LanguageModel peer;
    private final List<Double> ratios;
    private final Sampling sampling;
    private final int maxTokens;
    private final boolean stopAtNewline;
    private final int batchSize;
    private final boolean answerFromCompletionOnly;
    private final Weighting weighting;
    private final SelectionSettings selection;

    private PeerDiscriminator(Builder b) {
        this.peer = Objects.requireNonNull(b.peer, "setPeer(...) is required: the peer model that checks trajectories");
        this.ratios = Masking.checkRatios(b.ratios);
        this.sampling = b.sampling;
        this.maxTokens = positive("maxTokens", b.maxTokens);
        this.stopAtNewline = b.stopAtNewline;
        this.batchSize = positive("batchSize", b.batchSize);
        this.answerFromCompletionOnly = b.answerFromCompletionOnly;
        this.weighting = Objects.requireNonNull(b.weighting, "weighting");
        this.selection = new SelectionSettings(Objects.requireNonNull(b.mode, "mode"), b.threshold,
                b.maxAnswerLength, b.referenceFaithful);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The name this judge reports: {@value #NAME}, or {@code rstar-discriminator-reference-faithful} when it
     * consults gold answers.
     */
    public String name() {
        return selection.referenceFaithful() ? NAME + "-reference-faithful" : NAME;
    }

    @Override
    public Judgement judge(Context context) throws ModelException, InterruptedException {
        AnswerFormat answers = context.answers();
        List<Trajectory> trajectories = Trajectories.of(context.search().candidates(), answers, weighting);
        String gold = gold(context);
        Selection select = new Selection(selection, answers);
        Selection.Preselection pre = select.preselect(trajectories, gold);
        String solutionPrompt = context.pack().cot().render(false, context.problem().question());
        PeerRound round = new PeerRound(this, answers, solutionPrompt, stop(context.pack().cot().stop()),
                context.seed());
        List<CheckedTrajectory> checked = round.check(trajectories, pre.toCheck(), context.caller());
        SelectionResult result = select.select(checked, gold);
        for (int i = 0; i < checked.size(); i++) {
            int index = i;
            Trajectory t = checked.get(i).trajectory();
            context.events().emit(seq -> new PeerChecked(seq, index, t.text(), t.count(), t.weight(), t.answer(),
                    t.nodeIds(), checked.get(index).checks(), result.outcomes().get(index)));
        }
        List<Integer> winnerNodes = result.winner() < 0 ? List.of() : trajectories.get(result.winner()).nodeIds();
        context.events().emit(seq -> new Verdict(seq, name(), result.answer(), result.branch(), result.winner(),
                winnerNodes, result.majorityAnswer(), result.majorityConfidence(), result.keptCount(),
                result.scores(), round.usage()));
        LOG.debug("{}: {} trajectories, {} checked, {} kept; {} decided '{}'", name(), trajectories.size(),
                pre.toCheck().size(), result.keptCount(), result.branch().id(), result.answer());
        return new Judgement(name() + "/" + result.branch().id(), result.answer(), round.usage());
    }

    private String gold(Context context) {
        String label = context.problem().gold();
        if (!selection.referenceFaithful() || label == null) {
            return null;
        }
        String gold = context.answers().extractGold(label).orElse(null);
        if (gold == null) {
            LOG.warn("problem {}: the gold label '{}' holds no {} answer; selecting without it", context.problem().id(),
                    label, context.answers().name());
        }
        return gold;
    }

    LanguageModel peer() {
        return peer;
    }

    /** The prefix ratios, in mask order. */
    public List<Double> ratios() {
        return ratios;
    }

    /** The peer's sampling settings (their seed is replaced per request). */
    public Sampling sampling() {
        return sampling;
    }

    public int maxTokens() {
        return maxTokens;
    }

    public int batchSize() {
        return batchSize;
    }

    public boolean answerFromCompletionOnly() {
        return answerFromCompletionOnly;
    }

    public Weighting weighting() {
        return weighting;
    }

    /** The selection's settings. */
    public SelectionSettings selection() {
        return selection;
    }

    /** The stop sequences of a peer request for a pack's cot stop sequences. */
    List<String> stop(List<String> cotStop) {
        List<String> stop = new ArrayList<>(cotStop);
        if (stopAtNewline && !stop.contains("\n")) {
            stop.add("\n");
        }
        return stop;
    }

    private static int positive(String field, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, was " + value);
        }
        return value;
    }

    /** Builds a {@link PeerDiscriminator}: {@code setX} for required parts, {@code optX} for optional ones. */
    public static final class Builder {
        private LanguageModel peer;
        private List<Double> ratios = Masking.REFERENCE_RATIOS;
        private AgreementMode mode = AgreementMode.MID;
        private Sampling sampling = new Sampling(1.0, 0.95, 40, null);
        private int maxTokens = 512;
        private boolean stopAtNewline = true;
        private int batchSize = 128;
        private double threshold = 0.999;
        private int maxAnswerLength = 100;
        private Weighting weighting = Weighting.COUNT;
        private boolean answerFromCompletionOnly;
        private boolean referenceFaithful;

        private Builder() {
        }

        /** The peer model; it should differ from the generator. Required. */
        public Builder setPeer(LanguageModel model) {
            this.peer = model;
            return this;
        }

        /** The prefix ratios (default 0.2, 0.3, 0.4, 0.5); each in (0, 1]. See {@link Masking#spread}. */
        public Builder optRatios(List<Double> values) {
            this.ratios = values;
            return this;
        }

        /** The agreement test (default {@link AgreementMode#MID}). */
        public Builder optMode(AgreementMode value) {
            this.mode = value;
            return this;
        }

        /** Token limit of one completion (default 512). */
        public Builder optMaxTokens(int value) {
            this.maxTokens = value;
            return this;
        }

        /** Sampling temperature (default 1.0); keeps top-p and top-k. */
        public Builder optTemperature(double value) {
            this.sampling = new Sampling(value, sampling.topP(), sampling.topK(), null);
            return this;
        }

        /** All sampling settings at once (default temperature 1.0, top-p 0.95, top-k 40); the seed is ignored. */
        public Builder optSampling(Sampling value) {
            this.sampling = Objects.requireNonNull(value, "sampling");
            return this;
        }

        /** Whether a newline also ends a completion, as in the reference, since trajectories are one line (true). */
        public Builder optStopAtNewline(boolean value) {
            this.stopAtNewline = value;
            return this;
        }

        /** The most requests per model call (default 128, the reference's batch for 256 sequences). */
        public Builder optBatchSize(int value) {
            this.batchSize = value;
            return this;
        }

        /** Above this confidence the majority answer wins without the peer (default 0.999). */
        public Builder optConfidenceThreshold(double value) {
            this.threshold = value;
            return this;
        }

        /** Trajectories with longer answers (in characters) are not checked (default 100). */
        public Builder optMaxAnswerLength(int value) {
            this.maxAnswerLength = value;
            return this;
        }

        /** How candidates weigh in the votes (default {@link Weighting#COUNT}, the reference). */
        public Builder optWeighting(Weighting value) {
            this.weighting = value;
            return this;
        }

        /**
         * Read the peer's answer from its completion alone, as the reference, instead of from the prefix followed
         * by the completion (default false).
         */
        public Builder optAnswerFromCompletionOnly(boolean value) {
            this.answerFromCompletionOnly = value;
            return this;
        }

        /**
         * Reproduce the reference's evaluation, which consults the problem's gold answer while selecting (see
         * {@link Selection}). For comparisons with published numbers only: the answer then depends on the label.
         * Reported as {@code rstar-discriminator-reference-faithful}. Default false.
         */
        public Builder optReferenceFaithful(boolean value) {
            this.referenceFaithful = value;
            return this;
        }

        /**
         * @throws NullPointerException     when the peer is missing
         * @throws IllegalArgumentException naming the setting and its value when a setting is out of range
         */
        public PeerDiscriminator build() {
            return new PeerDiscriminator(this);
        }
    }
}
