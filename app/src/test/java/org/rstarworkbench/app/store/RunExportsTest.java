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
    void dotHasEveryNodeAndEdgeWithKindLabelQAndN() throws Exception {
        List<SearchEvent> events = StoreFixtures.uninterrupted(3).events();
        TreeFold tree = TreeFold.of(events);
        StringWriter out = new StringWriter();

        RunExports.dot(tree, out);

        String dot = out.toString();
        assertThat(dot).startsWith("digraph rstar {").endsWith("}\n");
        assertThat(dot.lines().filter(l -> l.matches("\\s+n\\d+ \\[label=.*"))).hasSize(tree.nodes().size());
        assertThat(dot.lines().filter(l -> l.contains(" -> "))).hasSize(tree.nodes().size() - 1);
        TreeFold.Node root = tree.get(0);
        assertThat(dot).contains("n0 [label=\"#0 QUESTION\\nAnn has 3 apples.")
                .contains(String.format(java.util.Locale.ROOT, "Q=%.3f N=%d", root.q(), root.n()))
                .contains("n0 -> n1 [label=\"A1\"]");
        assertThat(RunExports.dotEscape("say \"hi\"\\\nnext")).isEqualTo("say \\\"hi\\\"\\\\\\nnext");
    }

    @Test
    void graphMlIsValidXmlWithNodeAttributesEvenForOddModelText() throws Exception {
        List<SearchEvent> events = new java.util.ArrayList<>(StoreFixtures.uninterrupted(3).events());
        events.add(new NodeCreated(events.size(), new NodeInfo(999, 0, NodeKind.THOUGHT, Action.A1_ONE_STEP_THOUGHT,
                1, "odd \u0001 <text> & \"quotes\" \uD83D\uDE00", null, Double.NaN, null, false, false, 3)));
        TreeFold tree = TreeFold.of(events);
        StringWriter out = new StringWriter();

        RunExports.graphMl(tree, out);

        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(out.toString())));
        assertThat(xml.getElementsByTagName("node").getLength()).isEqualTo(tree.nodes().size());
        assertThat(xml.getElementsByTagName("edge").getLength()).isEqualTo(tree.nodes().size() - 1);
        assertThat(xml.getElementsByTagName("key").getLength()).isEqualTo(11);
        assertThat(out.toString()).contains("<data key=\"kind\">QUESTION</data>")
                .contains("odd  &lt;text&gt; &amp; \"quotes\" \uD83D\uDE00");
    }

    @Test
    void filesAreWrittenInTheFormatTheirNameAsksFor() throws Exception {
        List<SearchEvent> events = StoreFixtures.uninterrupted(3).events();
        for (String name : List.of("t.jsonl", "t.dot", "t.gv", "t.graphml")) {
            Path file = dir.resolve(name);
            RunExports.write(RunExports.Format.ofFile(file), events, file);
            assertThat(Files.size(file)).as(name).isPositive();
        }
        assertThat(Files.readString(dir.resolve("t.dot"))).isEqualTo(Files.readString(dir.resolve("t.gv")));
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
        assertThatThrownBy(() -> RunExports.Format.ofFile(Path.of("t.png"))).hasMessageContaining(".graphml");
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
