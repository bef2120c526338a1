package org.rstarworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalSetup;

/** {@code rstar eval} and {@code rstar merge} end to end against a loopback server. */
class EvalCommandTest {

    @TempDir
    Path dir;
    LoopbackServer server;
    Path dataset;

    @BeforeEach
    void start() throws Exception {
        server = new LoopbackServer();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            lines.append("{\"question\": \"Ann has ").append(i).append(" apples. Bob gives her more. How many apples "
                    + "does Ann have now?\", \"answer\": \"She has #### ").append(i == 4 ? 8 : 7).append("\"}\n");
        }
        lines.append("{not json\n");
        dataset = Files.writeString(dir.resolve("mini.jsonl"), lines.toString());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Cli.Result rstar(String... args) {
        return Cli.rstar(args);
    }

    Cli.Result eval(String... extra) {
        List<String> args = new ArrayList<>(List.of("eval", "--dataset", dataset.toString(), "--endpoint",
                server.baseUrl(), "--model", "scripted", "--retries", "0", "--store", dir.resolve("runs.db")
                        .toString(), "--problems-in-parallel", "2"));
        args.addAll(List.of(extra));
        return rstar(args.toArray(String[]::new));
    }

    @Test
    void scoresEveryMethodAndBudgetAndWritesTheScalingChart() throws Exception {
        Path out = dir.resolve("eval");
        Cli.Result r = eval("--out", out.toString(), "--json", "--rollouts-list", "1,2,4", "--sc-k",
                "2,4");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("skipped: " + dataset + ":6: malformed JSON");
        JsonNode summary = new ObjectMapper().readTree(r.out().lines().reduce((a, b) -> b).orElseThrow());
        List<String> names = new ArrayList<>();
        summary.get("results").forEach(m -> names.add(m.get("method").asText() + "@" + m.get("budget").asInt()));
        assertThat(names).containsExactly("greedy-cot@1", "sc@2", "sc@4", "mcts-maj@1", "rstar@1", "mcts-maj@2",
                "rstar@2", "mcts-maj@4", "rstar@4");
        summary.get("results").forEach(m -> {
            assertThat(m.get("problems").asInt()).isEqualTo(5);
            assertThat(m.get("correct").asInt()).as(m.toString()).isLessThanOrEqualTo(4);
        });
        JsonNode rstar4 = summary.get("results").get(8);
        assertThat(rstar4.get("correct").asInt()).isEqualTo(4);
        assertThat(rstar4.get("requests").asDouble()).isPositive();
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(45);
        assertThat(out.resolve("scaling.png")).exists();
        assertThat(Files.readAllLines(out.resolve("scaling.csv"))).hasSize(10);
        EvalSetup setup = EvalOutputs.readSetup(out).orElseThrow();
        assertThat(setup.generator()).isEqualTo("scripted@" + server.baseUrl());
        assertThat(setup.peer()).as("the generator is its own peer").isEqualTo(setup.generator());
        assertThat(setup.dataset()).isEqualTo(dataset.toString());
        assertThat(setup.config().rollouts()).isEqualTo(16);

        int requests = server.requests.get();
        Cli.Result again = eval("--out", out.toString(), "--rollouts-list", "1,2,4", "--sc-k", "2,4");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("--resume");
        Cli.Result resumed = eval("--out", out.toString(), "--resume", "--rollouts-list", "1,2,4",
                "--sc-k", "2,4");
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(server.requests.get()).as("a finished evaluation asks nothing more").isEqualTo(requests);
        assertThat(server.repeated.get()).as("budgets share their calls through the cache").isZero();
    }

    @Test
    void shardsMergeIntoTheWholeEvaluation() throws Exception {
        for (int i = 0; i < 2; i++) {
            Cli.Result r = eval("--methods", "mcts-maj", "--rollouts-list", "2", "--shard", i + "/2",
                    "--out", dir.resolve("shard" + i).toString());
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(Files.readAllLines(dir.resolve("shard0/results.jsonl"))).hasSize(3);
        assertThat(Files.readAllLines(dir.resolve("shard1/results.jsonl"))).hasSize(2);

        Cli.Result merged = rstar("merge", "--out", dir.resolve("all").toString(),
                dir.resolve("shard0").toString(), dir.resolve("shard1").toString(), "--store",
                dir.resolve("merged.db").toString());
        assertThat(merged.exit()).as(merged.err()).isZero();
        assertThat(merged.out()).contains("mcts-maj").contains("4/5").contains("Merged 5 results");
        assertThat(EvalOutputs.readSetup(dir.resolve("all"))).as("the shards' common setup")
                .isEqualTo(EvalOutputs.readSetup(dir.resolve("shard0")));
        assertThat(EvalOutputs.readSetup(dir.resolve("all"))).isPresent();
    }

    @Test
    void badSettingsAreOneLine() {
        assertThat(eval("--methods", "magic").err()).contains("unknown method 'magic'");
        assertThat(eval("--items", "3-99").err()).contains("out of range").contains("numbered 0 to 4");
        assertThat(eval("--shard", "2/2").err()).contains("0 <= I < N");
        assertThat(eval("--methods", "rstar", "--no-peer").exit()).isEqualTo(2);
    }
}
