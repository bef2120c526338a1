package org.rstarworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * {@code rstar bench tree} in-process on the headless toolkit (TestFX starts it, so later TestFX tests in this JVM
 * find it running): the shape of what it prints, not the figures.
 */
@ExtendWith(ApplicationExtension.class)
class BenchTreeCommandTest {

    @Test
    void printsFrameTimesPerTreeAndJsonOnTheLastLine() throws Exception {
        Cli.Result result = Cli.rstar("bench", "tree", "--nodes", "300", "--frames", "10", "--json");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("tree view, 1280x800, .*; 10 panned frames per tree")
                .containsPattern("\\d+ nodes: layout \\d+ ms, zoom to fit [\\d.]+ ms")
                .containsPattern("default level of detail, [\\d,]+ visible: median [\\d.]+ ms/frame \\([\\d.]+ fps\\), "
                        + "p90 [\\d.]+ ms");
        JsonNode json = new ObjectMapper().readTree(result.lastLine());
        assertThat(json.get("frames").asInt()).isEqualTo(10);
        JsonNode tree = json.get("trees").get(0);
        assertThat(tree.get("nodes").asInt()).isGreaterThanOrEqualTo(300);
        JsonNode pan = tree.get("pan");
        assertThat(pan.get("visibleNodes").asInt()).isBetween(1, tree.get("nodes").asInt());
        assertThat(pan.get("medianMs").asDouble()).isPositive().isLessThanOrEqualTo(pan.get("p90Ms").asDouble());
        assertThat(pan.get("fps").asDouble()).isPositive();
        assertThat(tree.get("fitMs").asDouble()).isPositive();
    }

    @Test
    void refusesNoFrames() {
        Cli.Result result = Cli.rstar("bench", "tree", "--frames", "0");

        assertThat(result.exit()).isEqualTo(CliErrors.BAD_INPUT);
        assertThat(result.err()).contains("--frames must be in 1..10000, was 0");
    }
}
