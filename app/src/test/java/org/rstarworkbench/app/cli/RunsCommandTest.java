package org.rstarworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store from the command line: list, export, import, replay, resume after a server failure. */
class RunsCommandTest {

    static final String QUESTION = "Ann has 3 apples. Bob gives her 4 more. How many apples does Ann have now?";

    @TempDir
    Path dir;
    LoopbackServer server;
    String store;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        store = dir.resolve("runs.db").toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Cli.Result rstar(String... args) {
        return Cli.rstar(args);
    }

    Cli.Result solve(String... extra) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("solve", "--question", QUESTION,
                "--endpoint", server.baseUrl(), "--model", "scripted", "--retries", "0", "--store", store,
                "--rollouts", "6", "--json"));
        args.addAll(java.util.List.of(extra));
        return rstar(args.toArray(String[]::new));
    }

    @Test
    void listExportReplayAndImport() throws Exception {
        assertThat(solve("--name", "first").exit()).isZero();

        Cli.Result list = rstar("runs", "--store", store);
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("finished").contains("6/6").contains("first").contains("1 runs in");

        Path json = dir.resolve("run.json");
        Path dot = dir.resolve("tree.dot");
        Path jsonl = dir.resolve("trajectories.jsonl");
        assertThat(rstar("runs", "export", "1", json.toString(), "--store", store).exit()).isZero();
        assertThat(rstar("runs", "export", "1", dot.toString(), "--store", store).exit()).isZero();
        assertThat(rstar("runs", "export", "1", jsonl.toString(), "--store", store).exit()).isZero();
        assertThat(new ObjectMapper().readTree(json.toFile()).get("format").asText()).isEqualTo("rstar-run/1");
        assertThat(Files.readString(dot)).startsWith("digraph");
        assertThat(Files.readAllLines(jsonl)).isNotEmpty();

        int before = server.requests.get();
        Cli.Result replay = rstar("replay", "1", "--store", store);
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("Answer:   7").contains("every event matches the recording");
        assertThat(server.requests.get()).as("replay needs no model").isEqualTo(before);

        Cli.Result imported = rstar("runs", "import", json.toString(), "--name", "copy", "--store",
                store);
        assertThat(imported.out()).contains("Imported as run 2");
        Cli.Result replayImported = rstar("replay", "2", "--store", store);
        assertThat(replayImported.exit()).as(replayImported.err()).isZero();
        assertThat(rstar("runs", "delete", "2", "--store", store).exit()).isZero();
        assertThat(rstar("runs", "--store", store).out()).doesNotContain("copy");
    }

    @Test
    void aRunKilledByAFailingServerResumesToTheUninterruptedResultWithoutRepeatingACall() throws Exception {
        JsonNode uninterrupted = new ObjectMapper().readTree(rstar("solve", "--question", QUESTION, "--endpoint",
                server.baseUrl(), "--model", "scripted", "--no-store", "--rollouts", "6", "--json")
                .out().lines().reduce((a, b) -> b).orElseThrow());

        try (LoopbackServer fresh = new LoopbackServer()) {
            fresh.failFrom.set(25);
            Cli.Result failed = rstar("solve", "--question", QUESTION, "--endpoint", fresh.baseUrl(),
                    "--model", "scripted", "--retries", "0", "--store", store, "--rollouts", "6");
            assertThat(failed.exit()).isEqualTo(3);
            assertThat(rstar("runs", "--store", store).out()).contains("failed");

            fresh.failFrom.set(Integer.MAX_VALUE);
            Cli.Result resumed = rstar("resume", "1", "--endpoint", fresh.baseUrl(), "--model",
                    "scripted", "--store", store);
            assertThat(resumed.exit()).as(resumed.err()).isZero();
            assertThat(resumed.out()).contains("Answer:   " + uninterrupted.get("answer").asText())
                    .contains("Resumed run 1");
            assertThat(fresh.repeated.get()).as("no model call repeated").isZero();
        }
        assertThat(rstar("runs", "--store", store).out()).contains("finished");
    }
}
