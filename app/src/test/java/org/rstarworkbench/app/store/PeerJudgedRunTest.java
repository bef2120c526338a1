package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rstarworkbench.app.store.StoreFixtures.PROBLEM;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.discriminator.event.DiscriminatorEvents;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;

/** A run judged by the peer discriminator is recorded, resumed after a crash in the judging, and replayed. */
class PeerJudgedRunTest {

    static final SearchConfig CONFIG = SearchConfig.defaults().withRollouts(8).withSeed(3);
    static final EventCodec CODEC = EventCodec.standard().with(DiscriminatorEvents::register);

    @TempDir
    Path dir;

    static ScriptedModel generator() {
        return new ScriptedModel("generator", Scripts.rstarShaped(7, 2));
    }

    static ScriptedModel peer() {
        return new ScriptedModel("peer", (prompt, i) -> " so the total is 7. The answer is 7.\nQuestion: next");
    }

    static RStar rstar(LanguageModel generator, LanguageModel peer) {
        return RStar.builder().setModel(generator).setPack(StoreFixtures.pack()).optConfig(CONFIG)
                .optJudge(PeerDiscriminator.builder().setPeer(peer).build()).build();
    }

    @Test
    void aCrashWhileThePeerJudgesResumesToTheUninterruptedRunAndReplays() throws Exception {
        List<SearchEvent> expected = new ArrayList<>();
        SearchResult uninterrupted = rstar(generator(), peer()).search(PROBLEM, expected::add);
        assertThat(expected).anyMatch(Verdict.class::isInstance);

        try (RunStore store = RunStore.builder().setFile(dir.resolve("runs.db")).optCodec(CODEC).open()) {
            ScriptedModel firstPeer = peer();
            Recording rec = Recording.start(store, generator(), "judged", "peer");
            LanguageModel crashingPeer = new StoreFixtures.FailingModel(firstPeer, 1, true);
            assertThatThrownBy(() -> rstar(rec.model(), rec.peer(crashingPeer)).search(PROBLEM, rec.recorder()))
                    .isInstanceOf(StoreFixtures.SimulatedCrash.class);
            long id = rec.runId();

            ScriptedModel generator = generator();
            ScriptedModel secondPeer = peer();
            Recording res = Recording.resume(store, id, generator);
            SearchResult result = rstar(res.model(), res.peer(secondPeer)).search(res.problem(), res.recorder());

            assertThat(result.answer()).isEqualTo(uninterrupted.answer());
            StoreFixtures.assertSameEvents(store.events(id), expected);
            assertThat(store.events(id)).anyMatch(Verdict.class::isInstance);
            assertThat(generator.callCount()).isZero();
            StoreFixtures.assertNoRepeatedRequest(StoreFixtures.keys(firstPeer), StoreFixtures.keys(secondPeer));
            RunSummary run = store.run(id);
            RunFinished finished = (RunFinished) expected.get(expected.size() - 1);
            assertThat(run.usage().calls()).isEqualTo(finished.usage().calls());
            assertThat(run.judgeUsage().calls()).isEqualTo(finished.judgeUsage().calls()).isPositive();

            Recording replay = Recording.replay(store, id);
            SearchResult replayed = rstar(replay.model(), replay.peer(null)).search(replay.problem(),
                    replay.recorder());
            assertThat(replayed.answer()).isEqualTo(uninterrupted.answer());
            assertThat(replay.model().stats().misses()).isZero();

            Path file = dir.resolve("run.json");
            store.exportJson(id, file);
            try (RunStore other = RunStore.builder().setFile(dir.resolve("other.db")).optCodec(CODEC).open()) {
                long imported = other.importJson(file, null);
                Recording again = Recording.replay(other, imported);
                assertThat(rstar(again.model(), again.peer(null)).search(again.problem(), again.recorder())
                        .answer()).isEqualTo(uninterrupted.answer());
            }
        }
    }
}
