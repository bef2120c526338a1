package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rstarworkbench.app.store.StoreFixtures.PROBLEM;
import static org.rstarworkbench.app.store.StoreFixtures.assertNoRepeatedRequest;
import static org.rstarworkbench.app.store.StoreFixtures.assertSameEvents;
import static org.rstarworkbench.app.store.StoreFixtures.config;
import static org.rstarworkbench.app.store.StoreFixtures.keys;
import static org.rstarworkbench.app.store.StoreFixtures.rstar;
import static org.rstarworkbench.app.store.StoreFixtures.scripted;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.run.RunCancelledException;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchResult;

/** A run that stopped early, for any reason, resumes to exactly the run it would have been. */
class ResumeTest {

    static final long SEED = 11;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 23, 60})
    void crashAtAnyModelCallResumesToTheUninterruptedRunWithoutRepeatingACall(int crashAt) throws Exception {
        StoreFixtures.Run expected = StoreFixtures.uninterrupted(SEED);
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            ScriptedModel first = scripted();
            Recording rec = Recording.start(store, new StoreFixtures.FailingModel(first, crashAt, true), "crash",
                    null);
            assertThatThrownBy(() -> rstar(rec.model(), config(SEED)).search(PROBLEM, rec.recorder()))
                    .isInstanceOf(StoreFixtures.SimulatedCrash.class);
            long id = rec.runId();
            assertThat(store.run(id).status()).isEqualTo(RunStatus.RUNNING);

            ScriptedModel second = scripted();
            SearchResult result = resume(store, id, second);

            assertThat(result.answer()).isEqualTo(expected.result().answer());
            assertSameEvents(store.events(id), expected.events());
            assertNoRepeatedRequest(keys(first), keys(second));
            assertThat(first.callCount() + second.callCount()).isEqualTo(expected.result().usage().calls());
            RunSummary run = store.run(id);
            assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
            assertThat(run.answer()).isEqualTo(expected.result().answer());
            assertThat(run.rollouts()).isEqualTo(12);
            assertThat(run.calls()).isEqualTo(expected.result().usage().calls());
        }
    }

    @Test
    void crashRightAfterACommittedRolloutResumesFromIt() throws Exception {
        StoreFixtures.Run expected = StoreFixtures.uninterrupted(SEED);
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            ScriptedModel first = scripted();
            Recording rec = Recording.start(store, first, null, null);
            assertThatThrownBy(() -> rstar(rec.model(), config(SEED)).search(PROBLEM, rec.recorder(),
                    StoreFixtures.crashAfterRollouts(5))).isInstanceOf(StoreFixtures.SimulatedCrash.class);
            long id = rec.runId();
            assertThat(store.run(id).rollouts()).isEqualTo(5);
            assertThat(store.rawEvents(id).get((int) store.run(id).lastSeq()).type()).isEqualTo("rollout-finished");

            ScriptedModel second = scripted();
            resume(store, id, second);

            assertSameEvents(store.events(id), expected.events());
            assertNoRepeatedRequest(keys(first), keys(second));
        }
    }

    @Test
    void failedRunResumesAndItsFailureIsReplaced() throws Exception {
        StoreFixtures.Run expected = StoreFixtures.uninterrupted(SEED);
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            ScriptedModel first = scripted();
            Recording rec = Recording.start(store, new StoreFixtures.FailingModel(first, 30, false), null, null);
            assertThatThrownBy(() -> rstar(rec.model(), config(SEED)).search(PROBLEM, rec.recorder()))
                    .isInstanceOf(ModelException.class);
            long id = rec.runId();
            assertThat(store.run(id).status()).isEqualTo(RunStatus.FAILED);
            assertThat(store.run(id).message()).isEqualTo("the server went away");

            ScriptedModel second = scripted();
            resume(store, id, second);

            assertSameEvents(store.events(id), expected.events());
            assertThat(store.run(id).status()).isEqualTo(RunStatus.FINISHED);
            assertThat(store.run(id).message()).isNull();
            assertNoRepeatedRequest(keys(first), keys(second));
        }
    }

    @Test
    void cancelledRunResumes() throws Exception {
        StoreFixtures.Run expected = StoreFixtures.uninterrupted(SEED);
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            Recording rec = Recording.start(store, scripted(), null, null);
            RunController controller = new RunController();
            AtomicInteger rollouts = new AtomicInteger();
            assertThatThrownBy(() -> rstar(rec.model(), config(SEED)).search(PROBLEM, controller, rec.recorder(),
                    e -> {
                        if (e instanceof RolloutFinished && rollouts.incrementAndGet() == 4) {
                            controller.cancel();
                        }
                    })).isInstanceOf(RunCancelledException.class);
            long id = rec.runId();
            assertThat(store.run(id).status()).isEqualTo(RunStatus.CANCELLED);

            resume(store, id, scripted());

            assertSameEvents(store.events(id), expected.events());
            assertThat(store.run(id).status()).isEqualTo(RunStatus.FINISHED);
        }
    }

    @Test
    void resumingWithOtherSettingsFailsOnTheFirstDifferentEventAndWritesNothing() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            long id = crashedRun(store, 20);
            List<StoredEvent> before = store.rawEvents(id);

            Recording res = Recording.resume(store, id, scripted());
            RStar other = rstar(res.model(), res.config().withSeed(SEED + 1));
            assertThatThrownBy(() -> other.search(res.problem(), res.recorder()))
                    .isInstanceOf(UncheckedStoreException.class)
                    .hasMessageStartingWith("the run cannot be resumed identically: event 0 differs")
                    .hasMessageContaining("config.seed: 11 vs 12");

            assertThat(store.rawEvents(id)).isEqualTo(before);
            assertThat(store.run(id).status()).isEqualTo(RunStatus.RUNNING);
        }
    }

    @Test
    void resumingWithAChangedPackFailsBeforeAskingTheLiveModel() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            long id = crashedRun(store, 20);
            List<StoredEvent> before = store.rawEvents(id);

            ScriptedModel live = scripted();
            Recording res = Recording.resume(store, id, live);
            PromptPack pack = StoreFixtures.pack();
            PromptPack changed = new PromptPack(pack.name(), pack.description(), pack.answerFormat(), pack.cot(),
                    new PromptPack.FewShot("[ost]{examples}|{instruction}|\n", "OTHER-EX", "OTHER-EX-R",
                            List.of("\n"), 32), pack.decompose(), pack.rephrase());
            RStar rstar = RStar.builder().setModel(res.model()).setPack(changed).optConfig(res.config()).build();
            assertThatThrownBy(() -> rstar.search(res.problem(), res.recorder()))
                    .isInstanceOf(ModelException.class)
                    .hasMessageStartingWith("the run cannot be resumed identically: call 0 was recorded");

            assertThat(live.callCount()).isZero();
            assertThat(store.rawEvents(id)).isEqualTo(before);
        }
    }

    @Test
    void aFinishedRunIsNotResumed() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            Recording rec = Recording.start(store, scripted(), null, null);
            rstar(rec.model(), config(SEED)).search(PROBLEM, rec.recorder());

            assertThatThrownBy(() -> Recording.resume(store, rec.runId(), scripted()))
                    .isInstanceOf(StoreException.class).hasMessageContaining("finished already");
        }
    }

    @Test
    void replayRunsAFinishedRunAgainWithNoModelFromAReadOnlyStore() throws Exception {
        Path file = dir.resolve("runs.db");
        long id;
        String answer;
        try (RunStore store = RunStore.open(file)) {
            Recording rec = Recording.start(store, scripted(), null, null);
            answer = rstar(rec.model(), config(SEED)).search(PROBLEM, rec.recorder()).answer();
            id = rec.runId();
        }
        try (RunStore store = RunStore.builder().setFile(file).optReadOnly(true).open()) {
            Recording replay = Recording.replay(store, id);
            SearchResult result = rstar(replay.model(), replay.config()).search(replay.problem(), replay.recorder());

            assertThat(result.answer()).isEqualTo(answer);
            assertThat(replay.model().stats().misses()).isZero();
            assertThat(replay.model().stats().hits()).isPositive();
        }
    }

    @Test
    void replayOfAnIncompleteRecordingSaysWhichCallIsMissing() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            long id = crashedRun(store, 20);

            Recording replay = Recording.replay(store, id);
            assertThatThrownBy(() -> rstar(replay.model(), replay.config()).search(replay.problem(),
                    replay.recorder()))
                    .isInstanceOf(ModelException.class)
                    .hasMessageStartingWith("run " + id + " has no recorded answer of scripted for call 20 "
                            + "(prompt ends \"")
                    .hasMessageEndingWith("replay needs a complete recording: resume the run with a live model "
                            + "instead");
        }
    }

    private long crashedRun(RunStore store, int crashAt) {
        Recording rec = Recording.start(store, new StoreFixtures.FailingModel(scripted(), crashAt, true), null,
                null);
        assertThatThrownBy(() -> rstar(rec.model(), config(SEED)).search(PROBLEM, rec.recorder()))
                .isInstanceOf(StoreFixtures.SimulatedCrash.class);
        return rec.runId();
    }

    private static SearchResult resume(RunStore store, long id, ScriptedModel live) throws Exception {
        Recording res = Recording.resume(store, id, live);
        SearchResult result = rstar(res.model(), res.config()).search(res.problem(), res.recorder());
        assertThat(res.model().stats().liveCalls()).isEqualTo(live.callCount());
        return result;
    }
}
