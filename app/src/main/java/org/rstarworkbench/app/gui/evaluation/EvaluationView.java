package org.rstarworkbench.app.gui.evaluation;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.rstarworkbench.app.eval.EvalSummary;
import org.rstarworkbench.app.gui.run.ModelChoice;

/**
 * The evaluation view's layout: the settings on top (dataset, items, methods with their budgets, model, results
 * folder), Start and Cancel with the progress, then the accuracy/compute table and the test-time scaling chart
 * (accuracy against budget, one line per method), both filled as rows arrive.
 */
public final class EvaluationView extends BorderPane {

    private final EvaluationViewModel model;
    private final LineChart<Number, Number> chart;

    public EvaluationView(EvaluationViewModel model) {
        this.model = model;
        getStyleClass().add("evaluation-view");
        setPadding(new Insets(8));
        NumberAxis budget = new NumberAxis();
        budget.setLabel("budget (rollouts or samples)");
        NumberAxis accuracy = new NumberAxis(0, 100, 10);
        accuracy.setLabel("accuracy %");
        chart = new LineChart<>(budget, accuracy);
        chart.setId("evalChart");
        chart.setTitle("Test-time scaling");
        chart.setAnimated(false);
        setTop(new VBox(8, settings(), controls()));
        SplitPane results = new SplitPane(table(), chart);
        results.setOrientation(Orientation.VERTICAL);
        BorderPane.setMargin(results, new Insets(8, 0, 0, 0));
        setCenter(results);
        model.summary().addListener((ListChangeListener<EvalSummary>) c -> redrawChart());
    }

    private GridPane settings() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        TextField dataset = new TextField();
        dataset.setId("evalDataset");
        dataset.textProperty().bindBidirectional(model.datasetProperty());
        dataset.setPromptText("gsm-mini or a dataset file");
        HBox.setHgrow(dataset, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> chooseDataset());
        grid.addRow(0, new Label("Dataset"), new HBox(6, dataset, browse));

        Spinner<Integer> first = new Spinner<>(0, 100_000, model.firstItemProperty().get());
        first.setId("evalFirst");
        first.setEditable(true);
        first.valueProperty().addListener((o, a, v) -> model.firstItemProperty().set(v));
        Spinner<Integer> last = new Spinner<>(0, 100_000, model.lastItemProperty().get());
        last.setId("evalLast");
        last.setEditable(true);
        last.valueProperty().addListener((o, a, v) -> model.lastItemProperty().set(v));
        model.firstItemProperty().addListener((o, a, v) -> first.getValueFactory().setValue(v.intValue()));
        model.lastItemProperty().addListener((o, a, v) -> last.getValueFactory().setValue(v.intValue()));
        grid.addRow(1, new Label("Items"), new HBox(6, first, new Label("to"), last, new Label("(from 0)")));

        CheckBox greedy = check("evalGreedy", "greedy-cot", model.greedyProperty());
        CheckBox sc = check("evalSc", "sc, samples", model.selfConsistencyProperty());
        TextField ks = field("evalScK", model.scKProperty(), "4,8");
        ks.disableProperty().bind(model.selfConsistencyProperty().not());
        CheckBox maj = check("evalMctsMaj", "mcts-maj", model.mctsMajorityProperty());
        CheckBox rstar = check("evalRstar", "rstar", model.rstarProperty());
        TextField budgets = field("evalRollouts", model.rolloutsProperty(), "2,4,8");
        budgets.disableProperty().bind(model.mctsMajorityProperty().or(model.rstarProperty()).not());
        grid.addRow(2, new Label("Methods"), new HBox(8, greedy, sc, ks, maj, rstar, new Label("rollouts"),
                budgets));

        ComboBox<ModelChoice> models = new ComboBox<>(model.models());
        models.setId("evalModel");
        models.valueProperty().bindBidirectional(model.modelProperty());
        models.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelChoice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public ModelChoice fromString(String s) {
                return null;
            }
        });
        TextField url = field("evalEndpointUrl", model.endpointUrlProperty(), "http://localhost:8000/v1");
        TextField name = field("evalEndpointModel", model.endpointModelProperty(), "model name");
        HBox endpoint = new HBox(6, url, name);
        endpoint.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.modelProperty().get() != null && model.modelProperty().get().usesEndpoint(),
                model.modelProperty()));
        endpoint.managedProperty().bind(endpoint.visibleProperty());
        grid.addRow(3, new Label("Model"), new HBox(6, models, endpoint));

        TextField out = field("evalOut", model.outFolderProperty(), "none: results stay in this window");
        HBox.setHgrow(out, Priority.ALWAYS);
        Button chooseOut = new Button("Choose…");
        chooseOut.setOnAction(e -> chooseOutFolder());
        grid.addRow(4, new Label("Results folder"), new HBox(6, out, chooseOut));
        grid.disableProperty().bind(Bindings.createBooleanBinding(() -> model.state().isRunning(),
                model.stateProperty()));
        return grid;
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
        HBox box = new HBox(8, start, cancel, bar, text);
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

    private static CheckBox check(String id, String text, BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static TextField field(String id, StringProperty property, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    /** One line per method: accuracy against budget. */
    private void redrawChart() {
        Map<String, XYChart.Series<Number, Number>> byMethod = new LinkedHashMap<>();
        for (EvalSummary s : model.summary()) {
            XYChart.Series<Number, Number> series = byMethod.computeIfAbsent(s.method(), m -> {
                XYChart.Series<Number, Number> created = new XYChart.Series<>();
                created.setName(m);
                return created;
            });
            series.getData().add(new XYChart.Data<>(s.budget(), 100 * s.accuracy()));
        }
        chart.getData().setAll(byMethod.values());
    }

    private void chooseDataset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a dataset (JSON array or JSON lines)");
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.datasetProperty().set(file.getPath());
        }
    }

    private void chooseOutFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the folder for the results");
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            model.outFolderProperty().set(dir.getPath());
        }
    }

    public EvaluationViewModel viewModel() {
        return model;
    }

    public LineChart<Number, Number> chart() {
        return chart;
    }
}
