package org.rstarworkbench.app.gui.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.event.CandidateCollected.Source;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.event.Verdict;

/** The candidates of a real judged run, read at several points of its timeline. */
class RunCandidatesTest {

    static final List<SearchEvent> RUN = DemoRuns.judged(12);

    static int indexOfFirst(Class<?> type) {
        return IntStream.range(0, RUN.size()).filter(i -> type.isInstance(RUN.get(i))).findFirst().orElseThrow();
    }

    static <T> List<T> all(Class<T> type) {
        return RUN.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aJudgedRunMergesCandidatesAsTheDiscriminatorDidAndCarriesItsChecks() {
        RunCandidates c = RunCandidates.of(RUN);
        List<PeerChecked> checks = all(PeerChecked.class);
        Verdict verdict = all(Verdict.class).get(0);

        assertThat(c.stage()).isEqualTo(RunCandidates.Stage.JUDGED);
        assertThat(c.total()).isEqualTo(all(CandidateCollected.class).size());
        assertThat(c.candidates()).hasSameSizeAs(checks);
        assertThat(c.candidates().stream().mapToInt(Candidate::count).sum()).isEqualTo(c.total());
        for (Candidate k : c.candidates()) {
            assertThat(k.check()).as("candidate %s", k.index()).isNotNull();
            assertThat(k.check().text()).as("flattened as the peer read it").isEqualTo(k.text());
            assertThat(k.check().trajectory()).isEqualTo(k.index());
            assertThat(k.count()).isEqualTo(k.check().count());
            assertThat(k.endNodeIds()).containsExactlyElementsOf(k.check().nodeIds());
            assertThat(k.steps()).isNotEmpty();
            assertThat(k.steps().get(k.steps().size() - 1).nodeId()).isEqualTo(k.endNode());
        }
        assertThat(c.candidates().stream().filter(Candidate::winner)).hasSize(verdict.winner() < 0 ? 0 : 1);
        if (verdict.winner() >= 0) {
            assertThat(c.featured().index()).isEqualTo(verdict.winner());
            assertThat(verdict.winnerNodeIds()).contains(c.featured().endNode());
        }
        assertThat(c.headline()).startsWith("Selected: " + verdict.answer() + " (");
        assertThat(c.details()).startsWith("Majority: " + verdict.majorityAnswer() + " (")
                .contains("peer kept " + verdict.kept() + " of " + checks.size());
    }

    @Test
    void stepsFollowThePathFromTheRootWithLabels() {
        RunCandidates c = RunCandidates.of(RUN);
        TreeFold tree = TreeFold.of(RUN);
        for (Candidate k : c.candidates()) {
            int parent = 0;
            for (Step s : k.steps()) {
                assertThat(tree.get(s.nodeId()).info().parentId()).isEqualTo(parent);
                assertThat(s.label()).matches("A[1-5] .+");
                assertThat(s.text()).isNotBlank();
                parent = s.nodeId();
            }
        }
    }

    @Test
    void beforeCollectionTheRolloutEndsSoFarStandIn() {
        int collected = indexOfFirst(CandidateCollected.class);
        List<SearchEvent> before = RUN.subList(0, collected);
        long rollouts = before.stream().filter(RolloutFinished.class::isInstance).count();

        RunCandidates c = RunCandidates.of(before);

        assertThat(c.stage()).isEqualTo(RunCandidates.Stage.ROLLOUT_ENDS);
        assertThat(c.total()).isEqualTo(rollouts);
        assertThat(c.candidates()).isNotEmpty().allSatisfy(k -> {
            assertThat(k.sources()).containsExactly(Source.ROLLOUT_END);
            assertThat(k.sourceLabel()).isEqualTo("rollout end");
            assertThat(k.check()).isNull();
            assertThat(k.agreementLabel()).isEmpty();
        });
        assertThat(c.headline()).startsWith("Rollout ends so far: " + rollouts);

        int firstEnd = indexOfFirst(RolloutFinished.class);
        assertThat(RunCandidates.of(RUN.subList(0, firstEnd)).stage()).isEqualTo(RunCandidates.Stage.NONE);
        assertThat(RunCandidates.of(RUN.subList(0, firstEnd + 1)).candidates()).hasSize(1);
        assertThat(RunCandidates.of(List.of()).headline()).isEqualTo(RunCandidates.EMPTY.headline());
    }

    @Test
    void whileThePeerWorksSomeAreCheckedAndTheRestWait() {
        int secondCheck = IntStream.range(0, RUN.size()).filter(i -> RUN.get(i) instanceof PeerChecked)
                .skip(1).findFirst().orElseThrow();
        RunCandidates c = RunCandidates.of(RUN.subList(0, secondCheck));

        assertThat(c.stage()).isEqualTo(RunCandidates.Stage.COLLECTED);
        assertThat(c.candidates().get(0).check()).isNotNull();
        assertThat(c.candidates().subList(1, c.candidates().size())).allSatisfy(k -> {
            assertThat(k.check()).isNull();
            assertThat(k.outcomeLabel()).isEmpty();
        });
        assertThat(c.candidates()).noneMatch(Candidate::winner);
        assertThat(c.headline()).endsWith("waiting for the peer");
        assertThat(c.details()).startsWith("Majority: ");
    }

    @Test
    void candidatesCollectedTwiceAreOneRowWithBothSources() {
        RunCandidates c = RunCandidates.of(RUN);
        List<CandidateCollected> collected = all(CandidateCollected.class);
        for (Candidate k : c.candidates()) {
            List<Source> sources = collected.stream().filter(e -> k.endNodeIds().contains(e.nodeId()))
                    .map(CandidateCollected::source).distinct().toList();
            assertThat(k.sources()).containsExactlyInAnyOrderElementsOf(sources);
        }
    }
}
