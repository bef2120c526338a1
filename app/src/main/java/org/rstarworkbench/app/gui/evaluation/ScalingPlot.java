package org.rstarworkbench.app.gui.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.rstarworkbench.app.eval.EvalSummary;

/**
 * The evaluation view's test-time scaling chart: accuracy against the budget (rollouts or samples) or against the
 * mean tokens per problem, both on a logarithmic axis as {@code scaling.png} draws them, one line per method; redrawn
 * whenever the summary changes. On the FX thread.
 */
final class ScalingPlot extends BorderPane {

    /** What the horizontal axis shows; both are drawn on a log scale with whole powers as ticks. */
    enum Across {
        BUDGET("budget (rollouts or samples)", 2),
        TOKENS("mean tokens per problem", 10);

        private final String label;
        private final int base;

        Across(String label, int base) {
            this.label = label;
            this.base = base;
        }

        /** Where a summary row lies on the axis: the logarithm of its budget or tokens (at least 1). */
        double position(EvalSummary s) {
            double value = this == BUDGET ? s.budget() : s.tokens();
            return Math.log(Math.max(1, value)) / Math.log(base);
        }

        /** The axis value at a position, e.g. 16 for 4 on the budget axis. */
        double value(double position) {
            return Math.pow(base, position);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<EvalSummary> summary;
    private final ObjectProperty<Across> across = new SimpleObjectProperty<>(Across.BUDGET);
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis accuracy = new NumberAxis(0, 100, 10);
    private final LineChart<Number, Number> chart;

    ScalingPlot(ObservableList<EvalSummary> summary) {
        this.summary = summary;
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        accuracy.setLabel("accuracy %");
        chart = new LineChart<>(x, accuracy);
        chart.setVerticalZeroLineVisible(false);
        chart.setId("evalChart");
        chart.setTitle("Test-time scaling");
        chart.setAnimated(false);
        ChoiceBox<Across> choice = new ChoiceBox<>();
        choice.getItems().setAll(Across.values());
        choice.setId("evalChartAcross");
        choice.valueProperty().bindBidirectional(across);
        HBox header = new HBox(6, new Label("Accuracy against"), choice, new Label("(log scale)"));
        header.setAlignment(Pos.CENTER_LEFT);
        setTop(header);
        setCenter(chart);
        summary.addListener((ListChangeListener<EvalSummary>) c -> redraw());
        across.addListener((o, a, b) -> redraw());
        redraw();
    }

    private void redraw() {
        Across axis = across.get();
        Map<String, XYChart.Series<Number, Number>> byMethod = new LinkedHashMap<>();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        double best = 0;
        for (EvalSummary s : summary) {
            XYChart.Series<Number, Number> series = byMethod.computeIfAbsent(s.method(), m -> {
                XYChart.Series<Number, Number> created = new XYChart.Series<>();
                created.setName(m);
                return created;
            });
            double at = axis.position(s);
            low = Math.min(low, at);
            high = Math.max(high, at);
            series.getData().add(new XYChart.Data<>(at, 100 * s.accuracy()));
            best = Math.max(best, 100 * s.accuracy());
        }
        double[] range = range(low, high);
        x.setLowerBound(range[0]);
        x.setUpperBound(range[1]);
        x.setTickUnit(1);
        double top = accuracyTop(best);
        accuracy.setUpperBound(top);
        accuracy.setTickUnit(top <= 30 ? 5 : 10);
        x.setLabel(axis.label);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number position) {
                return label(axis, position.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        chart.getData().setAll(byMethod.values());
    }

    /** A tick's label: the axis value, e.g. "16"; none left of 1, where no budget or token count lies. */
    static String label(Across axis, double position) {
        return position < 0 ? "" : String.format(Locale.ROOT, "%,.0f", axis.value(position));
    }

    /** Whole powers around the points, half a power of margin on each side; 0 to 4 with no points. */
    static double[] range(double low, double high) {
        if (low > high) {
            return new double[] {0, 4};
        }
        return new double[] {Math.floor(low - 0.5), Math.ceil(high + 0.5)};
    }

    /** The accuracy axis's top: the best accuracy plus a margin, rounded up to tens; 10 to 100. */
    static double accuracyTop(double bestPercent) {
        return Math.min(100, Math.max(10, Math.ceil((bestPercent + 5) / 10) * 10));
    }

    /** What the horizontal axis shows. */
    ObjectProperty<Across> acrossProperty() {
        return across;
    }

    LineChart<Number, Number> chart() {
        return chart;
    }

    /** The points drawn, per method, in axis positions: for tests. */
    List<XYChart.Series<Number, Number>> series() {
        return chart.getData();
    }
}
