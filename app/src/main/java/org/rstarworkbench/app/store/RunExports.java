package org.rstarworkbench.app.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;

/**
 * A run's candidate trajectories as JSON lines, for other tools. Give a prefix of the events for the run as it stood
 * at that event. Tree drawings (PNG, DOT, GraphML, DGS) are the visualizer's {@code TreeExports}. Stateless.
 */
public final class RunExports {

    /** The export formats, by file extension. */
    public enum Format {
        /** One candidate trajectory per line: its answer, where it came from, and every step from the root. */
        TRAJECTORIES_JSONL;

        /**
         * The format a file name asks for: {@code .jsonl}. Tree drawings (PNG, DOT, GraphML, DGS) are the
         * visualizer's {@code TreeExports}.
         */
        public static Format ofFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl")) {
                return TRAJECTORIES_JSONL;
            }
            throw new IllegalArgumentException(file + ": cannot tell the export format from the file name; end it "
                    + "in .jsonl (trajectories)");
        }
    }

    private RunExports() {
    }

    /** Writes the events in {@code format} to {@code file}, through a temporary file moved into place. */
    public static void write(Format format, List<? extends SearchEvent> events, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                switch (format) {
                    case TRAJECTORIES_JSONL -> trajectories(events, out);
                    default -> throw new IllegalStateException("unknown format " + format);
                }
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * One JSON object per line for each candidate the run collected (or, for a run that did not get that far,
     * each solution node of its tree): {@code problem}, {@code gold}, {@code node}, {@code answer},
     * {@code source}, and {@code steps} from the root, each with id, kind, action, text, sub-answer, answer,
     * value, Q and N.
     */
    public static void trajectories(List<? extends SearchEvent> events, Writer out) throws IOException {
        TreeFold tree = TreeFold.of(events);
        RunStarted started = events.isEmpty() || !(events.get(0) instanceof RunStarted s) ? null : s;
        List<CandidateCollected> candidates = new ArrayList<>();
        events.stream().filter(CandidateCollected.class::isInstance).map(CandidateCollected.class::cast)
                .forEach(candidates::add);
        if (candidates.isEmpty()) {
            tree.nodes().values().stream().filter(n -> n.info().solution()).forEach(n -> candidates.add(
                    new CandidateCollected(-1, n.info().id(), n.info().answer(), CandidateCollected.Source.TREE)));
        }
        JsonFactory json = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        for (CandidateCollected c : candidates) {
            try (JsonGenerator g = json.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("problem", started == null ? null : started.problem().id());
                g.writeStringField("gold", started == null ? null : started.problem().gold());
                g.writeNumberField("node", c.nodeId());
                g.writeStringField("answer", c.answer());
                g.writeStringField("source", c.source().name());
                g.writeArrayFieldStart("steps");
                for (TreeFold.Node step : path(tree, c.nodeId())) {
                    writeStep(g, step);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.write('\n');
        }
    }

    private static void writeStep(JsonGenerator g, TreeFold.Node node) throws IOException {
        NodeInfo info = node.info();
        g.writeStartObject();
        g.writeNumberField("id", info.id());
        g.writeStringField("kind", info.kind().name());
        g.writeStringField("action", info.action() == null ? null : info.action().name());
        g.writeStringField("text", info.text());
        g.writeStringField("subanswer", info.subanswer());
        g.writeStringField("answer", info.answer());
        if (Double.isNaN(info.value())) {
            g.writeNullField("value");
        } else {
            g.writeNumberField("value", info.value());
        }
        g.writeNumberField("q", node.q());
        g.writeNumberField("n", node.n());
        g.writeEndObject();
    }

    private static List<TreeFold.Node> path(TreeFold tree, int nodeId) {
        List<TreeFold.Node> path = new ArrayList<>();
        for (TreeFold.Node at = tree.get(nodeId); at != null; at = tree.get(at.info().parentId())) {
            path.add(0, at);
        }
        return path;
    }
}
