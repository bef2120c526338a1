package org.rstarworkbench.discriminator.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.run.RunCancelledException;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.search.CandidateJudge;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.core.search.Judgement;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.core.tree.SearchNode;
import org.rstarworkbench.discriminator.Paths;
import org.rstarworkbench.discriminator.TestPacks;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.selection.Branch;
import org.rstarworkbench.discriminator.selection.MaskCheck;
import org.rstarworkbench.discriminator.selection.Outcome;

class PeerDiscriminatorTest {

    static final String Q = "Ann has 3 apples. Bob gives her 4 more. How many apples does Ann have now?";
    static final Problem PROBLEM = new Problem("t/1", Q, "7");

    /** Two candidates answer 7 with the same text, one answers 8, one states nothing. */
    static SearchResult mixed() {
        String seven = "Let's think step by step. Ann has 3, Bob gives 4, 3 + 4 = 7. The answer is 7.";
        SearchNode a = Paths.question(0, Q).direct(seven, "7", 0.6).end();
        SearchNode b = Paths.question(10, Q).direct(seven, "7", 0.6).end();
        SearchNode c = Paths.question(20, Q).thought("Ann has 3 apples and more come.")
                .direct("So 3 + 5 = 8. The answer is 8.", "8", 0.3).end();
        SearchNode d = Paths.question(30, Q).thought("Ann has some apples.").end();
        return result(List.of(a, c, b, d));
    }

    static SearchResult result(List<SearchNode> ends) {
        List<SearchResult.Candidate> candidates = ends.stream()
                .map(n -> new SearchResult.Candidate(n, n.answer(), CandidateCollected.Source.TREE)).toList();
        return new SearchResult(ends.get(0).path().get(0), candidates, null, null, Map.of(), Map.of(),
                ComputeUsage.ZERO);
    }

    static CandidateJudge.Context context(SearchResult search, Problem problem, long seed, RunController controller,
                                          Recorder events) {
        return new CandidateJudge.Context(problem, search, TestPacks.tiny(), AnswerFormat.NUMERIC, seed, controller,
                events);
    }

    static ScriptedModel peerSaying(String completion) {
        return new ScriptedModel("peer", (prompt, i) -> completion);
    }

    @Test
    void peerCompletesEveryPrefixOfTheOriginalSolutionPrompt() throws Exception {
        ScriptedModel peer = peerSaying(" so she has 7 apples. The answer is 7.\nMore text");
        Recorder events = new Recorder();

        Judgement j = PeerDiscriminator.builder().setPeer(peer).build()
                .judge(context(mixed(), PROBLEM, 42, new RunController(), events));

        assertThat(peer.callCount()).isEqualTo(1);
        List<GenerationRequest> requests = peer.calls().get(0);
        assertThat(requests).hasSize(8);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.prompt()).startsWith("[cot]COT-EX|" + Q + "|Let's think step by");
            assertThat(r.n()).isEqualTo(1);
            assertThat(r.maxTokens()).isEqualTo(512);
            assertThat(r.stop()).containsExactly("|||", "\n");
            assertThat(r.sampling().temperature()).isEqualTo(1.0);
            assertThat(r.sampling().seed()).isNotNull();
        });
        assertThat(requests.get(3).prompt()).endsWith("|Let's think step by step. Ann has 3, Bob gives");
        Set<Long> seeds = new HashSet<>();
        requests.forEach(r -> seeds.add(r.sampling().seed()));
        assertThat(seeds).hasSize(8);
        assertThat(j.answer()).isEqualTo("7");
        assertThat(j.method()).isEqualTo("rstar-discriminator/one-kept");
        assertThat(j.usage().calls()).isEqualTo(1);
        assertThat(j.usage().sequences()).isEqualTo(8);
    }

    @Test
    void eventsTellEachTrajectoryThenTheVerdict() throws Exception {
        Recorder events = new Recorder();

        Judgement j = PeerDiscriminator.builder().setPeer(peerSaying(" so 7. The answer is 7.")).build()
                .judge(context(mixed(), PROBLEM, 42, new RunController(), events));

        assertThat(events.events).hasSize(4);
        List<PeerChecked> checked = events.of(PeerChecked.class);
        assertThat(checked).extracting(PeerChecked::trajectory).containsExactly(0, 1, 2);
        assertThat(checked).extracting(PeerChecked::outcome)
                .containsExactly(Outcome.KEPT, Outcome.REJECTED, Outcome.NO_ANSWER);
        assertThat(checked.get(0).count()).isEqualTo(2);
        assertThat(checked.get(0).nodeIds()).containsExactly(1, 11);
        assertThat(checked.get(0).masks()).extracting(MaskCheck::words).containsExactly(4, 6, 8, 10);
        assertThat(checked.get(0).agreeing()).isEqualTo(4);
        assertThat(checked.get(1).masks()).extracting(MaskCheck::answer).containsOnly("7");
        assertThat(checked.get(2).masks()).isEmpty();
        Verdict verdict = (Verdict) events.events.get(3);
        assertThat(verdict.branch()).isEqualTo(Branch.ONE_KEPT);
        assertThat(verdict.answer()).isEqualTo("7");
        assertThat(verdict.winnerNodeIds()).containsExactly(1, 11);
        assertThat(verdict.majorityConfidence()).isEqualTo(0.5);
        assertThat(verdict.usage()).isEqualTo(j.usage());
    }

    @Test
    void seedsFollowTheRunSeedAndNotTheBatchSize() throws Exception {
        ScriptedModel one = peerSaying(" The answer is 7.");
        ScriptedModel batched = peerSaying(" The answer is 7.");
        ScriptedModel other = peerSaying(" The answer is 7.");

        PeerDiscriminator.builder().setPeer(one).build()
                .judge(context(mixed(), PROBLEM, 42, new RunController(), new Recorder()));
        Judgement j = PeerDiscriminator.builder().setPeer(batched).optBatchSize(3).build()
                .judge(context(mixed(), PROBLEM, 42, new RunController(), new Recorder()));
        PeerDiscriminator.builder().setPeer(other).build()
                .judge(context(mixed(), PROBLEM, 43, new RunController(), new Recorder()));

        assertThat(batched.calls()).extracting(List::size).containsExactly(3, 3, 2);
        assertThat(j.usage().calls()).isEqualTo(3);
        assertThat(j.usage().prompts()).isEqualTo(8);
        List<GenerationRequest> flat = batched.calls().stream().flatMap(List::stream).toList();
        assertThat(flat).isEqualTo(one.calls().get(0));
        assertThat(other.calls().get(0).get(0).sampling().seed())
                .isNotEqualTo(one.calls().get(0).get(0).sampling().seed());
    }

    @Test
    void confidentMajorityNeedsNoPeer() throws Exception {
        String seven = "Let's think step by step. 3 + 4 = 7. The answer is 7.";
        SearchResult unanimous = result(List.of(Paths.question(0, Q).direct(seven, "7", 1).end(),
                Paths.question(10, Q).thought("Ann has 3.").direct("So 7. The answer is 7.", "7", 1).end()));
        ScriptedModel peer = peerSaying(" The answer is 8.");
        Recorder events = new Recorder();

        Judgement j = PeerDiscriminator.builder().setPeer(peer).build()
                .judge(context(unanimous, PROBLEM, 42, new RunController(), events));

        assertThat(peer.callCount()).isZero();
        assertThat(j.answer()).isEqualTo("7");
        assertThat(j.usage()).isEqualTo(ComputeUsage.ZERO);
        assertThat(events.of(PeerChecked.class)).extracting(PeerChecked::outcome).containsOnly(Outcome.NOT_NEEDED);
        assertThat(events.of(Verdict.class).get(0).branch()).isEqualTo(Branch.CONFIDENT_MAJORITY);
    }

    @Test
    void answersAreReadFromThePrefixAndCompletionUnlessAskedOtherwise() throws Exception {
        Recorder joined = new Recorder();
        Recorder alone = new Recorder();

        PeerDiscriminator.builder().setPeer(peerSaying(" and so on")).build()
                .judge(context(mixed(), PROBLEM, 42, new RunController(), joined));
        PeerDiscriminator.builder().setPeer(peerSaying(" and so on")).optAnswerFromCompletionOnly(true).build()
                .judge(context(mixed(), PROBLEM, 42, new RunController(), alone));

        // the prefixes of 8 and 10 words end in "Ann has 3," and "Ann has 3, Bob gives"
        assertThat(joined.of(PeerChecked.class).get(0).masks()).extracting(MaskCheck::answer)
                .containsExactly(null, null, "3", "3");
        assertThat(alone.of(PeerChecked.class).get(0).masks()).extracting(MaskCheck::answer).containsOnlyNulls();
    }

    @Test
    void cancelledRunMakesNoPeerCall() {
        ScriptedModel peer = peerSaying(" The answer is 7.");
        RunController controller = new RunController();
        controller.cancel();

        assertThatThrownBy(() -> PeerDiscriminator.builder().setPeer(peer).build()
                .judge(context(mixed(), PROBLEM, 42, controller, new Recorder())))
                .isInstanceOf(RunCancelledException.class);
        assertThat(peer.callCount()).isZero();
    }

    @Test
    void referenceFaithfulJudgeConsultsTheGoldAnswerAndSaysSo() throws Exception {
        ScriptedModel peer = peerSaying(" The answer is 7.");
        PeerDiscriminator judge = PeerDiscriminator.builder().setPeer(peer).optReferenceFaithful(true).build();
        Recorder events = new Recorder();

        Judgement j = judge.judge(context(mixed(), new Problem("t/1", Q, "#### 9"), 42, new RunController(),
                events));

        assertThat(judge.name()).isEqualTo("rstar-discriminator-reference-faithful");
        assertThat(j.method()).isEqualTo("rstar-discriminator-reference-faithful/reference-no-correct-candidate");
        assertThat(j.answer()).isNull();
        assertThat(peer.callCount()).isZero();
        assertThat(PeerDiscriminator.builder().setPeer(peer).build()
                .judge(context(mixed(), new Problem("t/1", Q, "9"), 42, new RunController(), new Recorder()))
                .answer()).isEqualTo("7");
    }

    @Test
    void builderNamesTheBadSetting() {
        ScriptedModel peer = peerSaying("");

        assertThatThrownBy(() -> PeerDiscriminator.builder().build()).hasMessageContaining("setPeer");
        assertThatThrownBy(() -> PeerDiscriminator.builder().setPeer(peer).optMaxTokens(0).build())
                .hasMessage("maxTokens must be at least 1, was 0");
        assertThatThrownBy(() -> PeerDiscriminator.builder().setPeer(peer).optBatchSize(-2).build())
                .hasMessage("batchSize must be at least 1, was -2");
        assertThatThrownBy(() -> PeerDiscriminator.builder().setPeer(peer).optRatios(List.of(0.2, 2.0)).build())
                .hasMessageContaining("2.0");
        assertThatThrownBy(() -> PeerDiscriminator.builder().setPeer(peer).optConfidenceThreshold(1.5).build())
                .hasMessageContaining("confidenceThreshold").hasMessageContaining("1.5");
        assertThatThrownBy(() -> PeerDiscriminator.builder().optTemperature(-1))
                .hasMessageContaining("temperature");
    }

    @Test
    void defaultsAreTheReferences() {
        PeerDiscriminator d = PeerDiscriminator.builder().setPeer(peerSaying("")).build();

        assertThat(d.ratios()).containsExactly(0.2, 0.3, 0.4, 0.5);
        assertThat(d.selection().mode().id()).isEqualTo("mid");
        assertThat(d.selection().confidenceThreshold()).isEqualTo(0.999);
        assertThat(d.selection().maxAnswerLength()).isEqualTo(100);
        assertThat(d.selection().referenceFaithful()).isFalse();
        assertThat(d.sampling().temperature()).isEqualTo(1.0);
        assertThat(d.sampling().topP()).isEqualTo(0.95);
        assertThat(d.sampling().topK()).isEqualTo(40);
        assertThat(d.maxTokens()).isEqualTo(512);
        assertThat(d.name()).isEqualTo("rstar-discriminator");
    }
}
