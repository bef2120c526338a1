package org.rstarworkbench.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RunCancelled;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.run.RunCancelledException;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;

/** Cancelling a live run while its model is in the middle of a call. */
class SearchSessionTest {

    static final Problem PROBLEM = new Problem("p", "Ann has 3 apples and buys 4 more. How many has she?", "7");

    final ExecutorService engine = Executors.newSingleThreadExecutor();
    final CountDownLatch inCall = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicBoolean closed = new AtomicBoolean();

    @AfterEach
    void stop() {
        release.countDown();
        engine.shutdownNow();
    }

    @Test
    void cancelInterruptsTheModelCallInFlightAndTheRunEndsCancelled() throws Exception {
        // the model answers only when interrupted, as a long decode or a slow server would, much later
        SearchSession session = session(requests -> {
            inCall.countDown();
            new CountDownLatch(1).await();
            throw new AssertionError("not reached");
        });
        Future<?> run = engine.submit(session::run);
        assertThat(inCall.await(10, TimeUnit.SECONDS)).as("the first model call began").isTrue();

        session.cancel();

        assertThatThrownBy(() -> run.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(RunCancelledException.class);
        List<SearchEvent> events = session.inbox().drain();
        assertThat(events.get(events.size() - 1)).isInstanceOfSatisfying(RunCancelled.class,
                c -> assertThat(c.completedRollouts()).isZero());
        assertThat(events).noneMatch(ModelCalled.class::isInstance);
        assertThat(closed).as("the model was closed").isTrue();
    }

    @Test
    void aCallThatFinishesDespiteTheCancelIsTheLastAndTheRunEndsCancelled() throws Exception {
        ScriptedModel scripted = new ScriptedModel(Scripts.rstarShaped(7, 4));
        AtomicBoolean interruptSeen = new AtomicBoolean();
        SearchSession session = session(requests -> {
            inCall.countDown();
            while (true) {
                try {
                    release.await();
                    break;
                } catch (InterruptedException e) {
                    interruptSeen.set(true); // a model that does not give up its call
                }
            }
            return scripted.generate(requests);
        });
        Future<?> run = engine.submit(session::run);
        assertThat(inCall.await(10, TimeUnit.SECONDS)).isTrue();

        session.cancel();
        release.countDown();

        assertThatThrownBy(() -> run.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(RunCancelledException.class);
        assertThat(interruptSeen).isTrue();
        List<SearchEvent> events = session.inbox().drain();
        assertThat(events.stream().filter(ModelCalled.class::isInstance)).hasSize(1);
        assertThat(events.get(events.size() - 1)).isInstanceOf(RunCancelled.class);
        assertThat(scripted.calls()).hasSize(1);
    }

    interface Answer {
        List<Generation> generate(List<GenerationRequest> requests) throws ModelException, InterruptedException;
    }

    SearchSession session(Answer answer) {
        ModelChoice choice = new ModelChoice() {
            @Override
            public String label() {
                return "slow";
            }

            @Override
            public String description() {
                return "answers when the test lets it";
            }

            @Override
            public LanguageModel open(Endpoint endpoint, Problem problem) {
                return new LanguageModel() {
                    @Override
                    public String id() {
                        return "slow";
                    }

                    @Override
                    public List<Generation> generate(List<GenerationRequest> requests) throws ModelException,
                            InterruptedException {
                        return answer.generate(requests);
                    }

                    @Override
                    public void close() {
                        closed.set(true);
                    }
                };
            }
        };
        RunSettings settings = new RunSettings(PROBLEM, "gsm8k", choice, new Endpoint("", ""),
                SearchConfig.defaults().withRollouts(2), false, PeerChoice.SAME, new Endpoint("", ""), false);
        return new SearchSession(settings, false, null);
    }
}
