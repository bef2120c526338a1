package org.rstarworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rstar solve} end to end, in-process, against an OpenAI-compatible server on loopback. */
class SolveCommandTest {

    static final String QUESTION = "Ann has 3 apples. Bob gives her 4 more. How many apples does Ann have now?";
    static LoopbackServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws Exception {
        server = new LoopbackServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    static Cli.Result rstar(String... args) {
        return Cli.rstar(args);
    }

    Cli.Result solve(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("solve", "--question", QUESTION, "--endpoint",
                server.baseUrl(), "--model", "scripted", "--retries", "0", "--store",
                dir.resolve("runs.db").toString()));
        args.addAll(List.of(extra));
        return rstar(args.toArray(String[]::new));
    }

    @Test
    void jsonLastLineHasTheAnswerAndTheReferenceRequestCount() throws Exception {
        Cli.Result r = solve("--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.lastLine());
        assertThat(json.get("answer").asText()).isEqualTo("7");
        JsonNode e = json.get("expanded");
        long expected = 5L * e.path("QUESTION").asLong() + 4L * e.path("REPHRASED").asLong()
                + 5L * e.path("SUBQUESTION").asLong() + 4L * e.path("RE_ANSWER").asLong()
                + 2L * e.path("THOUGHT").asLong();
        assertThat(json.get("requests").asLong()).isEqualTo(expected);
        assertThat(json.get("sequences").asLong()).isPositive();
        assertThat(json.get("tokens").asLong()).isPositive();
        assertThat(json.get("nodes").get("QUESTION").asInt()).isEqualTo(1);
        assertThat(json.get("verdict").asText()).startsWith("rstar-discriminator/");
        assertThat(json.get("majorityAnswer").asText()).isEqualTo("7");
    }

    @Test
    void noPeerLeavesTheGeneratorsMajority() throws Exception {
        Cli.Result r = solve("--json", "--rollouts", "4", "--no-peer");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.lastLine());
        assertThat(json.get("verdict").isNull()).isTrue();
        assertThat(json.get("peerRequests").asLong()).isZero();
        assertThat(json.get("answer").asText()).isEqualTo("7");
    }

    @Test
    void aSeparatePeerIsCalledForTheMaskedPrefixes() throws Exception {
        try (LoopbackServer peerServer = new LoopbackServer()) {
            Cli.Result r = solve("--json", "--rollouts", "4", "--peer-endpoint", peerServer.baseUrl(), "--peer-model",
                    "peer", "--agreement", "strict");

            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode json = new ObjectMapper().readTree(r.lastLine());
            assertThat(peerServer.requests.get()).isEqualTo(json.get("peerSequences").asInt());
            assertThat(json.get("verdict").asText()).startsWith("rstar-discriminator/");
        }
    }

    @Test
    void readableSummaryShowsAnswerComputeAndTheVisitedTree() {
        Cli.Result r = solve("--rollouts", "8");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Answer:   7").contains("8 rollouts").contains("Compute:").contains("peer")
                .contains("Stored as run 1 in " + dir.resolve("runs.db"))
                .contains("Visited nodes").contains("QUESTION #0  N=8");
    }

    @Test
    void outWritesEveryEventAsJson() throws Exception {
        Path file = dir.resolve("runs/run.json");
        Cli.Result r = solve("--rollouts", "4", "--out", file.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode run = new ObjectMapper().readTree(file.toFile());
        assertThat(run.get("format").asText()).isEqualTo("rstar-run/1");
        JsonNode events = run.get("events");
        assertThat(events.get(0).get("type").asText()).isEqualTo("run-started");
        assertThat(events.get(events.size() - 1).get("type").asText()).isEqualTo("run-finished");
        assertThat(events.findValues("type").stream().map(JsonNode::asText)).contains("model-called", "selected",
                "backpropagated", "node-created", "peer-checked", "verdict");
    }

    @Test
    void unreachableServerIsOneLineAndExitThree() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Cli.Result r = rstar("solve", "--question", QUESTION, "--endpoint", "http://127.0.0.1:" + port + "/v1",
                "--model", "m", "--retries", "0", "--no-store");

        assertThat(r.exit()).isEqualTo(3);
        assertOneLineError(r);
        assertThat(r.err()).contains("127.0.0.1:" + port);
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path malformedPack = Files.createDirectories(dir.resolve("pack"));
        Files.writeString(malformedPack.resolve("pack.json"), "{\"format\": 1, \"name\": ");
        Path dataset = Files.writeString(dir.resolve("d.jsonl"), "{\"question\": \"Ann has 2. How many?\"}\n");

        assertBadInput(solve("--rollouts", "0"), "--rollouts must be at least 1, was 0");
        assertBadInput(solve("--exploration-weight", "-1"), "--exploration-weight must be a finite number >= 0");
        assertBadInput(rstar("solve", "--question", QUESTION, "--endpoint", "localhost:8000", "--model", "m",
                "--no-store"), "localhost:8000");
        assertBadInput(solve("--pack", dir.resolve("nope").toString()), "nope");
        assertBadInput(solve("--pack", malformedPack.toString()), "pack.json");
        assertBadInput(rstar("solve", "--dataset", dataset.toString(), "--item", "5", "--endpoint",
                server.baseUrl(), "--model", "m", "--no-store"), "item 5 is out of range");
        assertBadInput(rstar("solve", "--endpoint", server.baseUrl(), "--model", "m", "--no-store"), "--question");
        assertBadInput(rstar("solve", "--question", QUESTION, "--model", "m", "--no-store"), "--endpoint");
        Path corrupt = Files.write(dir.resolve("corrupt.db"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
            13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        assertBadInput(rstar("solve", "--question", QUESTION, "--endpoint", server.baseUrl(), "--model", "m",
                "--store", corrupt.toString()), corrupt.toString());
    }

    private static void assertBadInput(Cli.Result r, String expected) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(expected);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static void assertOneLineError(Cli.Result r) {
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err()).startsWith("error: ").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
