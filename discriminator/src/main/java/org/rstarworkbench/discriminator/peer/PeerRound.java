package org.rstarworkbench.discriminator.peer;

import java.util.ArrayList;
import java.util.List;

import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.search.CandidateJudge;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.discriminator.SamplingSeeds;
import org.rstarworkbench.discriminator.selection.CheckedTrajectory;
import org.rstarworkbench.discriminator.selection.MaskCheck;
import org.rstarworkbench.discriminator.trajectory.Masking;
import org.rstarworkbench.discriminator.trajectory.Trajectory;

/**
 * One judgement's calls to the peer: every prefix of every trajectory to check, as one request each, sent in
 * batches of at most {@code batchSize} requests per model call.
 *
 * <p>Request {@code k} (trajectories in order, masks in order) gets the seed {@code derive(runSeed, PEER, k)}, so
 * the batch size changes how requests are grouped into calls but never what is asked.
 *
 * <p>Threading: one per judgement, used by the run's engine thread.
 */
final class PeerRound {

    private final PeerDiscriminator judge;
    private final AnswerFormat answers;
    private final String solutionPrompt;
    private final List<String> stop;
    private final long runSeed;
    private ComputeUsage usage = ComputeUsage.ZERO;

    PeerRound(PeerDiscriminator judge, AnswerFormat answers, String solutionPrompt, List<String> stop, long runSeed) {
        this.judge = judge;
        this.answers = answers;
        this.solutionPrompt = solutionPrompt;
        this.stop = List.copyOf(stop);
        this.runSeed = runSeed;
    }

    /** The compute used so far. */
    ComputeUsage usage() {
        return usage;
    }

    /**
     * Checks the trajectories at {@code toCheck}; the others come back unchecked.
     *
     * @return every trajectory, in order, with its checks
     */
    List<CheckedTrajectory> check(List<Trajectory> all, List<Integer> toCheck, CandidateJudge.ModelCaller caller)
            throws ModelException, InterruptedException {
        List<List<Masking.Mask>> masks = new ArrayList<>();
        List<GenerationRequest> requests = new ArrayList<>();
        for (int i : toCheck) {
            List<Masking.Mask> ofTrajectory = Masking.masks(all.get(i).text(), judge.ratios());
            masks.add(ofTrajectory);
            for (Masking.Mask mask : ofTrajectory) {
                requests.add(request(mask.prefix(), requests.size()));
            }
        }
        List<String> completions = complete(requests, caller);
        List<CheckedTrajectory> out = new ArrayList<>(all.size());
        all.forEach(t -> out.add(CheckedTrajectory.unchecked(t)));
        int next = 0;
        for (int k = 0; k < toCheck.size(); k++) {
            Trajectory t = all.get(toCheck.get(k));
            List<MaskCheck> checks = new ArrayList<>();
            for (Masking.Mask mask : masks.get(k)) {
                String completion = completions.get(next++);
                String read = judge.answerFromCompletionOnly() ? completion : mask.prefix() + completion;
                checks.add(MaskCheck.of(mask, completion, answers.extract(read).orElse(null), t.answer(), answers));
            }
            out.set(toCheck.get(k), new CheckedTrajectory(t, checks));
        }
        return out;
    }

    private GenerationRequest request(String prefix, int index) {
        Sampling sampling = judge.sampling().withSeed(SamplingSeeds.derive(runSeed, SamplingSeeds.PEER, index));
        return new GenerationRequest(solutionPrompt + prefix, 1, judge.maxTokens(), stop, sampling);
    }

    private List<String> complete(List<GenerationRequest> requests, CandidateJudge.ModelCaller caller)
            throws ModelException, InterruptedException {
        LanguageModel peer = judge.peer();
        List<String> texts = new ArrayList<>(requests.size());
        for (int from = 0; from < requests.size(); from += judge.batchSize()) {
            List<GenerationRequest> batch = requests.subList(from, Math.min(requests.size(), from + judge.batchSize()));
            CandidateJudge.ModelCall call = caller.call(peer, "peer completes masked prefixes", batch);
            List<Generation> generations = call.generations();
            long millis = call.millis();
            if (generations.size() != batch.size()) {
                throw new ModelException("the peer model " + peer.id() + " answered " + generations.size() + " of "
                        + batch.size() + " prompts; it should answer every prompt");
            }
            usage = usage.plus(ComputeUsage.ofCall(generations, millis));
            for (Generation g : generations) {
                if (g.completions().isEmpty()) {
                    throw new ModelException("the peer model " + peer.id()
                            + " returned no completion for a prompt; it should return one per prompt");
                }
                texts.add(g.completions().get(0).text());
            }
        }
        return texts;
    }
}
