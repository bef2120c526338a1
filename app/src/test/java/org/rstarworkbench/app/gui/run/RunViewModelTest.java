package org.rstarworkbench.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.gui.Workbenches;
import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.store.RunSummary;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.Problem;

/** The run controls against the real engine with the demo model, without JavaFX. */
class RunViewModelTest {

    Workbenches w;

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

    @Test
    void runToEndSearchesLiveAndFinishesWithTheAnswer() {
        w = new Workbenches();
        assertThat(run().canRunToEnd().get()).isTrue();
        assertThat(run().canPause().get()).isFalse();
        assertThat(run().canCancel().get()).isFalse();
        run().runToEnd();
        assertThat(run().settingsEditable().get()).isFalse();
        w.runUntil(() -> run().state() == RunState.FINISHED);

        assertThat(count(RolloutFinished.class)).isEqualTo(4);
        assertThat(w.main.events().get(w.main.events().size() - 1)).isInstanceOf(RunFinished.class);
        assertThat(w.main.tree().tree().size()).isGreaterThan(10);
        Problem problem = w.main.settings().pickedProblemProperty().get();
        assertThat(w.main.status().answerProperty().get()).isEqualTo("Answer: " + problem.gold());
        assertThat(w.main.status().rolloutsProperty().get()).isEqualTo("4/4 rollouts");
        assertThat(w.main.timeline().followLiveProperty().get()).isTrue();
        assertThat(w.main.timeline().positionProperty().get()).isEqualTo(w.main.events().size());
        assertThat(run().canPlay().get()).isTrue();
        assertThat(run().settingsEditable().get()).isTrue();
        assertThat(w.errors).isEmpty();
    }

    @Test
    void stepsOneRolloutThenOneModelCallThenCancels() {
        w = new Workbenches();
        run().stepRollout();
        assertThat(run().state()).isEqualTo(RunState.STEPPING);
        w.runUntil(() -> run().state() == RunState.PAUSED);
        w.runUntil(() -> count(RolloutFinished.class) == 1);
        assertThat(count(RolloutFinished.class)).isEqualTo(1);
        assertThat(run().canPause().get()).isFalse();
        assertThat(run().canStep().get()).isTrue();
        assertThat(run().canCancel().get()).isTrue();
        assertThat(run().playLabel().get()).isEqualTo("Resume");

        long calls = count(ModelCalled.class);
        run().stepModelCall();
        w.runUntil(() -> run().state() == RunState.PAUSED && count(ModelCalled.class) > calls);
        assertThat(count(ModelCalled.class)).isEqualTo(calls + 1);
        assertThat(count(RolloutFinished.class)).isEqualTo(1);

        run().cancel();
        w.runUntil(() -> run().state() == RunState.CANCELLED);
        assertThat(w.errors).isEmpty();
        assertThat(run().canStep().get()).isTrue();
    }

    @Test
    void aTimelineScrubbedBackStaysWhileTheRunGrows() {
        w = new Workbenches();
        run().stepRollout();
        w.runUntil(() -> run().state() == RunState.PAUSED && count(RolloutFinished.class) == 1);
        int before = w.main.events().size();
        w.main.timeline().seek(5);
        run().stepRollout();
        w.runUntil(() -> run().state() == RunState.PAUSED && count(RolloutFinished.class) == 2);
        assertThat(w.main.timeline().positionProperty().get()).isEqualTo(5);
        assertThat(w.main.timeline().eventCountProperty().get()).isEqualTo(w.main.events().size())
                .isGreaterThan(before);
        assertThat(w.main.tree().tree().size()).isLessThan(w.main.tree().eventCount());
        run().cancel();
        w.runUntil(() -> run().state() == RunState.CANCELLED);
    }

    @Test
    void playGoesRolloutByRolloutAndCanBePausedAndResumed() {
        w = new Workbenches();
        run().playDelayMillisProperty().set(50);
        run().play();
        assertThat(run().playingProperty().get()).isTrue();
        assertThat(run().canPause().get()).isTrue();
        assertThat(run().canRunToEnd().get()).as("run to end skips the waits").isTrue();
        w.runUntil(() -> count(RolloutFinished.class) >= 1);
        run().pause();
        w.runUntil(() -> run().state() == RunState.PAUSED);
        long done = count(RolloutFinished.class);
        assertThat(done).isLessThan(4);
        run().play();
        w.runUntil(() -> run().state() == RunState.FINISHED);
        assertThat(count(RolloutFinished.class)).isEqualTo(4);
    }

    @Test
    void badSettingsAreNamedAndNothingStarts() {
        w = new Workbenches();
        w.main.settings().rolloutsProperty().set(0);
        w.main.settings().modelProperty().set(ModelChoice.endpoint());
        w.main.settings().endpointModelProperty().set(" ");
        run().runToEnd();
        assertThat(run().state()).isEqualTo(RunState.READY);
        assertThat(w.errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The settings are not valid");
            assertThat(e.detail()).contains("Rollouts must be at least 1, was 0").contains("Model name is empty");
        });
    }

    @Test
    void aPeerEndpointWithoutUrlIsNamedOnlyWhileThePeerCheckIsOn() {
        w = new Workbenches();
        PeerSettings peer = w.main.settings().peerModel();
        peer.choiceProperty().set(PeerChoice.ENDPOINT);
        peer.endpointUrlProperty().set("");
        peer.endpointModelProperty().set("small");
        run().runToEnd();
        assertThat(run().state()).isEqualTo(RunState.READY);
        assertThat(w.errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The settings are not valid");
            assertThat(e.detail()).contains("Peer endpoint URL is empty").doesNotContain("Peer model name");
        });

        w.errors.clear();
        w.main.settings().peerProperty().set(false);
        run().runToEnd();
        w.runUntil(() -> run().state() == RunState.FINISHED);
        assertThat(w.errors).isEmpty();
    }

    @Test
    void thePeerChosenApartFromTheGeneratorIsOpenedForTheRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.db");
        w = new Workbenches(ModelCatalog.standard(), file);
        PeerSettings peer = w.main.settings().peerModel();
        peer.choiceProperty().set(PeerChoice.ENDPOINT);
        peer.endpointUrlProperty().set("http://127.0.0.1:9/v1");
        peer.endpointModelProperty().set("small");
        run().stepRollout();
        assertThat(run().sessionProperty().get().settings().peerModel()).isEqualTo(PeerChoice.ENDPOINT);
        w.runUntil(() -> run().state() == RunState.PAUSED && count(RolloutFinished.class) == 1);
        // the peer is only asked once the rollouts are done: cancelled before, it is opened but never called
        run().cancel();
        w.runUntil(() -> run().state() == RunState.CANCELLED);

        assertThat(new StoredRuns(file).list()).singleElement().satisfies(r -> {
            assertThat(r.generatorModel()).isEqualTo(ModelChoice.Demo.ID);
            assertThat(r.peerModel()).isEqualTo("small@http://127.0.0.1:9/v1");
        });
        assertThat(w.errors).isEmpty();
    }

    @Test
    void anUnreachableModelFailsTheRunWithAnExplanation() {
        ModelChoice unreachable = new ModelChoice() {
            @Override
            public String label() {
                return "unreachable";
            }

            @Override
            public String description() {
                return "fails";
            }

            @Override
            public LanguageModel open(Endpoint endpoint, Problem problem) {
                return new LanguageModel() {
                    @Override
                    public String id() {
                        return "unreachable";
                    }

                    @Override
                    public List<org.rstarworkbench.core.model.Generation> generate(
                            List<org.rstarworkbench.core.model.GenerationRequest> requests) throws ModelException {
                        throw new ModelException("cannot reach http://127.0.0.1:9/v1: connection refused");
                    }
                };
            }
        };
        w = new Workbenches(ModelCatalog.standard().with(unreachable, true), null);
        assertThat(w.main.settings().modelProperty().get()).isSameAs(unreachable);
        run().runToEnd();
        w.runUntil(() -> run().state() == RunState.FAILED);
        assertThat(w.errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The model did not answer");
            assertThat(e.detail()).contains("connection refused");
        });
        assertThat(w.main.timeline().narrationProperty().get()).startsWith("The search failed");
    }

    @Test
    void aRecordedRunCanBeOpenedAgainForReplay(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.db");
        w = new Workbenches(ModelCatalog.standard(), file);
        run().runToEnd();
        w.runUntil(() -> run().state() == RunState.FINISHED);
        int live = w.main.events().size();

        List<RunSummary> runs = new StoredRuns(file).list();
        assertThat(runs).singleElement().satisfies(r -> assertThat(r.rollouts()).isEqualTo(4));
        w.main.settings().rolloutsProperty().set(9);
        w.main.openStoredRun(runs.get(0).id());
        w.runUntil(() -> run().state() == RunState.REPLAY);
        assertThat(w.main.events()).hasSize(live);
        assertThat(w.main.settings().rolloutsProperty().get()).as("settings of the stored run").isEqualTo(4);
        assertThat(w.main.titleProperty().get()).contains("stored run " + runs.get(0).id());
        assertThat(w.errors).isEmpty();
    }

    @Test
    void aBreakpointPausesALiveRunSaysWhereAndTheRunGoesOnWhenResumed() {
        w = new Workbenches();
        run().breakpoints().actionProperty(Action.A3_SUBQUESTION).set(true);
        List<String> shown = new java.util.ArrayList<>();
        run().statusText().addListener((obs, old, now) -> shown.add(now));
        run().runToEnd();
        w.runUntil(() -> run().state() == RunState.PAUSED);

        BreakpointHit hit = run().breakpointHitProperty().get();
        assertThat(hit).isNotNull();
        assertThat(hit.kind()).isEqualTo(BreakpointHit.Kind.ACTION);
        assertThat(w.main.events()).anyMatch(e -> e instanceof NodeCreated c && c.node().id() == hit.nodeId()
                && c.node().action() == Action.A3_SUBQUESTION);
        assertThat(run().breakpointTextProperty().get())
                .startsWith("Breakpoint (action): A3 created node #" + hit.nodeId() + " (subquestion)");
        assertThat(run().statusText().get()).startsWith("Paused — Breakpoint (action): A3 created node #");
        assertThat(shown).as("the status bar, which listens").last().isEqualTo(run().statusText().get());
        assertThat(w.main.tree().selected()).as("the node is shown in the inspector").hasValue(hit.nodeId());
        assertThat(count(RunFinished.class)).isZero();
        assertThat(run().playLabel().get()).isEqualTo("Resume");

        run().breakpoints().actionProperty(Action.A3_SUBQUESTION).set(false);
        run().runToEnd();
        assertThat(run().breakpointHitProperty().get()).isNull();
        assertThat(run().statusText().get()).isEqualTo("Running");
        w.runUntil(() -> run().state() == RunState.FINISHED);
        assertThat(count(RolloutFinished.class)).isEqualTo(4);
        assertThat(w.errors).isEmpty();
    }

    @Test
    void aBreakpointStopsPlayAndTheRunStaysPaused() {
        w = new Workbenches();
        run().play();
        w.runUntil(() -> count(RolloutFinished.class) >= 1);
        run().breakpoints().actionProperty(Action.A2_REMAINING_STEPS).set(true);
        w.runUntil(() -> run().breakpointHitProperty().get() != null);
        assertThat(run().state()).isEqualTo(RunState.PAUSED);
        assertThat(run().playingProperty().get()).isFalse();
        // The engine stops at its next checkpoint: events already emitted before it got there may still arrive.
        int settled;
        do {
            settled = w.main.events().size();
            long quiet = System.nanoTime() + 150_000_000L;
            w.runUntil(() -> System.nanoTime() > quiet);
        } while (w.main.events().size() != settled);
        int events = settled;
        long until = System.nanoTime() + 300_000_000L;
        w.runUntil(() -> System.nanoTime() > until);
        assertThat(run().state()).isEqualTo(RunState.PAUSED);
        assertThat(w.main.events()).hasSize(events);

        run().cancel();
        w.runUntil(() -> run().state() == RunState.CANCELLED);
        assertThat(run().breakpointTextProperty().get()).isEmpty();
    }
}
