package org.rstarworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.app.Main;
import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalRow;

/**
 * kill -9 during an evaluation at random moments, several times, then --resume: the per-problem answers equal an
 * uninterrupted evaluation's, and no request whose answer was stored is ever sent again (a call in flight at the
 * kill had no answer stored, so it is asked again).
 */
class EvalKillResumeTest {

    static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void killedEvaluationsResumeToTheUninterruptedAnswers() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            lines.append("{\"question\": \"Ann has ").append(i).append(" pens. Bob adds some. How many pens does "
                    + "Ann have?\", \"answer\": \"7\"}\n");
        }
        Path dataset = Files.writeString(dir.resolve("kill.jsonl"), lines.toString());

        Map<String, String> expected;
        try (LoopbackServer server = new LoopbackServer()) {
            expected = answers(runInProcess(server, dataset, dir.resolve("clean"), dir.resolve("clean.db")));
        }

        try (LoopbackServer server = new LoopbackServer()) {
            server.latencyMillis = 3;
            Path out = dir.resolve("killed");
            Path store = dir.resolve("killed.db");
            SplittableRandom random = new SplittableRandom(7);
            for (int kill = 0; kill < KILLS; kill++) {
                Set<String> stored = cachedKeys(store);
                server.keys.clear();
                int before = server.requests.get();
                Process child = new ProcessBuilder(javaCommand(args(server, dataset, out, store, true)))
                        .redirectErrorStream(true).redirectOutput(dir.resolve("child" + kill + ".log").toFile())
                        .start();
                awaitFirstRequest(server, before, child);
                Thread.sleep(50 + random.nextInt(600));
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
                assertThat(Collections.disjoint(server.keys, stored)).as("child %d asked for no stored answer", kill)
                        .isTrue();
            }
            int askedBeforeFinish = server.requests.get();
            server.latencyMillis = 0;
            Set<String> stored = cachedKeys(store);
            server.keys.clear();
            Path finished = runInProcess(server, dataset, out, store);

            assertThat(askedBeforeFinish).as("the children got somewhere").isPositive();
            assertThat(stored).as("the children stored answers").isNotEmpty();
            assertThat(answers(finished)).isEqualTo(expected);
            assertThat(Collections.disjoint(server.keys, stored)).as("the resumed evaluation asked for no stored "
                    + "answer").isTrue();
            assertThat(cachedKeys(store)).as("the server's keys are the store's keys").containsAll(server.keys);
        }
    }

    /** Waits until the child has sent a request (a slow machine may take seconds to start a JVM). */
    private static void awaitFirstRequest(LoopbackServer server, int before, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (server.requests.get() == before && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static Set<String> cachedKeys(Path store) throws Exception {
        Set<String> keys = new HashSet<>();
        if (!Files.exists(store)) {
            return keys;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key FROM model_calls")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    private Path runInProcess(LoopbackServer server, Path dataset, Path out, Path store) {
        StringWriter err = new StringWriter();
        int exit = RStarCommand.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute(args(server, dataset, out, store, Files.exists(out)).toArray(String[]::new));
        assertThat(exit).as(err.toString()).isZero();
        return out;
    }

    private static List<String> args(LoopbackServer server, Path dataset, Path out, Path store, boolean resume) {
        List<String> args = new ArrayList<>(List.of("eval", "--dataset", dataset.toString(), "--endpoint",
                server.baseUrl(), "--model", "scripted", "--store", store.toString(), "--out", out.toString(),
                "--methods", "sc,mcts-maj,rstar", "--rollouts-list", "2,4", "--sc-k", "4"));
        if (resume) {
            args.add("--resume");
        }
        return args;
    }

    private List<String> javaCommand(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dorg.sqlite.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        return command;
    }

    private static Map<String, String> answers(Path out) throws Exception {
        Map<String, String> answers = new TreeMap<>();
        for (EvalRow row : EvalOutputs.read(out)) {
            answers.put(row.problem() + " " + row.method() + "@" + row.budget(), row.answer());
        }
        assertThat(answers).hasSize(4 * 5);
        return answers;
    }
}
