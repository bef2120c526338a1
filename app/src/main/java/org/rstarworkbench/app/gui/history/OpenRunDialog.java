package org.rstarworkbench.app.gui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.rstarworkbench.app.store.RunSummary;

/**
 * Lists the store's runs and returns the one chosen (double-click or "Open"); the list is read off the FX thread.
 */
public final class OpenRunDialog extends Dialog<RunSummary> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final TableView<RunSummary> table;

    public OpenRunDialog(Window owner, OpenRunViewModel model) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Open a stored run");
        setHeaderText("Runs in " + model.storeFile());
        setResizable(true);
        table = runTable(model);
        getDialogPane().setContent(table);
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        Button openButton = (Button) getDialogPane().lookupButton(open);
        openButton.setId("openStoredRun");
        openButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(button -> button == open ? table.getSelectionModel().getSelectedItem() : null);
        model.runs().addListener((ListChangeListener<RunSummary>) c -> {
            if (!model.runs().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        model.load();
    }

    private TableView<RunSummary> runTable(OpenRunViewModel model) {
        TableView<RunSummary> runs = new TableView<>(model.runs());
        runs.setId("storedRuns");
        runs.setPrefSize(860, 380);
        runs.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.messageProperty());
        runs.setPlaceholder(placeholder);
        runs.getColumns().add(column("Run", 50, r -> Long.toString(r.id())));
        runs.getColumns().add(column("Started", 120, r -> WHEN.format(r.created())));
        runs.getColumns().add(column("Status", 80, r -> r.status().name().toLowerCase(Locale.ROOT)));
        runs.getColumns().add(column("Rollouts", 70, r -> r.rollouts() + "/" + r.plannedRollouts()));
        runs.getColumns().add(column("Answer", 70, r -> r.answer() == null ? "–" : r.answer()));
        runs.getColumns().add(column("Model", 140, RunSummary::generatorModel));
        runs.getColumns().add(column("Problem", 300, RunSummary::displayName));
        runs.setRowFactory(t -> {
            TableRow<RunSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    setResult(row.getItem());
                    close();
                }
            });
            return row;
        });
        return runs;
    }

    /** The run list. */
    public TableView<RunSummary> table() {
        return table;
    }

    private static TableColumn<RunSummary, String> column(String title, double width,
                                                          Function<RunSummary, String> value) {
        TableColumn<RunSummary, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }
}
