package org.rstarworkbench.visualizer.export;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.rstarworkbench.core.event.NodeInfo;
import org.rstarworkbench.visualizer.graph.GraphStyleSheet;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.NodeShape;
import org.rstarworkbench.visualizer.view.DrawnEdge;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.TreeDrawing;

/**
 * A drawing in Graphviz DOT with the layout pinned ({@code pos="x,y!"} in points; render with {@code neato -n2}),
 * shapes, fills and outlines as in the view, labels as {@code xlabel}, and the node fields as extra attributes.
 */
final class DotWriter {

    /** Points per layout unit: half an inch. */
    private static final double POINTS = 36;

    private DotWriter() {
    }

    static void write(TreeDrawing drawing, Writer out) throws IOException {
        out.write("digraph rstar {\n");
        out.write("  graph [outputorder=edgesfirst, bgcolor=\"white\", label=\"" + Text.dot(drawing.legend().title())
                + "\"];\n");
        out.write("  node [style=filled, fixedsize=true, width=0.22, height=0.22, label=\"\", fontname=\"Helvetica\", "
                + "fontsize=9];\n  edge [arrowhead=none, color=\"#a0a0a0\"];\n");
        for (DrawnNode node : drawing.nodes()) {
            writeNode(drawing, node, out);
        }
        for (DrawnEdge edge : drawing.edges()) {
            out.write("  n" + edge.parentId() + " -> n" + edge.childId()
                    + (edge.onTrajectory() ? " [color=\"" + GraphStyleSheet.PATH_COLOUR + "\", penwidth=3]" : "")
                    + ";\n");
        }
        out.write("}\n");
    }

    private static void writeNode(TreeDrawing drawing, DrawnNode node, Writer out) throws IOException {
        NodeInfo info = node.info();
        StringBuilder a = new StringBuilder(256);
        a.append("  n").append(node.id()).append(" [");
        a.append(String.format(Locale.ROOT, "pos=\"%.1f,%.1f!\"", node.x() * POINTS,
                (drawing.height() - node.y()) * POINTS));
        NodeShape shape = node.kind().shape();
        a.append(", shape=").append(shape.graphviz());
        if (shape == NodeShape.ROUNDED_BOX) {
            a.append(", style=\"rounded,filled\"");
        }
        a.append(", fillcolor=\"").append(node.fill().hex()).append('"');
        String outline = node.selected() ? "#000000" : node.matched() ? GraphStyleSheet.MATCH_COLOUR
                : node.onTrajectory() ? GraphStyleSheet.PATH_COLOUR
                : (drawing.fillMode() == FillMode.KIND ? node.kind().outline() : node.kind().colour()).hex();
        a.append(", color=\"").append(outline).append('"');
        a.append(", penwidth=").append(node.selected() || node.onTrajectory() || node.matched() ? 3 : 1.5);
        if (node.label() != null) {
            a.append(", xlabel=\"").append(Text.dot(node.label())).append('"');
        }
        a.append(", tooltip=\"").append(Text.dot(Text.snippet(info.text(), 200))).append('"');
        a.append(", kind=\"").append(info.kind()).append('"');
        if (info.action() != null) {
            a.append(", action=\"").append(info.action().label()).append('"');
        }
        a.append(", depth=").append(info.depth());
        a.append(", q=").append(number(node.q())).append(", n=").append(node.n());
        if (!Double.isNaN(info.value())) {
            a.append(", value=").append(number(info.value()));
        }
        if (info.answer() != null) {
            a.append(", answer=\"").append(Text.dot(Text.snippet(info.answer(), 100))).append('"');
        }
        if (node.collapsed()) {
            a.append(", hidden=").append(node.hiddenBelow());
        }
        a.append("];\n");
        out.write(a.toString());
    }

    private static String number(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "0";
    }
}
