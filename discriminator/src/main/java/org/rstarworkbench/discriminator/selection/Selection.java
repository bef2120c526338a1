package org.rstarworkbench.discriminator.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.discriminator.trajectory.Trajectory;

/**
 * rStar's final answer selection (Qi et al., 2025, §3.3; the reference's {@code do_discriminate.py}), as a pure
 * function of the trajectories and the peer's checks.
 *
 * <ol>
 *   <li>If the majority answer over all candidates (duplicates counted) has a confidence above the threshold, it
 *       wins ({@link Branch#CONFIDENT_MAJORITY}) and the peer is not needed.</li>
 *   <li>Otherwise trajectories without an answer or with an answer over the length limit are set aside, and the
 *       others are kept when they pass the {@link AgreementMode agreement test}.</li>
 *   <li>None kept: the majority answer of the set-aside-free trajectories wins ({@link Branch#NONE_KEPT}). One kept:
 *       its answer wins ({@link Branch#ONE_KEPT}). Several: each of their answers {@code a} scores
 *       {@code kept_weight(a) / kept_total + kept_count(a) / all_count(a)} and the best wins, ties going to the answer
 *       kept first ({@link Branch#SCORED}).</li>
 * </ol>
 *
 * <p>Counts are candidates, duplicates included (a trajectory found 3 times counts 3). {@code kept_weight} sums the
 * kept trajectories' weights ({@link org.rstarworkbench.discriminator.trajectory.Weighting}; by default the count),
 * {@code kept_total} is the number of kept candidates, and {@code all_count(a)} the number of candidates with answer
 * {@code a} before the agreement test. The confidence of an answer is its weight over the number of all candidates,
 * answerless ones included. Answers without a value never win a vote (the reference lets a {@code None} group win).
 *
 * <p>Label-free unless {@link SelectionSettings#referenceFaithful()} is set and a gold answer is given; then two
 * rules of the reference's evaluation script apply: when no candidate states the gold answer the answer is null
 * ({@link Branch#REFERENCE_NO_CORRECT_CANDIDATE}, checked first), and when several trajectories are kept but none
 * states it the overall majority wins ({@link Branch#REFERENCE_NO_CORRECT_KEPT}).
 *
 * <p>Threading: immutable; safe from any thread.
 */
public final class Selection {

    private final SelectionSettings settings;
    private final AnswerFormat format;

    public Selection(SelectionSettings settings, AnswerFormat format) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.format = Objects.requireNonNull(format, "format");
    }

    public SelectionSettings settings() {
        return settings;
    }

    /**
     * What can be decided before the peer is asked.
     *
     * @param decided the decision when the votes alone decide, else null
     * @param toCheck otherwise, the indices of the trajectories the peer must check, ascending
     */
    public record Preselection(SelectionResult decided, List<Integer> toCheck) {
        public Preselection {
            toCheck = List.copyOf(toCheck);
        }

        public boolean isDecided() {
            return decided != null;
        }
    }

    /**
     * Decides what the votes alone decide, and otherwise names the trajectories the peer must check.
     *
     * @param all  every trajectory, never null
     * @param gold the gold answer, read only when reference-faithful; null when unknown
     */
    public Preselection preselect(List<Trajectory> all, String gold) {
        List<Outcome> outcomes = setAside(all);
        List<Integer> usable = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == Outcome.NOT_NEEDED) {
                usable.add(i);
            }
        }
        Majority majority = majority(all);
        Branch branch = null;
        if (all.isEmpty()) {
            branch = Branch.NO_CANDIDATES;
        } else if (labelled(gold) && Tally.of(all, indices(all.size()), format).find(gold) < 0) {
            branch = Branch.REFERENCE_NO_CORRECT_CANDIDATE;
        } else if (majority.confidence() > settings.confidenceThreshold()) {
            branch = Branch.CONFIDENT_MAJORITY;
        }
        if (branch == null) {
            return new Preselection(null, usable);
        }
        boolean won = branch == Branch.CONFIDENT_MAJORITY;
        return new Preselection(new SelectionResult(won ? majority.answer() : null, branch,
                won ? majority.winner() : -1, majority.answer(), majority.confidence(), outcomes, List.of()),
                List.of());
    }

    /**
     * Selects the final answer.
     *
     * @param all  every trajectory with the peer's checks (those the peer did not check have none), never null
     * @param gold the gold answer, read only when reference-faithful; null when unknown
     */
    public SelectionResult select(List<CheckedTrajectory> all, String gold) {
        List<Trajectory> trajectories = all.stream().map(CheckedTrajectory::trajectory).toList();
        Preselection pre = preselect(trajectories, gold);
        if (pre.isDecided()) {
            return pre.decided();
        }
        List<Outcome> outcomes = new ArrayList<>(setAside(trajectories));
        List<Integer> kept = new ArrayList<>();
        for (int i : pre.toCheck()) {
            boolean passes = settings.mode().passes(trajectories.get(i).answer(), all.get(i).checks(), format);
            outcomes.set(i, passes ? Outcome.KEPT : Outcome.REJECTED);
            if (passes) {
                kept.add(i);
            }
        }
        Tally usable = Tally.of(trajectories, pre.toCheck(), format);
        Tally keptTally = Tally.of(trajectories, kept, format);
        return choose(trajectories, kept, usable, keptTally, outcomes, gold);
    }

    /** The rules after the agreement test: none kept, one kept, several kept (scored). */
    private SelectionResult choose(List<Trajectory> trajectories, List<Integer> kept, Tally usable, Tally keptTally,
                                   List<Outcome> outcomes, String gold) {
        Majority overall = majority(trajectories);
        List<AnswerScore> scores = scores(keptTally, usable);
        if (kept.isEmpty()) {
            // the reference takes the majority of the answer-filtered candidates; with none left, the overall one
            Majority fallback = usable.answers.isEmpty() ? overall : usable.majority(usable.total());
            return new SelectionResult(fallback.answer(), Branch.NONE_KEPT, fallback.winner(), overall.answer(),
                    overall.confidence(), outcomes, scores);
        }
        if (kept.size() == 1) {
            int only = kept.get(0);
            return new SelectionResult(trajectories.get(only).answer(), Branch.ONE_KEPT, only, overall.answer(),
                    overall.confidence(), outcomes, scores);
        }
        if (labelled(gold) && keptTally.find(gold) < 0) {
            return new SelectionResult(overall.answer(), Branch.REFERENCE_NO_CORRECT_KEPT, overall.winner(),
                    overall.answer(), overall.confidence(), outcomes, scores);
        }
        int best = 0;
        for (int g = 1; g < scores.size(); g++) {
            if (scores.get(g).score() > scores.get(best).score()) {
                best = g;
            }
        }
        return new SelectionResult(keptTally.answers.get(best), Branch.SCORED, keptTally.firsts.get(best),
                overall.answer(), overall.confidence(), outcomes, scores);
    }

    /** Which trajectories are set aside before the agreement test; the others are {@link Outcome#NOT_NEEDED}. */
    private List<Outcome> setAside(List<Trajectory> all) {
        List<Outcome> outcomes = new ArrayList<>(all.size());
        for (Trajectory t : all) {
            if (!t.hasAnswer()) {
                outcomes.add(Outcome.NO_ANSWER);
            } else if (t.answer().length() > settings.maxAnswerLength()) {
                outcomes.add(Outcome.LONG_ANSWER);
            } else {
                outcomes.add(Outcome.NOT_NEEDED);
            }
        }
        return outcomes;
    }

    /** The majority over all trajectories, its confidence taken over every candidate, answerless ones included. */
    private Majority majority(List<Trajectory> all) {
        int total = all.stream().mapToInt(Trajectory::count).sum();
        return Tally.of(all, indices(all.size()), format).majority(Math.max(1, total));
    }

    private boolean labelled(String gold) {
        return settings.referenceFaithful() && gold != null && !gold.isBlank();
    }

    private static List<AnswerScore> scores(Tally kept, Tally usable) {
        int keptTotal = kept.counts.stream().mapToInt(Integer::intValue).sum();
        List<AnswerScore> scores = new ArrayList<>(kept.answers.size());
        for (int g = 0; g < kept.answers.size(); g++) {
            int u = usable.find(kept.answers.get(g));
            int allCount = u < 0 ? 0 : usable.counts.get(u);
            double weightShare = kept.weights.get(g) / keptTotal;
            double survival = allCount == 0 ? 0.0 : (double) kept.counts.get(g) / allCount;
            scores.add(new AnswerScore(kept.answers.get(g), kept.weights.get(g), kept.counts.get(g), allCount,
                    weightShare + survival));
        }
        return scores;
    }

    private static List<Integer> indices(int size) {
        List<Integer> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }

    /** A majority answer (null when none), the trajectory that first stated it (-1) and its confidence. */
    private record Majority(String answer, int winner, double confidence) {
    }

    /** Weights and counts of equivalent answers, in order of first appearance; answerless trajectories join none. */
    private static final class Tally {
        private final AnswerFormat format;
        private final List<String> answers = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();
        private final List<Integer> counts = new ArrayList<>();
        private final List<Integer> firsts = new ArrayList<>();

        private Tally(AnswerFormat format) {
            this.format = format;
        }

        static Tally of(List<Trajectory> trajectories, List<Integer> members, AnswerFormat format) {
            Tally tally = new Tally(format);
            for (int i : members) {
                Trajectory t = trajectories.get(i);
                if (!t.hasAnswer()) {
                    continue;
                }
                int g = tally.find(t.answer());
                if (g < 0) {
                    g = tally.answers.size();
                    tally.answers.add(t.answer());
                    tally.weights.add(0.0);
                    tally.counts.add(0);
                    tally.firsts.add(i);
                }
                tally.weights.set(g, tally.weights.get(g) + t.weight());
                tally.counts.set(g, tally.counts.get(g) + t.count());
            }
            return tally;
        }

        /** The group whose answer is equivalent to {@code answer}, or -1. */
        int find(String answer) {
            for (int g = 0; g < answers.size(); g++) {
                if (answers.get(g).equals(answer) || format.equivalent(answers.get(g), answer)) {
                    return g;
                }
            }
            return -1;
        }

        /** How many candidates the groups hold. */
        int total() {
            return Math.max(1, counts.stream().mapToInt(Integer::intValue).sum());
        }

        /** The heaviest group's answer, with its weight over {@code total} as confidence. */
        Majority majority(int total) {
            int g = best();
            return g < 0 ? new Majority(null, -1, 0.0) : new Majority(answers.get(g), firsts.get(g),
                    weights.get(g) / total);
        }

        /** The heaviest group (ties: the first), or -1 when there is none. */
        int best() {
            int best = -1;
            for (int g = 0; g < weights.size(); g++) {
                if (best < 0 || weights.get(g) > weights.get(best)) {
                    best = g;
                }
            }
            return best;
        }
    }
}
