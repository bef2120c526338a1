package org.rstarworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With no model flags, {@code solve} and {@code eval} run on the bundled tiny models, offline. */
class BundledDefaultsTest {

    @TempDir
    Path dir;

    @Test
    void solveUsesTheBundledGeneratorAndPeer() throws Exception {
        Cli.Result r = Cli.rstar("solve", "--dataset", "gsm-mini", "--item", "0", "--rollouts", "2", "--no-store",
                "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.lastLine());
        assertThat(json.get("requests").asInt()).isPositive();
        assertThat(json.get("peerRequests").asInt()).as("the bundled peer checked the candidates").isPositive();
        assertThat(r.err()).doesNotContain("WARN");
    }

    @Test
    void evalDefaultsToGsmMiniAndBreaksAccuracyDownByOperations() throws Exception {
        Path out = dir.resolve("eval");
        Cli.Result r = Cli.rstar("eval", "--items", "0-3", "--methods", "greedy-cot,sc", "--sc-k", "1,2",
                "--out", out.toString(), "--store", dir.resolve("runs.db").toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("gsm-mini, 4 problems").contains("By number of operations:")
                .contains("operations 1").contains("operations 4");
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(4 * 3);
        assertThat(out.resolve("by-operations.txt")).exists();
    }

    @Test
    void aModelNameWithoutAnEndpointIsExplained() {
        Cli.Result r = Cli.rstar("solve", "--question", "Q?", "--model", "llama", "--no-store");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--model llama").contains("--endpoint");
    }
}
