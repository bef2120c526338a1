package org.rstarworkbench.visualizer.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.rstarworkbench.visualizer.graph.GraphStyleSheet;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.style.Legend;
import org.rstarworkbench.visualizer.style.NodeShape;
import org.rstarworkbench.visualizer.style.Rgb;
import org.rstarworkbench.visualizer.view.DrawnEdge;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.TreeDrawing;

/**
 * Paints a {@link TreeDrawing} with Java2D: no display and no JavaFX needed, so exports and screenshots work
 * headless. The picture matches the GraphStream view: the same positions, shapes, fills, outlines and marks, with a
 * header holding a title and the legends of the fill and of the node kinds. Wide trees are squeezed horizontally to
 * fit {@link Options#maxWidth()}; labels are drawn only where there is room.
 *
 * <p>Stateless and thread-safe.
 */
public final class TreePainter {

    private static final int MARGIN = 24;
    private static final int HEADER = 78;
    private static final Color EDGE = new Color(0xa0a0a0);
    private static final Color TEXT = new Color(0x222222);
    private static final BasicStroke EDGE_STROKE = new BasicStroke(1f);
    private static final BasicStroke PATH_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    /**
     * How to paint.
     *
     * @param unit     pixels per layout unit horizontally when the tree fits (a node slot)
     * @param maxWidth the widest image; wider trees are squeezed
     * @param maxHeight the tallest image; deeper trees are squeezed
     * @param title    the header's title, or null for a summary of the tree
     */
    public record Options(double unit, int maxWidth, int maxHeight, String title) {

        public static final Options DEFAULT = new Options(26, 4096, 4096, null);

        public Options {
            if (!(unit > 0) || maxWidth < 200 || maxHeight < 200) {
                throw new IllegalArgumentException("painting needs unit > 0 and an image of at least 200x200 pixels, "
                        + "was unit=" + unit + ", max " + maxWidth + "x" + maxHeight);
            }
        }

        public Options withTitle(String text) {
            return new Options(unit, maxWidth, maxHeight, text);
        }
    }

    private TreePainter() {
    }

    public static BufferedImage paint(TreeDrawing drawing, Options options) {
        double sx = Math.min(options.unit(), (options.maxWidth() - 2.0 * MARGIN) / Math.max(1e-9, drawing.width()));
        double sy = Math.min(options.unit(),
                (options.maxHeight() - 2.0 * MARGIN - HEADER) / Math.max(1e-9, drawing.height()));
        int width = (int) Math.ceil(Math.max(960, drawing.width() * sx + 2 * MARGIN));
        int height = (int) Math.ceil(drawing.height() * sy + 2 * MARGIN + HEADER);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            header(g, drawing, options);
            double left = (width - drawing.width() * sx) / 2;
            double top = MARGIN + HEADER;
            // Nodes shrink with the squeeze so that neighbours never overlap.
            double shrink = Math.min(1, sx / options.unit());
            edges(g, drawing, left, top, sx, sy);
            nodes(g, drawing, left, top, sx, sy, shrink);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void edges(Graphics2D g, TreeDrawing drawing, double left, double top, double sx, double sy) {
        for (DrawnEdge e : drawing.edges()) {
            DrawnNode from = drawing.node(e.parentId());
            DrawnNode to = drawing.node(e.childId());
            if (from == null || to == null) {
                continue;
            }
            g.setColor(e.onTrajectory() ? Color.decode(GraphStyleSheet.PATH_COLOUR) : EDGE);
            g.setStroke(e.onTrajectory() ? PATH_STROKE : EDGE_STROKE);
            g.draw(new Line2D.Double(left + from.x() * sx, top + from.y() * sy, left + to.x() * sx, top + to.y() * sy));
        }
    }

    private static void nodes(Graphics2D g, TreeDrawing drawing, double left, double top, double sx, double sy,
                              double shrink) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        Font bold = font.deriveFont(Font.BOLD);
        double[] room = labelRoom(drawing, sx);
        for (int i = 0; i < drawing.nodes().size(); i++) {
            DrawnNode node = drawing.nodes().get(i);
            double size = node.selected() ? 18 : node.kind().size();
            size = Math.max(2.5, size * shrink);
            double cx = left + node.x() * sx;
            double cy = top + node.y() * sy;
            Shape shape = shape(node.kind().shape(), cx, cy, size);
            g.setColor(awt(node.fill()));
            g.fill(shape);
            g.setColor(outline(node, drawing.fillMode()));
            float width = node.selected() ? 4f : node.onTrajectory() || node.matched() || node.collapsed() ? 3f : 2f;
            g.setStroke(new BasicStroke((float) Math.max(0.75, width * shrink)));
            g.draw(shape);
            boolean marked = node.selected() || node.collapsed();
            g.setFont(marked ? bold : font);
            FontMetrics fm = g.getFontMetrics();
            if (node.label() != null && (marked || fm.stringWidth(node.label()) + 6 <= room[i])) {
                g.setColor(TEXT);
                g.drawString(node.label(), (float) (cx - fm.stringWidth(node.label()) / 2.0),
                        (float) (cy + size / 2 + fm.getAscent() + 1));
            }
        }
    }

    /** For each node, the pixels to its nearest neighbour in its row: a label wider than that would overlap. */
    private static double[] labelRoom(TreeDrawing drawing, double sx) {
        List<DrawnNode> nodes = drawing.nodes();
        Integer[] order = new Integer[nodes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(i -> nodes.get(i).depth())
                .thenComparingDouble(i -> nodes.get(i).x()));
        double[] room = new double[nodes.size()];
        Arrays.fill(room, Double.POSITIVE_INFINITY);
        for (int k = 1; k < order.length; k++) {
            DrawnNode a = nodes.get(order[k - 1]);
            DrawnNode b = nodes.get(order[k]);
            if (a.depth() == b.depth()) {
                double gap = (b.x() - a.x()) * sx;
                room[order[k - 1]] = Math.min(room[order[k - 1]], gap);
                room[order[k]] = Math.min(room[order[k]], gap);
            }
        }
        return room;
    }

    private static Color outline(DrawnNode node, FillMode mode) {
        if (node.selected()) {
            return Color.BLACK;
        }
        if (node.matched()) {
            return Color.decode(GraphStyleSheet.MATCH_COLOUR);
        }
        if (node.onTrajectory()) {
            return Color.decode(GraphStyleSheet.PATH_COLOUR);
        }
        return awt(mode == FillMode.KIND ? node.kind().outline() : node.kind().colour());
    }

    private static void header(Graphics2D g, TreeDrawing drawing, Options options) {
        g.setColor(TEXT);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        String title = options.title() != null ? options.title() : summary(drawing);
        g.drawString(title, MARGIN, MARGIN + 4);
        Legend legend = drawing.legend();
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        swatches(g, legend.title() + ":", legend, MARGIN, MARGIN + 28);
        if (drawing.fillMode() != FillMode.KIND) {
            swatches(g, "Kinds:", FillMode.KIND.legend(0), MARGIN, MARGIN + 52);
        }
    }

    private static int swatches(Graphics2D g, String caption, Legend legend, int x, int baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.setColor(TEXT);
        g.drawString(caption, x, baseline);
        x += fm.stringWidth(caption) + 8;
        for (Legend.Entry entry : legend.entries()) {
            Shape swatch = entry.shape() == null ? new Rectangle2D.Double(x, baseline - 11, 12, 12)
                    : shape(entry.shape(), x + 6, baseline - 5, 12);
            g.setColor(awt(entry.colour()));
            g.fill(swatch);
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1f));
            g.draw(swatch);
            g.setColor(TEXT);
            g.drawString(entry.label(), x + 16, baseline);
            x += 16 + fm.stringWidth(entry.label()) + 14;
        }
        return x;
    }

    private static String summary(TreeDrawing drawing) {
        String s = String.format(Locale.ROOT, "rStar search tree: %d nodes", drawing.totalNodes());
        if (drawing.hiddenNodes() > 0) {
            s += String.format(Locale.ROOT, " (%d in collapsed branches)", drawing.hiddenNodes());
        }
        if (drawing.lastSeq() >= 0) {
            s += " at event " + drawing.lastSeq();
        }
        return s + ", fill: " + drawing.legend().title();
    }

    /** The outline of a node shape centred at (cx, cy), {@code size} pixels across, y growing downward. */
    static Shape shape(NodeShape kind, double cx, double cy, double size) {
        double h = size / 2;
        return switch (kind) {
            case BOX -> new Rectangle2D.Double(cx - h, cy - h, size, size);
            case ROUNDED_BOX -> new RoundRectangle2D.Double(cx - h, cy - h, size, size, h, h);
            case CIRCLE -> new Ellipse2D.Double(cx - h, cy - h, size, size);
            case DIAMOND -> polygon(cx, cy, h, new double[] {0, -1, 1, 0, 0, 1, -1, 0});
            case TRIANGLE -> polygon(cx, cy, h, new double[] {0, -1, 1, 1, -1, 1});
            // GraphStream's cross: an X of two bars.
            case CROSS -> polygon(cx, cy, h, new double[] {-1, -0.6, -0.6, -1, 0, -0.4, 0.6, -1, 1, -0.6, 0.4, 0,
                    1, 0.6, 0.6, 1, 0, 0.4, -0.6, 1, -1, 0.6, -0.4, 0});
        };
    }

    private static Shape polygon(double cx, double cy, double h, double[] unit) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cx + unit[0] * h, cy + unit[1] * h);
        for (int i = 2; i < unit.length; i += 2) {
            p.lineTo(cx + unit[i] * h, cy + unit[i + 1] * h);
        }
        p.closePath();
        return p;
    }

    private static Color awt(Rgb c) {
        return new Color(c.packed());
    }
}
