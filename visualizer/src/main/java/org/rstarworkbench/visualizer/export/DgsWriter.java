package org.rstarworkbench.visualizer.export;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

import org.graphstream.graph.Graph;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.SingleGraph;
import org.graphstream.stream.file.FileSinkDGS;

import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.visualizer.graph.TreeGraph;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.TreeDrawing;

/**
 * A drawing in GraphStream's DGS, written by {@link FileSinkDGS}: the graph the view shows ({@code xy},
 * {@code ui.class}, {@code ui.color}, {@code ui.label}, {@code ui.stylesheet}) plus each node's kind, action, depth,
 * Q, N, value, answer and a one-line text snippet, so GraphStream tools open it styled and laid out.
 */
final class DgsWriter {

    private static final int TEXT_CHARS = 160;

    private DgsWriter() {
    }

    static void write(TreeDrawing drawing, Writer out) throws IOException {
        Graph graph = new SingleGraph("rstar", true, false, drawing.nodes().size() + 1, drawing.edges().size() + 1);
        TreeGraph view = new TreeGraph(graph);
        view.show(drawing);
        String css = (String) graph.getAttribute("ui.stylesheet");
        graph.setAttribute("ui.stylesheet", Text.dgs(css));
        for (DrawnNode drawn : drawing.nodes()) {
            Node node = graph.getNode(TreeGraph.nodeId(drawn.id()));
            NodeInfo info = drawn.info();
            node.setAttribute("kind", info.kind().name());
            if (info.action() != null) {
                node.setAttribute("action", info.action().label());
            }
            node.setAttribute("depth", info.depth());
            node.setAttribute("q", Double.isFinite(drawn.q()) ? drawn.q() : 0.0);
            node.setAttribute("n", drawn.n());
            if (!Double.isNaN(info.value())) {
                node.setAttribute("value", info.value());
            }
            if (info.answer() != null) {
                node.setAttribute("answer", Text.dgs(Text.snippet(info.answer(), TEXT_CHARS)));
            }
            node.setAttribute("text", Text.dgs(Text.snippet(info.text(), TEXT_CHARS)));
            if (drawn.label() != null) {
                node.setAttribute("ui.label", Text.dgs(drawn.label()));
            }
        }
        // FileSinkDGS closes the writer it is given; the caller owns ours.
        new FileSinkDGS().writeAll(graph, new FilterWriter(out) {
            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }
}
