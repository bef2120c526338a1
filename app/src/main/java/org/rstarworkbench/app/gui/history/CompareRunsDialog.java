package org.rstarworkbench.app.gui.history;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Two stored runs' key figures side by side; the lines where they differ are in bold. */
public final class CompareRunsDialog extends Dialog<Void> {

    private final GridPane grid = new GridPane();

    public CompareRunsDialog(Window owner, RunComparison comparison) {
        if (owner != null) {
            initOwner(owner);
        }
        initModality(Modality.NONE);
        setTitle("Compare runs " + comparison.left().runId() + " and " + comparison.right().runId());
        setHeaderText("Run " + comparison.left().runId() + " and run " + comparison.right().runId()
                + " side by side; the lines where they differ are in bold.");
        setResizable(true);
        grid.setId("runComparison");
        grid.setHgap(16);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints values = new ColumnConstraints(160, 300, 480);
        grid.getColumnConstraints().addAll(labels, values, values);
        int row = 0;
        for (RunComparison.Row r : comparison.rows()) {
            Label name = new Label(r.label());
            name.getStyleClass().add("fact-name");
            grid.addRow(row++, name, value(r.left(), r.differs()), value(r.right(), r.differs()));
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static Label value(String text, boolean differs) {
        Label l = new Label(text);
        l.setWrapText(true);
        if (differs) {
            l.setStyle("-fx-font-weight: bold");
        }
        return l;
    }

    /** The table of figures. */
    public GridPane grid() {
        return grid;
    }
}
