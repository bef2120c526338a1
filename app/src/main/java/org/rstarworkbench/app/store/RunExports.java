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

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.rstarworkbench.core.event.CandidateCollected;
import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;

/**
 * A run's events as files for other tools: the candidate trajectories as JSON lines, and the search tree (folded
 * from the events with {@link TreeFold}) as Graphviz DOT or GraphML. Give a prefix of the events for the tree as it
 * stood at that event. Stateless.
 */
public final class RunExports {

    private static final int LABEL_CHARS = 60;

    /** The export formats, by file extension. */
    public enum Format {
        /** One candidate trajectory per line: its answer, where it came from, and every step from the root. */
        TRAJECTORIES_JSONL,
        /** The tree for Graphviz: each node's kind, label, Q and N. */
        DOT,
        /** The tree for graph tools (Gephi, yEd, NetworkX), with every node field as an attribute. */
        GRAPHML;

        /** The format a file name asks for: {@code .jsonl}, {@code .dot}/{@code .gv}, {@code .graphml}. */
        public static Format ofFile(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl")) {
                return TRAJECTORIES_JSONL;
            }
            if (name.endsWith(".dot") || name.endsWith(".gv")) {
                return DOT;
            }
            if (name.endsWith(".graphml")) {
                return GRAPHML;
            }
            throw new IllegalArgumentException(file + ": cannot tell the export format from the file name; end it "
                    + "in .jsonl (trajectories), .dot (Graphviz) or .graphml");
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
                    case DOT -> dot(TreeFold.of(events), out);
                    case GRAPHML -> graphMl(TreeFold.of(events), out);
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

    /** The tree in Graphviz DOT: a box per node labelled with its id, kind, text, answer, Q and N. */
    public static void dot(TreeFold tree, Writer out) throws IOException {
        out.write("digraph rstar {\n  node [shape=box, fontname=\"Helvetica\", fontsize=10];\n");
        for (TreeFold.Node node : tree.nodes().values()) {
            NodeInfo info = node.info();
            StringBuilder label = new StringBuilder("#").append(info.id()).append(' ').append(info.kind())
                    .append('\n').append(snippet(info.text()));
            if (info.answer() != null) {
                label.append("\nanswer: ").append(snippet(info.answer()));
            }
            label.append(String.format(Locale.ROOT, "\nQ=%.3f N=%d", node.q(), node.n()));
            out.write("  n" + info.id() + " [label=\"" + dotEscape(label.toString()) + "\", tooltip=\""
                    + dotEscape(info.text()) + "\", kind=\"" + info.kind() + "\", q=" + number(node.q()) + ", n="
                    + node.n() + (info.solution() ? ", style=bold" : "") + "];\n");
        }
        for (TreeFold.Node node : tree.nodes().values()) {
            for (int child : node.children()) {
                NodeInfo c = tree.get(child).info();
                out.write("  n" + node.info().id() + " -> n" + child + " [label=\""
                        + (c.action() == null ? "" : c.action().name().substring(0, 2)) + "\"];\n");
            }
        }
        out.write("}\n");
    }

    /** The tree in GraphML, every node field (kind, action, depth, text, ..., Q, N) an attribute. */
    public static void graphMl(TreeFold tree, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            String[][] keys = {{"kind", "string"}, {"action", "string"}, {"depth", "int"}, {"text", "string"},
                    {"subanswer", "string"}, {"answer", "string"}, {"value", "double"}, {"q", "double"},
                    {"n", "int"}, {"solution", "boolean"}, {"createdByCall", "long"}};
            for (String[] key : keys) {
                x.writeEmptyElement("key");
                x.writeAttribute("id", key[0]);
                x.writeAttribute("for", "node");
                x.writeAttribute("attr.name", key[0]);
                x.writeAttribute("attr.type", key[1]);
            }
            x.writeStartElement("graph");
            x.writeAttribute("id", "rstar");
            x.writeAttribute("edgedefault", "directed");
            for (TreeFold.Node node : tree.nodes().values()) {
                writeNode(x, node);
            }
            for (TreeFold.Node node : tree.nodes().values()) {
                for (int child : node.children()) {
                    x.writeEmptyElement("edge");
                    x.writeAttribute("source", "n" + node.info().id());
                    x.writeAttribute("target", "n" + child);
                }
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void writeNode(XMLStreamWriter x, TreeFold.Node node) throws XMLStreamException {
        NodeInfo info = node.info();
        x.writeStartElement("node");
        x.writeAttribute("id", "n" + info.id());
        data(x, "kind", info.kind().name());
        data(x, "action", info.action() == null ? null : info.action().name());
        data(x, "depth", Integer.toString(info.depth()));
        data(x, "text", info.text());
        data(x, "subanswer", info.subanswer());
        data(x, "answer", info.answer());
        data(x, "value", Double.isNaN(info.value()) ? null : number(info.value()));
        data(x, "q", number(node.q()));
        data(x, "n", Integer.toString(node.n()));
        data(x, "solution", Boolean.toString(info.solution()));
        data(x, "createdByCall", Long.toString(info.createdByCall()));
        x.writeEndElement();
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(xmlText(value));
        x.writeEndElement();
    }

    private static List<TreeFold.Node> path(TreeFold tree, int nodeId) {
        List<TreeFold.Node> path = new ArrayList<>();
        for (TreeFold.Node at = tree.get(nodeId); at != null; at = tree.get(at.info().parentId())) {
            path.add(0, at);
        }
        return path;
    }

    private static String snippet(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return line.length() <= LABEL_CHARS ? line : line.substring(0, LABEL_CHARS - 1) + "…";
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "0";
    }

    static String dotEscape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> { }
                default -> b.append(ch < 0x20 ? ' ' : ch);
            }
        }
        return b.toString();
    }

    /** Drops the characters XML 1.0 cannot hold (control characters, lone surrogates); models emit anything. */
    static String xmlText(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ok = ch == '\t' || ch == '\n' || ch == '\r' || (ch >= 0x20 && ch <= 0xD7FF)
                    || (ch >= 0xE000 && ch <= 0xFFFD);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(ch).append(s.charAt(++i));
            } else if (ok) {
                b.append(ch);
            }
        }
        return b.toString();
    }
}
