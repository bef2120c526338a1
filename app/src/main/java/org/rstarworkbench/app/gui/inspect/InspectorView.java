package org.rstarworkbench.app.gui.inspect;

import java.util.Locale;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.rstarworkbench.app.inspect.NodeDetails.SelectionScore;

/**
 * The right panel: everything about the selected node, as {@link InspectorViewModel} reads it; a message when no
 * node is selected.
 */
public final class InspectorView extends StackPane {

    private static final int TEXT_ROWS = 4;

    public InspectorView(InspectorViewModel model) {
        getStyleClass().add("inspector");
        Label heading = new Label();
        heading.setId("inspectorHeading");
        heading.getStyleClass().add("inspector-heading");
        heading.textProperty().bind(model.headingProperty());
        TextArea text = area("inspectorText", model.textProperty(), TEXT_ROWS);
        Label call = new Label();
        call.textProperty().bind(model.callProperty());
        call.getStyleClass().add("hint");
        call.setWrapText(true);
        TextArea prompt = area("inspectorPrompt", model.promptProperty(), 10);
        prompt.getStyleClass().add("mono");
        ListView<CompletionRow> completions = new ListView<>(model.completions());
        completions.setId("inspectorCompletions");
        completions.setPrefHeight(170);
        completions.setCellFactory(list -> new CompletionCell());
        ListView<String> groups = new ListView<>(model.groups());
        groups.setId("inspectorGroups");
        groups.setPrefHeight(90);

        VBox details = new VBox(6, heading, facts(model), title("Text"), text, title("UCT at each selection"),
                uctTable(model), title("Prompt"), call, prompt, title("Completions"), completions,
                title("Vote groups"), groups);
        details.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.visibleProperty().bind(model.showingProperty());
        getChildren().addAll(scroll, placeholder(model));
    }

    private static GridPane facts(InspectorViewModel model) {
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(3);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(70);
        facts.getColumnConstraints().add(names);
        fact(facts, 0, "Kind", model.kindProperty());
        fact(facts, 1, "Action", model.actionProperty());
        fact(facts, 2, "Depth", model.depthProperty());
        fact(facts, 3, "Q", model.qProperty());
        fact(facts, 4, "N", model.nProperty());
        fact(facts, 5, "Q/N", model.meanRewardProperty());
        fact(facts, 6, "Value", model.valueProperty());
        fact(facts, 7, "Answer", model.answerProperty());
        return facts;
    }

    private static Label placeholder(InspectorViewModel model) {
        Label message = new Label();
        message.setId("inspectorMessage");
        message.setWrapText(true);
        message.getStyleClass().add("placeholder");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.showingProperty().not());
        StackPane.setMargin(message, new Insets(16));
        return message;
    }

    private static TableView<SelectionScore> uctTable(InspectorViewModel model) {
        TableView<SelectionScore> table = new TableView<>(model.selections());
        table.setId("inspectorUct");
        table.setPrefHeight(140);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label("Never weighed by UCT yet: selection took it as an unvisited child, or has not "
                + "reached it.");
        none.setWrapText(true);
        none.setMaxWidth(260);
        table.setPlaceholder(none);
        table.getColumns().add(column("Rollout", s -> Integer.toString(s.rollout() + 1)));
        table.getColumns().add(column("c", s -> num(s.weight())));
        table.getColumns().add(column("Q", s -> num(s.q())));
        table.getColumns().add(column("N", s -> Integer.toString(s.n())));
        table.getColumns().add(column("UCT", s -> num(s.uct())));
        table.getColumns().add(column("Chosen", s -> s.chosen() ? "✓" : ""));
        // the latest selection is the one the narration talks about
        model.selections().addListener((ListChangeListener<SelectionScore>) c -> {
            if (!table.getItems().isEmpty()) {
                // after the next layout: a table not laid out yet ignores the request
                Platform.runLater(() -> table.scrollTo(table.getItems().size() - 1));
            }
        });
        return table;
    }

    private static TableColumn<SelectionScore, String> column(String title, Function<SelectionScore, String> value) {
        TableColumn<SelectionScore, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private static void fact(GridPane grid, int row, String name, ObservableStringValue value) {
        Label n = new Label(name);
        n.getStyleClass().add("fact-name");
        Label v = new Label();
        v.textProperty().bind(value);
        v.setId("fact" + name.replace("/", ""));
        grid.addRow(row, n, v);
    }

    private static TextArea area(String id, ObservableStringValue value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bind(value);
        return area;
    }

    private static Node title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static String num(double v) {
        return v >= 999 ? "999" : String.format(Locale.ROOT, "%.3f", v);
    }

    /** "[3] → 7   the completion's first line…", the whole text in a tooltip. */
    private static final class CompletionCell extends ListCell<CompletionRow> {
        @Override
        protected void updateItem(CompletionRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String line = row.text().strip().replaceAll("\\s+", " ");
            setText("[" + row.index() + "] → " + (row.answer() == null ? "no answer" : row.answer()) + "   " + line);
            setTooltip(new Tooltip(row.text()));
        }
    }
}
