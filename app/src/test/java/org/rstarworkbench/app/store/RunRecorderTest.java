package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rstarworkbench.app.store.StoreFixtures.PROBLEM;
import static org.rstarworkbench.app.store.StoreFixtures.config;
import static org.rstarworkbench.app.store.StoreFixtures.rstar;
import static org.rstarworkbench.app.store.StoreFixtures.scripted;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.search.ComputeUsage;
import org.rstarworkbench.core.search.Judgement;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchResult;

/** The recorder commits at every rollout boundary and at the end, and keeps the run's row up to date. */
class RunRecorderTest {

    @TempDir
    Path dir;

    @Test
    void everyRolloutIsCommittedWhenItFinishes() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            Recording rec = Recording.start(store, scripted(), null, null);
            List<String> checks = new ArrayList<>();
            rstar(rec.model(), config(4)).search(PROBLEM, rec.recorder(), e -> {
                try {
                    RunSummary run = store.run(rec.runId());
                    if (e instanceof RolloutFinished f) {
                        assertThat(run.lastSeq()).isEqualTo(e.seq());
                        assertThat(run.rollouts()).isEqualTo(f.rollout() + 1);
                        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
                        checks.add("rollout " + f.rollout());
                    } else if (e instanceof RunFinished) {
                        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
                        assertThat(run.lastSeq()).isEqualTo(e.seq());
                    } else if (e.seq() > 0) {
                        assertThat(rec.recorder().committedSeq()).isLessThan(e.seq());
                    }
                } catch (StoreException ex) {
                    throw new AssertionError(ex);
                }
            });
            assertThat(checks).hasSize(12);
            assertThat(rec.recorder().committedSeq()).isEqualTo(store.run(rec.runId()).lastSeq());
        }
    }

    @Test
    void theRunRowGetsTheAnswerAndBothUsagesAtTheEndAndOtherModulesEventsAreKept() throws Exception {
        EventCodec codec = EventCodec.standard().withSubtype(TestVerdict.class, TestVerdict.TYPE);
        Path file = dir.resolve("runs.db");
        long id;
        List<SearchEvent> seen = new ArrayList<>();
        SearchResult result;
        ComputeUsage judgeUsage = new ComputeUsage(4, 4, 4, 40, 20, 9);
        try (RunStore store = RunStore.builder().setFile(file).optCodec(codec).open()) {
            Recording rec = Recording.start(store, scripted(), "judged", "peer");
            RStar rstar = RStar.builder().setModel(rec.model()).setPack(StoreFixtures.pack()).optConfig(config(4))
                    .optJudge(ctx -> {
                        ctx.events().emit(seq -> new TestVerdict(seq, "7", 12));
                        return new Judgement("test-judge", "7", judgeUsage);
                    }).build();
            result = rstar.search(PROBLEM, rec.recorder(), seen::add);
            id = rec.runId();

            RunSummary run = store.run(id);
            assertThat(run.answer()).isEqualTo("7");
            assertThat(run.usage()).isEqualTo(result.usage());
            assertThat(run.judgeUsage()).isEqualTo(judgeUsage);
            assertThat(store.events(id)).isEqualTo(seen);
        }
        try (RunStore plain = RunStore.open(file)) {
            List<StoredEvent> raw = plain.rawEvents(id);
            assertThat(raw).hasSize(seen.size());
            assertThat(raw.get(raw.size() - 2).type()).isEqualTo(TestVerdict.TYPE);
            assertThat(plain.events(id)).hasSize(seen.size() - 1).noneMatch(TestVerdict.class::isInstance);
        }
    }

    @Test
    void aFailedRunKeepsItsMessage() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            Recording rec = Recording.start(store, new StoreFixtures.FailingModel(scripted(), 3, false), null, null);
            assertThatThrownBy(() -> rstar(rec.model(), config(4)).search(PROBLEM, rec.recorder()));

            RunSummary run = store.run(rec.runId());
            assertThat(run.status()).isEqualTo(RunStatus.FAILED);
            assertThat(run.message()).isEqualTo("the server went away");
            assertThat(store.rawEvents(rec.runId()).get((int) run.lastSeq()).type()).isEqualTo("run-failed");
        }
    }

    @Test
    void aRecorderRecordsOneRun() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            Recording rec = Recording.start(store, scripted(), null, null);
            RStar rstar = rstar(rec.model(), config(4).withRollouts(1));
            rstar.search(PROBLEM, rec.recorder());

            assertThatThrownBy(() -> rstar.search(PROBLEM, rec.recorder())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a recorder records one run");
        }
    }

    @Test
    void flushOnDemandCommitsWhatIsBuffered() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            RunRecorder recorder = RunRecorder.create(store, null, null);
            List<SearchEvent> events = StoreFixtures.uninterrupted(4).events();
            events.subList(0, 5).forEach(recorder::onEvent);
            assertThat(store.run(recorder.runId()).lastSeq()).isZero();

            recorder.flush();

            assertThat(store.run(recorder.runId()).lastSeq()).isEqualTo(4);
            assertThat(store.events(recorder.runId())).isEqualTo(events.subList(0, 5));
        }
    }
}
