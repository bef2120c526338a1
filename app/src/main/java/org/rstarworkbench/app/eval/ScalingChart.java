package org.rstarworkbench.app.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Test-time scaling: accuracy against rollouts and against tokens per problem, one line per method, written as a
 * CSV file and drawn as a PNG (headless, no display needed).
 */
public final class ScalingChart {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 520;

    private ScalingChart() {
    }

    /** Writes {@code method,rollouts,problems,correct,accuracy,tokens,tokens_per_problem} rows. */
    public static void writeCsv(Path file, List<ScalingPoint> points) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("method,rollouts,problems,correct,accuracy,tokens,tokens_per_problem\n");
            for (ScalingPoint p : points) {
                w.write(String.format(Locale.ROOT, "%s,%d,%d,%d,%.4f,%d,%.1f%n", p.method(), p.rollouts(),
                        p.problems(), p.correct(), p.accuracy(), p.tokens(), p.tokensPerProblem()));
            }
        }
    }

    /** Draws the two panels side by side into a PNG. */
    public static void writePng(Path file, String title, List<ScalingPoint> points) throws IOException {
        JFreeChart byRollouts = chart("Accuracy vs rollouts", "rollouts", points, false);
        JFreeChart byTokens = chart("Accuracy vs tokens per problem", "tokens per problem", points, true);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(WIDTH, HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString(title, 20, 30);
            byRollouts.draw(g, new java.awt.geom.Rectangle2D.Double(0, 45, WIDTH / 2.0, HEIGHT - 45));
            byTokens.draw(g, new java.awt.geom.Rectangle2D.Double(WIDTH / 2.0, 45, WIDTH / 2.0, HEIGHT - 45));
        } finally {
            g.dispose();
        }
        javax.imageio.ImageIO.write(image, "png", file.toFile());
    }

    private static JFreeChart chart(String title, String xLabel, List<ScalingPoint> points, boolean tokens) {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (ScalingPoint p : points) {
            double x = tokens ? p.tokensPerProblem() : p.rollouts();
            if (x > 0) {
                series.computeIfAbsent(p.method(), XYSeries::new).add(x, 100 * p.accuracy());
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        series.values().forEach(data::addSeries);
        LogAxis x = new LogAxis(xLabel);
        x.setBase(2);
        x.setSmallestValue(1);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        NumberAxis y = new NumberAxis("accuracy (%)");
        y.setRange(0, 100);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(2.2f));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        JFreeChart chart = new JFreeChart(plot);
        chart.setTitle(new TextTitle(title, new Font(Font.SANS_SERIF, Font.PLAIN, 15)));
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }
}
