package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.Sampling;
import org.rstarworkbench.core.model.ScriptedModel;

/** The cache answers what it has, sends the rest in one call, and keys requests by everything that matters. */
class CachingModelTest {

    static final GenerationRequest REQUEST = new GenerationRequest("Question 5.1:", 3, 32, List.of("\n", "Answer"),
            new Sampling(0.8, 0.95, 40, 1234L));

    @TempDir
    Path dir;

    @Test
    void theKeyIsAStableHashOfTheModelAndTheExactRequest() {
        String key = CachingModel.key("m", REQUEST);
        assertThat(key).hasSize(64).matches("[0-9a-f]+");
        assertThat(CachingModel.key("m", REQUEST)).isEqualTo(key);
        // Changing the key would orphan every stored answer: it must not change between versions.
        assertThat(key).isEqualTo("3c267d875bada5ead27ce8359cc79221c8c3895aba96bced3b1efe9bff8f18b5");
        Sampling s = REQUEST.sampling();
        Set<String> variants = new HashSet<>(List.of(key,
                CachingModel.key("m2", REQUEST),
                CachingModel.key("m", new GenerationRequest("Question 5.2:", 3, 32, REQUEST.stop(), s)),
                CachingModel.key("m", new GenerationRequest(REQUEST.prompt(), 4, 32, REQUEST.stop(), s)),
                CachingModel.key("m", new GenerationRequest(REQUEST.prompt(), 3, 33, REQUEST.stop(), s)),
                CachingModel.key("m", new GenerationRequest(REQUEST.prompt(), 3, 32, List.of("\n"), s)),
                CachingModel.key("m", REQUEST.withN(3, 1235L)),
                CachingModel.key("m", REQUEST.withN(3, null)),
                CachingModel.key("m", new GenerationRequest(REQUEST.prompt(), 3, 32, REQUEST.stop(),
                        new Sampling(0.7, 0.95, 40, 1234L))),
                CachingModel.key("m", new GenerationRequest(REQUEST.prompt(), 3, 32, REQUEST.stop(),
                        new Sampling(0.8, 0.9, 40, 1234L))),
                CachingModel.key("m", new GenerationRequest(REQUEST.prompt(), 3, 32, REQUEST.stop(),
                        new Sampling(0.8, 0.95, 41, 1234L)))));
        assertThat(variants).hasSize(11);
    }

    @Test
    void hitsComeFromTheStoreAndOnlyMissesReachTheLiveModelInOneCall() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            ScriptedModel live = StoreFixtures.scripted();
            CachingModel model = CachingModel.over(store, live);
            GenerationRequest other = REQUEST.withN(3, 99L);
            List<Generation> first = model.generate(List.of(REQUEST));

            List<Generation> second = model.generate(List.of(other, REQUEST));

            assertThat(live.calls()).containsExactly(List.of(REQUEST), List.of(other));
            assertThat(second.get(1)).isEqualTo(first.get(0));
            assertThat(second.get(0).request()).isEqualTo(other);
            assertThat(model.stats()).isEqualTo(new CachingModel.Stats(1, 2, 2));
            assertThat(model.id()).isEqualTo("scripted");

            CachingModel replay = CachingModel.replay(store, "scripted");
            assertThat(replay.generate(List.of(REQUEST, other))).containsExactly(first.get(0), second.get(0));
            assertThat(replay.stats()).isEqualTo(new CachingModel.Stats(2, 0, 0));
            assertThat(replay.hasLive()).isFalse();
        }
    }

    @Test
    void aReplayMissNamesTheCallAndThePrompt() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            CachingModel replay = CachingModel.replay(store, "scripted");
            assertThatThrownBy(() -> replay.generate(List.of(REQUEST))).isInstanceOf(ModelException.class)
                    .hasMessage("the store " + store.file() + " has no recorded answer of scripted for call 0 "
                            + "(prompt ends \"Question 5.1:\"); replay needs a complete recording: resume the run "
                            + "with a live model instead");
            assertThat(replay.stats().misses()).isEqualTo(1);
            assertThatThrownBy(() -> CachingModel.builder(store).build()).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anUnreadableCachedAnswerIsAskedAgainAndReplaced() throws Exception {
        Path file = dir.resolve("runs.db");
        try (RunStore store = RunStore.open(file)) {
            ScriptedModel live = StoreFixtures.scripted();
            CachingModel model = CachingModel.over(store, live);
            Generation answer = model.generate(List.of(REQUEST)).get(0);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = c.createStatement()) {
                s.execute("UPDATE model_calls SET completions_json = 'not json'");
            }

            assertThat(model.generate(List.of(REQUEST))).containsExactly(answer);
            assertThat(live.callCount()).isEqualTo(2);
            assertThat(CachingModel.replay(store, "scripted").generate(List.of(REQUEST))).containsExactly(answer);
        }
    }
}
