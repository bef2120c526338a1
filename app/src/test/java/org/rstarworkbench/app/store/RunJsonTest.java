package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rstarworkbench.app.store.StoreFixtures.PROBLEM;
import static org.rstarworkbench.app.store.StoreFixtures.config;
import static org.rstarworkbench.app.store.StoreFixtures.rstar;
import static org.rstarworkbench.app.store.StoreFixtures.scripted;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.search.Judgement;
import org.rstarworkbench.core.search.RStar;

/** Run files out of and into the store: the command line's format, every event kept, replayable on import. */
class RunJsonTest {

    @TempDir
    Path dir;

    @Test
    void exportWritesTheCommandLinesRunFile() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            long id = RunStoreTest.record(store, 2);
            Path file = dir.resolve("out/run.json");

            store.exportJson(id, file);

            ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("format", "rstar-run/1");
            document.put("events", json.readTree(json.writerFor(new TypeReference<List<SearchEvent>>() {
            }).writeValueAsString(store.events(id))));
            assertThat(json.readTree(file.toFile())).isEqualTo(json.valueToTree(document));
            assertThat(dir.resolve("out")).isDirectoryNotContaining("glob:**.part");
        }
    }

    @Test
    void anImportedRunIsListedAndReplaysWithNoModelAndKeepsEventsOfUnknownTypes() throws Exception {
        EventCodec codec = EventCodec.standard().withSubtype(TestVerdict.class, TestVerdict.TYPE);
        Path file = dir.resolve("run.json");
        List<SearchEvent> events;
        try (RunStore source = RunStore.builder().setFile(dir.resolve("a.db")).optCodec(codec).open()) {
            Recording rec = Recording.start(source, scripted(), null, null);
            judged(rec.model(), config(2)).search(PROBLEM, rec.recorder());
            events = source.events(rec.runId());
            source.exportJson(rec.runId(), file);
        }
        try (RunStore target = RunStore.open(dir.resolve("b.db"))) {
            long id = target.importJson(file, "imported");

            RunSummary run = target.run(id);
            assertThat(run.name()).isEqualTo("imported");
            assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
            assertThat(run.answer()).isEqualTo("7");
            assertThat(run.rollouts()).isEqualTo(12);
            assertThat(target.rawEvents(id)).hasSize(events.size());
            assertThat(target.rawEvents(id)).extracting(StoredEvent::type).contains(TestVerdict.TYPE);
            Path again = dir.resolve("again.json");
            target.exportJson(id, again);
            assertThat(new ObjectMapper().readTree(again.toFile())).isEqualTo(new ObjectMapper().readTree(
                    file.toFile()));

            List<SearchEvent> known = target.events(id);
            assertThat(known).hasSize(events.size() - 1);
            Recording replay = Recording.replay(target, id);
            judged(replay.model(), replay.config()).search(replay.problem(), replay.recorder());
            assertThat(replay.model().stats().misses()).isZero();

            Recording unjudged = Recording.replay(target, id);
            assertThatThrownBy(() -> rstar(unjudged.model(), unjudged.config()).search(unjudged.problem(),
                    unjudged.recorder())).isInstanceOf(UncheckedStoreException.class)
                    .hasMessageStartingWith("the replay of run " + id + " differs from its recording at event "
                            + (events.size() - 2) + " (type: \"test-verdict\" vs \"run-finished\")");
        }
    }

    private static RStar judged(org.rstarworkbench.core.model.LanguageModel model,
                                org.rstarworkbench.core.search.SearchConfig config) {
        return RStar.builder().setModel(model).setPack(StoreFixtures.pack()).optConfig(config).optJudge(ctx -> {
            ctx.events().emit(seq -> new TestVerdict(seq, "7", 3));
            return new Judgement("test", "7", org.rstarworkbench.core.search.ComputeUsage.ZERO);
        }).build();
    }

    @Test
    void anImportedInterruptedRunResumesToTheUninterruptedRun() throws Exception {
        Path file = dir.resolve("run.json");
        try (RunStore source = RunStore.open(dir.resolve("a.db"))) {
            Recording rec = Recording.start(source, new StoreFixtures.FailingModel(scripted(), 25, true), null, null);
            assertThatThrownBy(() -> rstar(rec.model(), config(9)).search(PROBLEM, rec.recorder()));
            source.exportJson(rec.runId(), file);
        }
        try (RunStore target = RunStore.open(dir.resolve("b.db"))) {
            long id = target.importJson(file, null);
            assertThat(target.run(id).status()).isEqualTo(RunStatus.RUNNING);

            Recording res = Recording.resume(target, id, scripted());
            rstar(res.model(), res.config()).search(res.problem(), res.recorder());

            StoreFixtures.assertSameEvents(target.events(id), StoreFixtures.uninterrupted(9).events());
        }
    }

    @Test
    void aBadRunFileIsRefusedWithWhatIsWrong() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            assertBad(store, "{\"format\": ", "it is not valid JSON (line 1");
            assertBad(store, "{\"format\": \"other/2\", \"events\": []}", "its \"format\" is \"other/2\", "
                    + "expected \"rstar-run/1\"");
            assertBad(store, "{\"format\": \"rstar-run/1\", \"events\": []}", "it has no \"events\" list");
            assertBad(store, "{\"format\": \"rstar-run/1\", \"events\": [{\"seq\": 0}]}", "event 0 has no \"type\"");
            assertBad(store, "{\"format\": \"rstar-run/1\", \"events\": [{\"type\": \"rollout-started\", \"seq\": 1,"
                    + " \"rollout\": 0}]}", "event 0 has \"seq\" 1; events must be numbered 0, 1, 2, ... in order");
            assertBad(store, "{\"format\": \"rstar-run/1\", \"events\": [{\"type\": \"rollout-started\", \"seq\": 0,"
                    + " \"rollout\": 0}]}", "its first event is a rollout-started, not a run-started");
            assertBad(store, "{\"format\": \"rstar-run/1\", \"events\": [{\"type\": \"run-started\", \"seq\": 0,"
                    + " \"problem\": {\"id\": \"x\", \"question\": \"\"}}]}", "event 0 (run-started) is not valid");
            assertThat(store.listRuns()).isEmpty();
            assertThatThrownBy(() -> store.importJson(dir.resolve("missing.json"), null))
                    .hasMessageStartingWith("cannot read the run file " + dir.resolve("missing.json"));
        }
    }

    private void assertBad(RunStore store, String content, String expected) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"), content);
        assertThatThrownBy(() -> store.importJson(file, null)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot import " + file + ": ").hasMessageContaining(expected)
                .hasMessageEndingWith("Give a run file written by 'rstar solve --out' or by an export.");
    }

    static JsonNode tree(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }
}
