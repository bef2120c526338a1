package org.rstarworkbench.visualizer.export;

import java.io.IOException;
import java.io.Writer;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.visualizer.view.DrawnEdge;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.TreeDrawing;

/**
 * A drawing in GraphML: every node field (kind, action, depth, text, sub-answer, answer, value, Q, N) plus the
 * drawing's position, fill colour, label and marks as typed attributes, for Gephi, yEd or NetworkX.
 */
final class GraphMlWriter {

    private static final String[][] NODE_KEYS = {{"kind", "string"}, {"action", "string"}, {"depth", "int"},
            {"text", "string"}, {"subanswer", "string"}, {"answer", "string"}, {"value", "double"}, {"q", "double"},
            {"n", "int"}, {"x", "double"}, {"y", "double"}, {"fill", "string"}, {"label", "string"},
            {"hidden", "int"}, {"selected", "boolean"}, {"trajectory", "boolean"}, {"match", "boolean"}};

    private GraphMlWriter() {
    }

    static void write(TreeDrawing drawing, Writer out) throws IOException {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("graphml");
            x.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            for (String[] key : NODE_KEYS) {
                key(x, key[0], "node", key[1]);
            }
            key(x, "trajectory-edge", "edge", "boolean");
            x.writeStartElement("graph");
            x.writeAttribute("id", "rstar");
            x.writeAttribute("edgedefault", "directed");
            for (DrawnNode node : drawing.nodes()) {
                node(x, node);
            }
            for (DrawnEdge edge : drawing.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("source", "n" + edge.parentId());
                x.writeAttribute("target", "n" + edge.childId());
                data(x, "trajectory-edge", Boolean.toString(edge.onTrajectory()));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter x, String id, String target, String type) throws XMLStreamException {
        x.writeEmptyElement("key");
        x.writeAttribute("id", id);
        x.writeAttribute("for", target);
        x.writeAttribute("attr.name", id);
        x.writeAttribute("attr.type", type);
    }

    private static void node(XMLStreamWriter x, DrawnNode node) throws XMLStreamException {
        NodeInfo info = node.info();
        x.writeStartElement("node");
        x.writeAttribute("id", "n" + info.id());
        data(x, "kind", info.kind().name());
        data(x, "action", info.action() == null ? null : info.action().label());
        data(x, "depth", Integer.toString(info.depth()));
        data(x, "text", info.text());
        data(x, "subanswer", info.subanswer());
        data(x, "answer", info.answer());
        data(x, "value", Double.isNaN(info.value()) ? null : Double.toString(info.value()));
        data(x, "q", Double.isFinite(node.q()) ? Double.toString(node.q()) : "0");
        data(x, "n", Integer.toString(node.n()));
        data(x, "x", Double.toString(node.x()));
        data(x, "y", Double.toString(node.y()));
        data(x, "fill", node.fill().hex());
        data(x, "label", node.label());
        data(x, "hidden", node.collapsed() ? Integer.toString(node.hiddenBelow()) : null);
        data(x, "selected", node.selected() ? "true" : null);
        data(x, "trajectory", node.onTrajectory() ? "true" : null);
        data(x, "match", node.matched() ? "true" : null);
        x.writeEndElement();
    }

    private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        x.writeStartElement("data");
        x.writeAttribute("key", key);
        x.writeCharacters(Text.xml(value));
        x.writeEndElement();
    }
}
