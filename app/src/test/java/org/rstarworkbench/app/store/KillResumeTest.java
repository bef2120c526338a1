package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.search.SearchResult;

/**
 * Crash safety for real: a child JVM records a slowed search and is killed ({@code kill -9}) at random moments,
 * several times, each time resuming where the store says it stopped; the run is then finished in this process. The
 * result is the uninterrupted run's, event for event, and no request that had been answered and stored was ever
 * sent to the model again.
 */
class KillResumeTest {

    static final long SEED = 5;
    static final int MILLIS_PER_CALL = 12;
    static final int KILLS = 4;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsAndResumedGivesTheUninterruptedRun() throws Exception {
        StoreFixtures.Run expected = StoreFixtures.uninterrupted(SEED);
        Path storeFile = dir.resolve("runs.db");
        List<String> history = new ArrayList<>();
        long lastSeq = -1;
        for (int i = 0; i < KILLS && !finished(storeFile); i++) {
            Set<String> stored = cachedKeys(storeFile);
            Path sent = dir.resolve("sent-" + i + ".log");
            Process child = start(storeFile, sent, i);
            long progress = awaitProgress(storeFile, lastSeq, child);
            long delay = ThreadLocalRandom.current().nextLong(0, 250);
            Thread.sleep(delay);
            boolean alive = child.isAlive();
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            lastSeq = lastSeq(storeFile);
            history.add("child " + i + ": progress to " + progress + ", killed " + delay + " ms later"
                    + (alive ? "" : " (had exited " + child.exitValue() + ")") + ", stored up to event " + lastSeq);
            assertThat(alive || child.exitValue() == 0).as("child %d failed: %s", i, output(i)).isTrue();
            assertThat(Collections.disjoint(lines(sent), stored)).as("child %d re-sent a stored request; %s", i,
                    history).isTrue();
        }

        Set<String> stored = cachedKeys(storeFile);
        ScriptedModel live = StoreFixtures.scripted();
        try (RunStore store = RunStore.open(storeFile)) {
            SearchResult result = KillableRunMain.recordOrResume(store, live, SEED);
            RunSummary run = store.listRuns().get(0);

            assertThat(run.status()).as("%s", history).isEqualTo(RunStatus.FINISHED);
            assertThat(run.answer()).isEqualTo(expected.result().answer());
            if (result != null) {
                assertThat(result.answer()).isEqualTo(expected.result().answer());
            }
            StoreFixtures.assertSameEvents(store.events(run.id()), expected.events());
            assertThat(Collections.disjoint(StoreFixtures.keys(live), stored)).as("%s", history).isTrue();
        }
    }

    private Process start(Path storeFile, Path sent, int i) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dorg.sqlite.tmpdir=" + Files.createDirectories(dir.resolve("native")),
                "-cp", System.getProperty("java.class.path"), KillableRunMain.class.getName(), storeFile.toString(),
                sent.toString(), Long.toString(SEED), Integer.toString(MILLIS_PER_CALL));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child-" + i + ".out").toFile()).start();
    }

    /** Waits until the child has committed something new (or exited); returns the last committed event. */
    private static long awaitProgress(Path storeFile, long after, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline && child.isAlive()) {
            long seq = lastSeq(storeFile);
            if (seq > after) {
                return seq;
            }
            Thread.sleep(10);
        }
        return lastSeq(storeFile);
    }

    private static boolean finished(Path storeFile) throws SQLException {
        return "finished".equals(query(storeFile, "SELECT status FROM runs"));
    }

    private static long lastSeq(Path storeFile) throws SQLException {
        String seq = query(storeFile, "SELECT last_seq FROM runs");
        return seq == null ? -1 : Long.parseLong(seq);
    }

    private static Set<String> cachedKeys(Path storeFile) throws SQLException {
        Set<String> keys = new HashSet<>();
        if (!Files.exists(storeFile)) {
            return keys;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeFile);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key FROM model_calls")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private static String query(Path storeFile, String sql) throws SQLException {
        if (!Files.exists(storeFile)) {
            return null;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + storeFile);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no such table")) {
                return null; // the child has not created the schema yet
            }
            throw e;
        }
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private String output(int i) throws Exception {
        Path out = dir.resolve("child-" + i + ".out");
        return Files.exists(out) ? Files.readString(out) : "";
    }
}
