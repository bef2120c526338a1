package org.rstarworkbench.app.gui.history;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.rstarworkbench.app.store.RunSummary;

/**
 * Lists the store's runs and returns the one chosen (double-click or "Open"); renames, deletes (after asking),
 * exports (PNG, DOT, GraphML, run JSON) and compares two of them. The store is read and written off the FX thread.
 */
public final class OpenRunDialog extends Dialog<RunSummary> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final OpenRunViewModel model;
    private final TableView<RunSummary> table;
    private BiFunction<RunSummary, Window, Path> exportTarget = OpenRunDialog::chooseFile;

    public OpenRunDialog(Window owner, OpenRunViewModel model) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Open a stored run");
        setHeaderText("Runs in " + model.storeFile());
        setResizable(true);
        this.model = model;
        table = runTable(model);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(new VBox(8, table, actions()));
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        Button openButton = (Button) getDialogPane().lookupButton(open);
        openButton.setId("openStoredRun");
        openButton.disableProperty().bind(selected(1).not());
        setResultConverter(button -> button == open ? table.getSelectionModel().getSelectedItem() : null);
        model.runs().addListener((ListChangeListener<RunSummary>) c -> {
            if (!model.runs().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        model.comparisonProperty().addListener((obs, old, now) -> {
            if (now != null) {
                new CompareRunsDialog(getDialogPane().getScene().getWindow(), now).show();
            }
        });
        model.load();
    }

    private HBox actions() {
        BooleanBinding one = selected(1);
        Button rename = action("renameRun", "Rename…", this::rename, one, "Give the selected run a name");
        Button delete = action("deleteRun", "Delete…", this::delete, one,
                "Delete the selected run from the store (asks first)");
        Button export = action("exportRun", "Export…", this::export, one,
                "Save the selected run as a PNG picture, a DOT or GraphML tree, or the whole run as JSON");
        Button compare = action("compareRuns", "Compare", this::compare, selected(2),
                "Show the two selected runs' key figures side by side (select two with Ctrl-click)");
        Label notice = new Label();
        notice.setId("runsNotice");
        notice.getStyleClass().add("hint");
        notice.textProperty().bind(model.noticeProperty());
        return new HBox(8, rename, delete, export, compare, notice);
    }

    private Button action(String id, String text, Runnable run, BooleanBinding enabled, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> run.run());
        b.disableProperty().bind(enabled.not().or(model.busyProperty()));
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private BooleanBinding selected(int count) {
        return Bindings.size(table.getSelectionModel().getSelectedItems()).isEqualTo(count);
    }

    private RunSummary chosen() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void rename() {
        RunSummary run = chosen();
        TextInputDialog ask = new TextInputDialog(run.name() == null ? "" : run.name());
        ask.initOwner(getDialogPane().getScene().getWindow());
        ask.setTitle("Rename run " + run.id());
        ask.setHeaderText("A name for run " + run.id() + " (empty: show the problem instead)");
        ask.getEditor().setId("runName");
        ask.showAndWait().ifPresent(name -> model.rename(run, name));
    }

    private void delete() {
        RunSummary run = chosen();
        ButtonType delete = new ButtonType("Delete", ButtonBar.ButtonData.OK_DONE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, OpenRunViewModel.deleteQuestion(run), delete,
                ButtonType.CANCEL);
        ask.initOwner(getDialogPane().getScene().getWindow());
        ask.setTitle("Delete run " + run.id());
        ask.setHeaderText("Delete run " + run.id() + "?");
        ((Button) ask.getDialogPane().lookupButton(delete)).setId("confirmDelete");
        ((Button) ask.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        ((Button) ask.getDialogPane().lookupButton(delete)).setDefaultButton(false);
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isPresent() && answer.get() == delete) {
            model.delete(run);
        }
    }

    private void export() {
        RunSummary run = chosen();
        Path file = exportTarget.apply(run, getDialogPane().getScene().getWindow());
        if (file != null) {
            model.export(run, file);
        }
    }

    private void compare() {
        List<RunSummary> two = List.copyOf(table.getSelectionModel().getSelectedItems());
        model.compare(two.get(0), two.get(1));
    }

    /** Asks where to export with a save dialog; the chosen file type's extension is added when missing. */
    private static Path chooseFile(RunSummary run, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export run " + run.id());
        for (ExportFormat f : ExportFormat.values()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description() + " (*."
                    + f.extension() + ")", "*." + f.extension()));
        }
        chooser.setInitialFileName(OpenRunViewModel.suggestedFileName(run, ExportFormat.PNG));
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        int at = chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter());
        ExportFormat format = ExportFormat.values()[Math.max(0, at)];
        return format.withExtension(file.toPath());
    }

    /** Where "Export…" writes instead of asking with a file chooser (tests: a native dialog cannot be driven). */
    public void setExportTarget(BiFunction<RunSummary, Window, Path> target) {
        exportTarget = target;
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
