package org.rstarworkbench.discriminator.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.TestPacks;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.selection.Branch;

/** The peer discriminator judging a whole rStar search, inside the run. */
class RStarWithPeerTest {

    static final Problem PROBLEM = new Problem("t/1", "Ann has 3 apples. Bob gives her 4 more. How many apples "
            + "does Ann have now?", "7");

    /** A peer that finishes every prefix with the answer 7. */
    static ScriptedModel peer() {
        return new ScriptedModel("peer", (prompt, i) -> " so the total is 7. The answer is 7.\nQuestion: next");
    }

    static RStar rstar(ScriptedModel generator, PeerDiscriminator judge) {
        return RStar.builder().setModel(generator).setPack(TestPacks.tiny())
                .optConfig(SearchConfig.defaults().withRollouts(8).withSeed(3)).optJudge(judge).build();
    }

    @Test
    void peerEventsComeAfterTheCandidatesAndBeforeRunFinished() throws Exception {
        ScriptedModel generator = new ScriptedModel("generator", Scripts.rstarShaped(7, 2));
        ScriptedModel peer = peer();
        List<SearchEvent> events = new ArrayList<>();

        SearchResult result = rstar(generator, PeerDiscriminator.builder().setPeer(peer).build())
                .search(PROBLEM, events::add);

        int lastCandidate = lastIndexOf(events, CandidateCollected.class);
        List<SearchEvent> tail = events.subList(lastCandidate + 1, events.size());
        assertThat(tail).isNotEmpty();
        List<SearchEvent> peerCalls = tail.stream().filter(ModelCalled.class::isInstance).toList();
        assertThat(peerCalls).isNotEmpty().allSatisfy(e -> {
            assertThat(((ModelCalled) e).nodeId()).isEqualTo(-1);
            assertThat(((ModelCalled) e).action()).isNull();
        });
        assertThat(tail.subList(peerCalls.size(), tail.size() - 2)).allMatch(PeerChecked.class::isInstance);
        assertThat(tail.get(tail.size() - 2)).isInstanceOf(Verdict.class);
        assertThat(tail.get(tail.size() - 1)).isInstanceOf(RunFinished.class);
        assertThat(events).extracting(SearchEvent::seq).isSorted().doesNotHaveDuplicates();
        assertThat(events.get(events.size() - 1).seq()).isEqualTo(events.size() - 1);
        assertThat(events.stream().filter(e -> e instanceof PeerChecked || e instanceof Verdict)
                .allMatch(e -> events.indexOf(e) > lastCandidate)).isTrue();

        Verdict verdict = (Verdict) tail.get(tail.size() - 2);
        assertThat(verdict.branch()).isNotEqualTo(Branch.CONFIDENT_MAJORITY);
        assertThat(result.judgement()).isNotNull();
        assertThat(result.answer()).isEqualTo(verdict.answer()).isEqualTo("7");
        assertThat(((RunFinished) tail.get(tail.size() - 1)).answer()).isEqualTo("7");
    }

    @Test
    void peerComputeIsAccountedApartFromTheGenerators() throws Exception {
        ScriptedModel generator = new ScriptedModel("generator", Scripts.rstarShaped(7, 2));
        ScriptedModel peer = peer();
        List<SearchEvent> events = new ArrayList<>();

        SearchResult result = rstar(generator, PeerDiscriminator.builder().setPeer(peer).optBatchSize(8).build())
                .search(PROBLEM, events::add);

        long peerRequests = peer.calls().stream().mapToLong(List::size).sum();
        long checkedMasks = events.stream().filter(PeerChecked.class::isInstance).map(PeerChecked.class::cast)
                .mapToLong(c -> c.masks().size()).sum();
        RunFinished finished = (RunFinished) events.get(events.size() - 1);
        assertThat(peer.callCount()).isGreaterThan(1);
        assertThat(result.judgement().usage().calls()).isEqualTo(peer.callCount());
        assertThat(result.judgement().usage().prompts()).isEqualTo(peerRequests);
        assertThat(result.judgement().usage().sequences()).isEqualTo(checkedMasks).isEqualTo(peerRequests);
        assertThat(finished.judgeUsage()).isEqualTo(result.judgement().usage());
        assertThat(finished.usage()).isEqualTo(result.usage());
        assertThat(result.usage().calls()).isEqualTo(generator.callCount());
        assertThat(result.totalUsage().calls()).isEqualTo(generator.callCount() + peer.callCount());
        assertThat(peer.calls().stream().flatMap(List::stream).map(GenerationRequest::prompt))
                .allMatch(p -> p.startsWith("[cot]COT-EX|" + PROBLEM.question() + "|Let's"));
    }

    @Test
    void sameSeedSameJudgement() throws Exception {
        List<SearchEvent> first = new ArrayList<>();
        List<SearchEvent> second = new ArrayList<>();

        rstar(new ScriptedModel(Scripts.rstarShaped(7, 2)), PeerDiscriminator.builder().setPeer(peer()).build())
                .search(PROBLEM, first::add);
        rstar(new ScriptedModel(Scripts.rstarShaped(7, 2)), PeerDiscriminator.builder().setPeer(peer()).build())
                .search(PROBLEM, second::add);

        assertThat(judged(second)).isEqualTo(judged(first));
    }

    private static List<SearchEvent> judged(List<SearchEvent> events) {
        return events.stream().filter(e -> e instanceof PeerChecked || e instanceof Verdict)
                .map(e -> e instanceof Verdict v ? new Verdict(v.seq(), v.method(), v.answer(), v.branch(),
                        v.winner(), v.winnerNodeIds(), v.majorityAnswer(), v.majorityConfidence(), v.kept(),
                        v.scores(), null) : e)
                .toList();
    }

    static int lastIndexOf(List<SearchEvent> events, Class<?> type) {
        for (int i = events.size() - 1; i >= 0; i--) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
