package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rstarworkbench.app.store.StoreFixtures.PROBLEM;
import static org.rstarworkbench.app.store.StoreFixtures.config;
import static org.rstarworkbench.app.store.StoreFixtures.rstar;
import static org.rstarworkbench.app.store.StoreFixtures.scripted;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.search.SearchResult;

/** Opening a store, and the queries the command line and the workbench use. */
class RunStoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewStoreIsCreatedWithItsFolderInWalModeAtTheLatestVersion() throws Exception {
        Path file = dir.resolve("deep/er/runs.db");
        try (RunStore store = RunStore.open(file)) {
            assertThat(store.file()).isEqualTo(file.toAbsolutePath());
            assertThat(store.listRuns()).isEmpty();
            assertThat(store.isReadOnly()).isFalse();
        }
        assertThat(pragma(file, "journal_mode")).isEqualTo("wal");
        assertThat(pragma(file, "user_version")).isEqualTo(Integer.toString(Schema.current().latest()));
        assertThat(pragma(file, "application_id")).isEqualTo(Integer.toString(Schema.APPLICATION_ID));
        assertThat(query(file, "SELECT version FROM schema_history")).containsExactly("1");
        try (RunStore again = RunStore.open(file)) {
            assertThat(again.listRuns()).isEmpty();
        }
    }

    @Test
    void aRecordedRunIsListedAndItsEventsReadBackExactly() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            List<SearchEvent> seen = new ArrayList<>();
            Recording rec = Recording.start(store, scripted(), "apples", "peer-model");
            SearchResult result = rstar(rec.model(), config(3)).search(PROBLEM, rec.recorder(), seen::add);

            assertThat(store.events(rec.runId())).isEqualTo(seen);
            assertThat(store.runStarted(rec.runId())).isEqualTo(seen.get(0));
            RunSummary run = store.listRuns().get(0);
            assertThat(run.id()).isEqualTo(rec.runId());
            assertThat(run.name()).isEqualTo("apples");
            assertThat(run.displayName()).isEqualTo("apples");
            assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
            assertThat(run.problemId()).isEqualTo("t/1");
            assertThat(run.problemSnippet()).startsWith("Ann has 3 apples.").hasSizeLessThanOrEqualTo(72);
            assertThat(run.gold()).isEqualTo("7");
            assertThat(run.generatorModel()).isEqualTo("scripted");
            assertThat(run.peerModel()).isEqualTo("peer-model");
            assertThat(run.pack()).isEqualTo("tiny-test");
            assertThat(run.seed()).isEqualTo(3);
            assertThat(run.answer()).isEqualTo(result.answer());
            assertThat(run.rollouts()).isEqualTo(12);
            assertThat(run.plannedRollouts()).isEqualTo(12);
            assertThat(run.usage()).isEqualTo(result.usage());
            assertThat(run.lastSeq()).isEqualTo(seen.size() - 1);
            assertThat(run.created()).isEqualTo(java.time.Instant.parse(((RunStarted) seen.get(0)).startedAt()));
        }
    }

    @Test
    void runsAreListedNewestFirstAndCanBeRenamed() throws Exception {
        try (RunStore store = RunStore.open(dir.resolve("runs.db"))) {
            long first = record(store, 1);
            long second = record(store, 2);

            assertThat(store.listRuns()).extracting(RunSummary::id).containsExactly(second, first);
            store.rename(first, "  the first  ");
            assertThat(store.run(first).name()).isEqualTo("the first");
            store.rename(first, " ");
            assertThat(store.run(first).name()).isNull();
            assertThat(store.run(first).displayName()).startsWith("Ann has 3 apples");
            assertThatThrownBy(() -> store.rename(99, "x")).isInstanceOf(StoreException.class)
                    .hasMessageContaining("there is no run 99 in the store");
        }
    }

    @Test
    void deleteRemovesTheRunItsEventsAndOnlyTheAnswersNoOtherRunUses() throws Exception {
        Path file = dir.resolve("runs.db");
        try (RunStore store = RunStore.open(file)) {
            long a = record(store, 1);
            long b = record(store, 1); // the same seed: every answer is shared
            long c = record(store, 2);
            int cached = count(file, "model_calls");

            store.delete(a);

            assertThat(store.findRun(a)).isEmpty();
            assertThat(count(file, "model_calls")).isEqualTo(cached);
            assertThat(query(file, "SELECT count(*) FROM events WHERE run_id = " + a)).containsExactly("0");
            assertThat(query(file, "SELECT count(*) FROM model_calls WHERE run_id IS NULL")).isNotEqualTo(List.of("0"));

            store.delete(b);
            int sharedWithC = Integer.parseInt(query(file, "SELECT count(DISTINCT key) FROM run_model_calls").get(0));
            assertThat(count(file, "model_calls")).isEqualTo(sharedWithC);
            assertThat(store.listRuns()).extracting(RunSummary::id).containsExactly(c);

            Recording replay = Recording.replay(store, c);
            assertThat(rstar(replay.model(), replay.config()).search(replay.problem(), replay.recorder()).answer())
                    .isEqualTo(store.run(c).answer());
            assertThatThrownBy(() -> store.delete(a)).hasMessageContaining("there is no run " + a);
        }
    }

    @Test
    void aClosedStoreSaysSo() throws Exception {
        RunStore store = RunStore.open(dir.resolve("runs.db"));
        store.close();
        store.close();
        assertThatThrownBy(store::listRuns).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void theDefaultLocationIsTheUsersDataFolder() {
        Path home = Path.of("/home/ann");
        assertThat(StoreLocation.defaultFile("Linux", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/ann/.local/share/rstar-workbench/runs.db"));
        assertThat(StoreLocation.defaultFile("Linux", java.util.Map.of("XDG_DATA_HOME", "/data"), home))
                .isEqualTo(Path.of("/data/rstar-workbench/runs.db"));
        assertThat(StoreLocation.defaultFile("Linux", java.util.Map.of("XDG_DATA_HOME", "relative"), home))
                .isEqualTo(Path.of("/home/ann/.local/share/rstar-workbench/runs.db"));
        assertThat(StoreLocation.defaultFile("Mac OS X", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/rstar-workbench/runs.db"));
        assertThat(StoreLocation.defaultFile("Windows 11", java.util.Map.of("APPDATA", "/appdata"), home))
                .isEqualTo(Path.of("/appdata/rstar-workbench/runs.db"));
        assertThat(StoreLocation.defaultFile("Windows 11", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/ann/AppData/Roaming/rstar-workbench/runs.db"));
        assertThat(StoreLocation.defaultFile()).endsWithRaw(Path.of("rstar-workbench", "runs.db"));
    }

    static long record(RunStore store, long seed) throws Exception {
        Recording rec = Recording.start(store, scripted(), null, null);
        rstar(rec.model(), config(seed)).search(PROBLEM, rec.recorder());
        return rec.runId();
    }

    static String pragma(Path file, String name) throws SQLException {
        return query(file, "PRAGMA " + name).get(0);
    }

    static int count(Path file, String table) throws SQLException {
        return Integer.parseInt(query(file, "SELECT count(*) FROM " + table).get(0));
    }

    static List<String> query(Path file, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
