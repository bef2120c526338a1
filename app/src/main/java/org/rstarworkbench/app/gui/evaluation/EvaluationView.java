package org.rstarworkbench.app.gui.evaluation;

import java.io.File;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

import org.rstarworkbench.app.eval.EvalSummary;

/**
 * The evaluation view's layout: the {@link EvaluationForm settings} on top, Start and Cancel with the progress, then
 * the accuracy/compute table and the test-time scaling chart (accuracy against budget, one line per method), both
 * filled as rows arrive.
 */
public final class EvaluationView extends BorderPane {

    private final EvaluationViewModel model;
    private final ScalingPlot plot;
    private final ProblemsTable problems;

    public EvaluationView(EvaluationViewModel model) {
        this.model = model;
        getStyleClass().add("evaluation-view");
        setPadding(new Insets(8));
        plot = new ScalingPlot(model.summary());
        setTop(new VBox(8, new EvaluationForm(model.settings(),
                Bindings.createBooleanBinding(() -> model.state().isRunning(), model.stateProperty())), controls()));
        problems = new ProblemsTable(model.byProblemProperty(), model::searchInWorkbench,
                Bindings.createBooleanBinding(() -> model.state().isRunning(), model.stateProperty()));
        Tab summaryTab = new Tab("Summary", table());
        Tab problemsTab = new Tab("Problems", problems);
        problemsTab.setId("evalProblemsTab");
        TabPane tabs = new TabPane(summaryTab, problemsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane results = new SplitPane(tabs, plot);
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.42);
        BorderPane.setMargin(results, new Insets(8, 0, 0, 0));
        setCenter(results);
    }

    private HBox controls() {
        Button start = new Button("▶ Start");
        start.setId("evalStart");
        start.setDefaultButton(true);
        start.setOnAction(e -> model.start());
        Button cancel = new Button("■ Cancel");
        cancel.setId("evalCancel");
        cancel.setOnAction(e -> model.cancel());
        var running = Bindings.createBooleanBinding(() -> model.state().isRunning(), model.stateProperty());
        start.disableProperty().bind(running);
        cancel.disableProperty().bind(running.not());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("evalProgressBar");
        bar.progressProperty().bind(Bindings.createDoubleBinding(() -> model.totalProperty().get() == 0
                        ? (model.state().isRunning() ? -1.0 : 0.0)
                        : (double) model.doneProperty().get() / model.totalProperty().get(),
                model.doneProperty(), model.totalProperty(), model.stateProperty()));
        Label text = new Label();
        text.setId("evalProgress");
        text.textProperty().bind(Bindings.concat(Bindings.createStringBinding(() -> model.state().label(),
                model.stateProperty()), ": ", model.progressTextProperty()));
        Button open = new Button("Open results…");
        open.setId("evalOpen");
        open.setTooltip(new Tooltip("Show the results an earlier evaluation wrote to a folder; Start then computes "
                + "only what is missing there."));
        open.setOnAction(e -> chooseResults());
        open.disableProperty().bind(running);
        HBox box = new HBox(8, start, cancel, open, bar, text);
        box.setFillHeight(false);
        return box;
    }

    private TableView<EvalSummary> table() {
        TableView<EvalSummary> table = new TableView<>(model.summary());
        table.setId("evalTable");
        table.setPlaceholder(new Label("No results yet: choose the methods and press Start."));
        table.getColumns().add(column("method", EvalSummary::method));
        table.getColumns().add(column("budget", s -> Integer.toString(s.budget())));
        table.getColumns().add(column("accuracy", s -> String.format(Locale.ROOT, "%.1f%%", 100 * s.accuracy())));
        table.getColumns().add(column("correct", s -> s.correct() + "/" + s.problems()));
        table.getColumns().add(column("mean requests", s -> String.format(Locale.ROOT, "%.1f", s.requests())));
        table.getColumns().add(column("mean tokens", s -> String.format(Locale.ROOT, "%.0f", s.tokens())));
        table.getColumns().add(column("mean model s", s -> String.format(Locale.ROOT, "%.2f", s.seconds())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        return table;
    }

    private static TableColumn<EvalSummary, String> column(String title, Function<EvalSummary, String> value) {
        TableColumn<EvalSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private void chooseResults() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose an evaluation's results folder");
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            model.openResults(dir.toPath());
        }
    }

    public EvaluationViewModel viewModel() {
        return model;
    }

    /** The per-problem results table. */
    public TableView<ProblemResults.Line> problemsTable() {
        return problems.table();
    }

    public LineChart<Number, Number> chart() {
        return plot.chart();
    }
}
