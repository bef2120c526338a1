package org.rstarworkbench.core.search;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.model.Sampling;

/**
 * Settings of one rStar search. Defaults are the reference's (see {@link #defaults()}); every number can be changed.
 *
 * @param rollouts            MCTS rollouts (reference default for the paper: 16)
 * @param maxDepth            depth limit; a node at this depth is terminal (5)
 * @param explorationWeight   c in UCT = Q/N + c·sqrt(ln N_parent / N) (2.0)
 * @param weightSchedule      how c changes over rollouts: constant, linear or exponential decay to c/10 (constant)
 * @param a1Enabled           whether A1 (one-step thought) is used (true)
 * @param a5Enabled           whether A5 (rephrase) is used (true)
 * @param a1Samples           thoughts proposed per A1 (3)
 * @param subquestions        sub-questions proposed per A3 (3)
 * @param votes               samples per sub-answer and per A4 re-answer (10)
 * @param lastVotes           samples per A2 direct answer and per final sub-answer (32)
 * @param sampling            temperature, top-p, top-k for every request; its seed is ignored (see {@code seed})
 * @param seed                the run's seed: MCTS choices and per-request sampling seeds derive from it
 * @param referenceParity     reproduce the reference's quirks exactly (see {@code docs/parity.md}): one vote count
 *                            for all sub-questions of an A3 batch, decided by the last one
 */
public record SearchConfig(
        int rollouts,
        int maxDepth,
        double explorationWeight,
        WeightSchedule weightSchedule,
        boolean a1Enabled,
        boolean a5Enabled,
        int a1Samples,
        int subquestions,
        int votes,
        int lastVotes,
        Sampling sampling,
        long seed,
        boolean referenceParity) {

    /** How the exploration weight changes from the first rollout to the last (reference: {@code --mcts_weight_scheduler}). */
    public enum WeightSchedule {
        CONSTANT, LINEAR, EXPONENTIAL
    }

    /** The reference's defaults: 16 rollouts, depth 5, c = 2, A1 and A5 on, 3/3/10/32 samples, seed 42. */
    public static SearchConfig defaults() {
        return new SearchConfig(16, 5, 2.0, WeightSchedule.CONSTANT, true, true, 3, 3, 10, 32, Sampling.REFERENCE,
                42L, false);
    }

    /**
     * Checks every field and returns the problems, each naming the field and the bad value; empty when valid.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        positive(problems, "rollouts", rollouts);
        positive(problems, "maxDepth", maxDepth);
        positive(problems, "a1Samples", a1Samples);
        positive(problems, "subquestions", subquestions);
        positive(problems, "votes", votes);
        positive(problems, "lastVotes", lastVotes);
        if (!(explorationWeight >= 0) || Double.isInfinite(explorationWeight)) {
            problems.add("explorationWeight must be a finite number >= 0, was " + explorationWeight);
        }
        if (weightSchedule == null) {
            problems.add("weightSchedule must be one of CONSTANT, LINEAR, EXPONENTIAL");
        }
        if (sampling == null) {
            problems.add("sampling must be given");
        }
        return problems;
    }

    /** Throws {@link IllegalArgumentException} with every problem when the settings are not valid. */
    public SearchConfig validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid search settings: " + String.join("; ", problems));
        }
        return this;
    }

    /** The exploration weight at rollout {@code rollout} (0-based), as the reference's {@code _get_weight}. */
    public double weightAt(int rollout) {
        double progress = (double) rollout / rollouts;
        return switch (weightSchedule) {
            case CONSTANT -> explorationWeight;
            case LINEAR -> explorationWeight * (1 - 0.9 * progress);
            case EXPONENTIAL -> explorationWeight * Math.pow(0.1, progress);
        };
    }

    public SearchConfig withRollouts(int value) {
        return new SearchConfig(value, maxDepth, explorationWeight, weightSchedule, a1Enabled, a5Enabled, a1Samples,
                subquestions, votes, lastVotes, sampling, seed, referenceParity);
    }

    public SearchConfig withMaxDepth(int value) {
        return new SearchConfig(rollouts, value, explorationWeight, weightSchedule, a1Enabled, a5Enabled, a1Samples,
                subquestions, votes, lastVotes, sampling, seed, referenceParity);
    }

    public SearchConfig withExplorationWeight(double value) {
        return new SearchConfig(rollouts, maxDepth, value, weightSchedule, a1Enabled, a5Enabled, a1Samples,
                subquestions, votes, lastVotes, sampling, seed, referenceParity);
    }

    public SearchConfig withActions(boolean a1, boolean a5) {
        return new SearchConfig(rollouts, maxDepth, explorationWeight, weightSchedule, a1, a5, a1Samples,
                subquestions, votes, lastVotes, sampling, seed, referenceParity);
    }

    public SearchConfig withSamples(int a1, int subqs, int voteCount, int lastVoteCount) {
        return new SearchConfig(rollouts, maxDepth, explorationWeight, weightSchedule, a1Enabled, a5Enabled, a1, subqs,
                voteCount, lastVoteCount, sampling, seed, referenceParity);
    }

    public SearchConfig withSampling(Sampling value) {
        return new SearchConfig(rollouts, maxDepth, explorationWeight, weightSchedule, a1Enabled, a5Enabled, a1Samples,
                subquestions, votes, lastVotes, value, seed, referenceParity);
    }

    public SearchConfig withSeed(long value) {
        return new SearchConfig(rollouts, maxDepth, explorationWeight, weightSchedule, a1Enabled, a5Enabled, a1Samples,
                subquestions, votes, lastVotes, sampling, value, referenceParity);
    }

    public SearchConfig withReferenceParity(boolean value) {
        return new SearchConfig(rollouts, maxDepth, explorationWeight, weightSchedule, a1Enabled, a5Enabled, a1Samples,
                subquestions, votes, lastVotes, sampling, seed, value);
    }

    public SearchConfig withWeightSchedule(WeightSchedule value) {
        return new SearchConfig(rollouts, maxDepth, explorationWeight, value, a1Enabled, a5Enabled, a1Samples,
                subquestions, votes, lastVotes, sampling, seed, referenceParity);
    }

    private static void positive(List<String> problems, String field, int value) {
        if (value < 1) {
            problems.add(field + " must be at least 1, was " + value);
        }
    }
}
