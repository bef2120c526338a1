package org.rstarworkbench.app.gui.evaluation;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The evaluation's results problem by problem: the problem, its gold answer and each method's answer at each budget,
 * marked right or wrong. Double-clicking a problem, or "Search in the workbench", grows its search again in the main
 * window with the evaluation's settings; the columns follow the results as they change. On the FX thread.
 */
final class ProblemsTable extends VBox {

    private final TableView<ProblemResults.Line> table = new TableView<>();
    private List<String> shownColumns = List.of();

    /**
     * @param results the results to show
     * @param search  what searching a problem again does
     * @param busy    while true (an evaluation runs on the engine thread a search would wait behind), no search
     */
    ProblemsTable(ReadOnlyObjectProperty<ProblemResults> results, Consumer<ProblemResults.Line> search,
                  BooleanExpression busy) {
        table.setId("evalProblems");
        table.setPlaceholder(new Label("No results yet."));
        table.setRowFactory(t -> {
            TableRow<ProblemResults.Line> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty() && !busy.get()) {
                    search.accept(row.getItem());
                }
            });
            return row;
        });
        Button open = new Button("Search in the workbench");
        open.setId("evalSearchProblem");
        Tooltip tip = new Tooltip("Grow the selected problem's search again in the main window with this "
                + "evaluation's models, settings and largest rollout budget (for results opened from a folder: the "
                + "form's models and search settings). The model answers come from the evaluation's cache in the "
                + "run store, so with the same settings the tree is the one the evaluation searched.");
        tip.setWrapText(true);
        tip.setMaxWidth(460);
        open.setTooltip(tip);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(busy));
        open.setOnAction(e -> search.accept(table.getSelectionModel().getSelectedItem()));
        Label hint = new Label();
        hint.textProperty().bind(Bindings.when(busy).then("Searching a problem again waits until the evaluation "
                + "ends.").otherwise("Double-click a problem to see its search tree."));
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(8, open, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(bar, table);
        show(results.get());
        results.addListener((o, a, now) -> show(now));
    }

    private void show(ProblemResults results) {
        if (!results.columns().equals(shownColumns)) {
            shownColumns = results.columns();
            table.getColumns().clear();
            table.getColumns().add(column("problem", ProblemResults.Line::problem));
            table.getColumns().add(column("gold", line -> line.gold() == null ? "" : line.gold()));
            for (String c : shownColumns) {
                table.getColumns().add(column(c, line -> line.cell(c)));
            }
        }
        ProblemResults.Line selected = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(results.lines());
        if (selected != null) {
            results.lines().stream().filter(l -> l.problem().equals(selected.problem())).findFirst()
                    .ifPresent(l -> table.getSelectionModel().select(l));
        }
    }

    private static TableColumn<ProblemResults.Line, String> column(String title,
                                                                   Function<ProblemResults.Line, String> value) {
        TableColumn<ProblemResults.Line, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    TableView<ProblemResults.Line> table() {
        return table;
    }
}
