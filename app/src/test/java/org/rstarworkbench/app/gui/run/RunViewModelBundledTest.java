package org.rstarworkbench.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.gui.Workbenches;
import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.store.RunSummary;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RunCancelled;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.samples.models.TinyModels;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;

/**
 * The run controls with the bundled tiny models, the model choice the window offers first: a GSM-mini problem run
 * live, paused, stepped and run to its end, with the bundled transformer as the peer, then opened again from the
 * store. Skipped when the bundled models are not on the class path.
 */
class RunViewModelBundledTest {

    static final int ROLLOUTS = 4;

    Workbenches w;
    Path storeFile;

    @BeforeEach
    void open(@TempDir Path dir) {
        assumeTrue(TinyModels.available(), "the bundled tiny models are not on the class path");
        storeFile = dir.resolve("runs.db");
        w = new Workbenches(ModelCatalog.installed(), storeFile);
        SettingsViewModel s = w.main.settings();
        assertThat(s.modelProperty().get()).as("the first model choice").isSameAs(ModelChoice.bundled());
        assertThat(s.packProperty().get()).isEqualTo(TinyModels.PACK);
        assertThat(s.peerProperty().get()).isTrue();
        assertThat(s.peerModel().choiceProperty().get()).isEqualTo(PeerChoice.SAME);
        s.pickedProblemProperty().set(s.problems().get(0));
        s.rolloutsProperty().set(ROLLOUTS);
    }

    @AfterEach
    void close() {
        if (w != null) {
            w.close();
        }
    }

    RunViewModel run() {
        return w.main.run();
    }

    long count(Class<? extends SearchEvent> type) {
        return w.main.events().stream().filter(type::isInstance).count();
    }

    /** Waits for the run to pause and for the events the engine sent before it stopped to be shown. */
    void pausedWith(Class<? extends SearchEvent> type, long atLeast) {
        w.runUntil(() -> run().state() == RunState.PAUSED && count(type) >= atLeast);
        w.runUntil(() -> true); // one more update: what arrived between the last drain and the stop
    }

    @Test
    void aGsmMiniProblemIsSteppedRunToItsEndJudgedByTheBundledPeerAndReplayedAsTheSameTree() throws Exception {
        Problem problem = w.main.settings().pickedProblemProperty().get();
        run().runToEnd();
        w.runUntil(() -> count(ModelCalled.class) >= 1);
        run().pause();
        pausedWith(ModelCalled.class, 1);
        assertThat(count(RunFinished.class)).as("paused before the end").isZero();

        long calls = count(ModelCalled.class);
        run().stepModelCall();
        pausedWith(ModelCalled.class, calls + 1);
        assertThat(count(ModelCalled.class)).as("one step, one model call").isEqualTo(calls + 1);
        assertThat(lastCall().call()).isEqualTo(calls);

        long rollouts = count(RolloutFinished.class);
        run().stepRollout();
        pausedWith(RolloutFinished.class, rollouts + 1);
        assertThat(count(RolloutFinished.class)).isEqualTo(rollouts + 1);

        run().runToEnd();
        w.runUntil(() -> run().state() == RunState.FINISHED);
        assertThat(w.errors).isEmpty();
        assertThat(count(RolloutFinished.class)).isEqualTo(ROLLOUTS);
        List<SearchEvent> live = List.copyOf(w.main.events());
        RunFinished finished = (RunFinished) live.get(live.size() - 1);
        assertThat(finished.answer()).as("the run's answer").isNotBlank();
        assertThat(w.main.status().answerProperty().get()).isEqualTo("Answer: " + finished.answer());
        Verdict verdict = live.stream().filter(Verdict.class::isInstance).map(Verdict.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no peer verdict in " + live.size() + " events"));
        assertThat(verdict.answer()).as("the peer chose the final answer").isEqualTo(finished.answer());
        assertThat(w.main.status().verdictProperty().get()).startsWith("Peer: " + finished.answer() + " by ");
        assertThat(live).anyMatch(e -> e instanceof ModelCalled c && c.nodeId() == -1);
        List<String> liveTree = rows(w.main.tree().tree());

        RunSummary stored = new StoredRuns(storeFile).list().get(0);
        assertThat(stored.problemId()).isEqualTo(problem.id());
        assertThat(stored.generatorModel()).isEqualTo(TinyModels.GENERATOR + "@djl");
        assertThat(stored.peerModel()).as("the generator's choice brings its peer").isEqualTo(TinyModels.PEER + "@djl");
        w.main.openStoredRun(stored.id());
        w.runUntil(() -> run().state() == RunState.REPLAY && !w.main.events().isEmpty());
        assertThat(w.main.events()).hasSameSizeAs(live);
        assertThat(rows(w.main.tree().tree())).as("the replayed tree").isEqualTo(liveTree).hasSizeGreaterThan(1);
        assertThat(w.main.status().answerProperty().get()).isEqualTo("Answer: " + finished.answer());
        w.main.timeline().seek(0);
        w.main.timeline().toEnd();
        assertThat(rows(w.main.tree().tree())).as("scrubbed back and forth").isEqualTo(liveTree);
        assertThat(w.errors).isEmpty();
    }

    @Test
    void cancelStopsThePeersDecodeAtOnceAndTheRunEndsCancelled() {
        run().stepRollout();
        for (int done = 1; done <= ROLLOUTS; done++) {
            pausedWith(RolloutFinished.class, done);
            if (done < ROLLOUTS) {
                run().stepRollout();
            }
        }
        // after the last rollout only the peer's call is left, and no checkpoint after it
        RunController controller = run().sessionProperty().get().controller();
        run().stepModelCall();
        w.runUntil(() -> controller.isPaused() && !controller.isWaiting());
        long cancelled = System.nanoTime();
        run().cancel();
        w.runUntil(() -> !run().state().isLive());
        long millis = (System.nanoTime() - cancelled) / 1_000_000;

        assertThat(run().state()).as("cancelled " + millis + " ms after the click").isEqualTo(RunState.CANCELLED);
        List<SearchEvent> events = w.main.events();
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(RunCancelled.class,
                c -> assertThat(c.completedRollouts()).isEqualTo(ROLLOUTS));
        assertThat(events).noneMatch(e -> e instanceof ModelCalled c && c.nodeId() == -1);
        assertThat(w.errors).isEmpty();
    }

    ModelCalled lastCall() {
        List<SearchEvent> events = w.main.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (events.get(i) instanceof ModelCalled c) {
                return c;
            }
        }
        throw new AssertionError("no model call");
    }

    /** The tree as the window draws it: each node with its parent, what it says and its statistics. */
    static List<String> rows(TreeSnapshot tree) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < tree.size(); i++) {
            rows.add(tree.info(i) + " parent=" + tree.parent(i) + " n=" + tree.n(i) + " q=" + tree.q(i));
        }
        return rows;
    }
}
