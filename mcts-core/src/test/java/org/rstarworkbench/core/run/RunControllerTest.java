package org.rstarworkbench.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RunCancelled;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Problem;

class RunControllerTest {

    final ExecutorService engine = Executors.newSingleThreadExecutor();
    final List<SearchEvent> events = new CopyOnWriteArrayList<>();
    final RunController controller = new RunController(true);

    @AfterEach
    void stop() {
        controller.cancel();
        engine.shutdownNow();
    }

    private Future<SearchResult> start(int rollouts) {
        PromptPack pack = new PromptPack("p", "d", "numeric",
                new PromptPack.FewShot("{examples}{instruction}", "", "", List.of(), 16),
                new PromptPack.FewShot("{examples}{instruction}", "", "", List.of("\n"), 16),
                new PromptPack.Decompose("", "", 5, 16, 16), new PromptPack.Rephrase("", "Condition 1: ", 16));
        RStar rstar = RStar.builder().setModel(new ScriptedModel(Scripts.rstarShaped(7, 4))).setPack(pack)
                .optConfig(SearchConfig.defaults().withRollouts(rollouts)).build();
        return engine.submit(() -> rstar.search(new Problem("p", "Ann has 3. How many?", null), controller,
                events::add));
    }

    private long seen;

    /** Waits until the engine stops at a checkpoint it had not stopped at before. */
    private void awaitWaiting() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(controller.isWaiting() && controller.pauses() > seen)) {
            assertThat(System.nanoTime()).as("engine reached a checkpoint").isLessThan(deadline);
            Thread.sleep(2);
        }
        seen = controller.pauses();
    }

    private long count(Class<?> type) {
        return events.stream().filter(type::isInstance).count();
    }

    @Test
    void startsPausedAndStepsOneModelCallAtATime() throws Exception {
        start(4);
        awaitWaiting();
        assertThat(count(ModelCalled.class)).isZero();

        for (int i = 1; i <= 3; i++) {
            controller.stepModelCall();
            awaitWaiting();
            assertThat(count(ModelCalled.class)).isEqualTo(i);
        }
    }

    @Test
    void isStoppedOnlyWhileTheEngineWaitsAtACheckpointItWasNotLetThrough() throws Exception {
        assertThat(controller.isStopped()).as("no engine yet").isFalse();
        start(4);
        awaitWaiting();
        assertThat(controller.isStopped()).isTrue();

        controller.stepModelCall();
        assertThat(controller.isStopped()).as("let through, whether or not the engine woke yet").isFalse();
        awaitWaiting();
        assertThat(controller.isStopped()).isTrue();
        assertThat(count(ModelCalled.class)).isEqualTo(1);

        controller.resume();
        assertThat(controller.isStopped()).isFalse();
    }

    @Test
    void stepsOneRolloutAtATimeThenRunsToTheEnd() throws Exception {
        Future<SearchResult> result = start(4);
        awaitWaiting();
        controller.stepRollout();
        awaitWaiting();
        assertThat(count(RolloutFinished.class)).isEqualTo(1);
        controller.stepRollout();
        awaitWaiting();
        assertThat(count(RolloutFinished.class)).isEqualTo(2);

        controller.resume();
        assertThat(result.get(10, TimeUnit.SECONDS).root().n()).isEqualTo(4);
    }

    @Test
    void cancelStopsAPausedRunWithAnEvent() throws Exception {
        Future<SearchResult> result = start(4);
        awaitWaiting();
        controller.stepRollout();
        awaitWaiting();
        controller.cancel();

        assertThatThrownBy(() -> result.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(RunCancelledException.class);
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(RunCancelled.class,
                c -> assertThat(c.completedRollouts()).isEqualTo(1));
    }
}
