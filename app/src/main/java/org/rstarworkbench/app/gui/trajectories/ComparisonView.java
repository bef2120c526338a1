package org.rstarworkbench.app.gui.trajectories;

import java.util.List;
import java.util.Locale;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Two trajectories side by side, step by step, as {@link TrajectoriesViewModel#comparisonProperty()} has them: a row
 * per aligned pair of steps; changed rows and their differing words are marked, a step only one side has is set
 * against an empty cell.
 */
final class ComparisonView extends VBox {

    private final GridPane grid = new GridPane();
    private final Label summary = new Label();

    ComparisonView(TrajectoriesViewModel model) {
        super(6);
        setPadding(new Insets(8));
        ComboBox<Candidate> left = TrajectoriesView.picker("compareLeft", model, model.compareLeftProperty());
        ComboBox<Candidate> right = TrajectoriesView.picker("compareRight", model, model.compareRightProperty());
        HBox pickers = new HBox(6, left, new Label("vs"), right);
        summary.setId("compareSummary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        grid.setId("comparison");
        grid.setHgap(6);
        grid.setVgap(4);
        for (int k = 0; k < 2; k++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setFillWidth(true);
            grid.getColumnConstraints().add(half);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(pickers, summary, scroll);
        model.comparisonProperty().addListener((obs, old, now) -> show(now));
        show(model.comparisonProperty().get());
    }

    private void show(Comparison c) {
        grid.getChildren().clear();
        if (c == null) {
            summary.setText("Pick two trajectories to compare them step by step.");
            return;
        }
        long differing = c.differing();
        summary.setText(differing == 0 ? "The two trajectories take the same steps."
                : String.format(Locale.ROOT, "%d of %d rows differ; differing words are marked.", differing,
                c.rows().size()));
        int row = 0;
        for (Comparison.Row r : c.rows()) {
            grid.addRow(row++, cell(r, r.left(), r.leftWords()), cell(r, r.right(), r.rightWords()));
        }
    }

    private static Node cell(Comparison.Row row, Step step, List<Diff.Word> words) {
        VBox cell = new VBox(2);
        cell.getStyleClass().addAll("diff-cell", "diff-" + row.kind().name().toLowerCase(Locale.ROOT).replace('_',
                '-'));
        if (step == null) {
            cell.getStyleClass().add("diff-empty");
            return cell;
        }
        Label label = new Label(step.label() + "  #" + step.nodeId());
        label.getStyleClass().add("diff-label");
        TextFlow flow = new TextFlow();
        for (Diff.Word w : words) {
            Text t = new Text(w.text() + " ");
            t.getStyleClass().add(w.changed() && row.kind() == Diff.Kind.CHANGED ? "diff-word" : "diff-text");
            flow.getChildren().add(t);
        }
        cell.getChildren().addAll(label, flow);
        return cell;
    }
}
