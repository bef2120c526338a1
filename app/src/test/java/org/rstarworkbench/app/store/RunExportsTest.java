package org.rstarworkbench.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.core.tree.Action;
import org.rstarworkbench.core.tree.NodeKind;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Trajectories JSONL, DOT and GraphML from a run's events. */
class RunExportsTest {

    @TempDir
    Path dir;

    @Test
    void trajectoriesAreOneLinePerCandidateWithEveryStepFromTheRoot() throws Exception {
        List<SearchEvent> events = StoreFixtures.uninterrupted(3).events();
        StringWriter out = new StringWriter();

        RunExports.trajectories(events, out);

        List<String> lines = out.toString().lines().toList();
        List<CandidateCollected> candidates = events.stream().filter(CandidateCollected.class::isInstance)
                .map(CandidateCollected.class::cast).toList();
        assertThat(lines).hasSameSizeAs(candidates);
        ObjectMapper json = new ObjectMapper();
        TreeFold tree = TreeFold.of(events);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = json.readTree(lines.get(i));
            CandidateCollected c = candidates.get(i);
            assertThat(line.get("problem").asText()).isEqualTo("t/1");
            assertThat(line.get("gold").asText()).isEqualTo("7");
            assertThat(line.get("node").asInt()).isEqualTo(c.nodeId());
            assertThat(line.get("source").asText()).isEqualTo(c.source().name());
            JsonNode steps = line.get("steps");
            assertThat(steps.get(0).get("kind").asText()).isEqualTo("QUESTION");
            assertThat(steps.get(0).get("value").isNull()).isTrue();
            assertThat(steps.get(steps.size() - 1).get("id").asInt()).isEqualTo(c.nodeId());
            assertThat(steps.size()).isEqualTo(tree.get(c.nodeId()).info().depth() + 1);
        }
    }

    @Test
    void filesAreWrittenInTheFormatTheirNameAsksFor() throws Exception {
        List<SearchEvent> events = StoreFixtures.uninterrupted(3).events();
        Path file = dir.resolve("t.jsonl");
        RunExports.write(RunExports.Format.ofFile(file), events, file);
        assertThat(Files.size(file)).isPositive();
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
        assertThatThrownBy(() -> RunExports.Format.ofFile(Path.of("t.png"))).hasMessageContaining(".jsonl");
    }

    @Test
    void anUnfinishedRunExportsItsSolutionNodesAsTrajectories() throws Exception {
        List<SearchEvent> events = StoreFixtures.uninterrupted(3).events();
        List<SearchEvent> early = events.subList(0, events.size() / 2);
        StringWriter out = new StringWriter();

        RunExports.trajectories(early, out);

        long solutions = TreeFold.of(early).nodes().values().stream().filter(n -> n.info().solution()).count();
        assertThat(out.toString().lines()).hasSize((int) solutions);
        assertThat(early.get(0)).isInstanceOf(RunStarted.class);
    }
}
