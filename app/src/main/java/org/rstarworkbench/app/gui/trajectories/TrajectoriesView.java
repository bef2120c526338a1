package org.rstarworkbench.app.gui.trajectories;

import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.rstarworkbench.discriminator.selection.MaskCheck;

/**
 * The trajectories panel, as {@link TrajectoriesViewModel} reads the run: a header with the selected answer and the
 * majority; the candidate trajectories; under them, the peer's completions of the selected one's prefixes, and two
 * trajectories compared step by step ({@link ComparisonView}).
 */
public final class TrajectoriesView extends SplitPane {

    private final TrajectoriesViewModel model;
    private final TableView<Candidate> table = new TableView<>();
    private boolean syncing;

    public TrajectoriesView(TrajectoriesViewModel model) {
        this.model = model;
        getStyleClass().add("trajectories");
        setOrientation(Orientation.VERTICAL);
        Tab check = new Tab("Peer check", peerCheck());
        check.setId("peerCheckTab");
        Tab compare = new Tab("Compare", new ComparisonView(model));
        compare.setId("compareTab");
        TabPane tabs = new TabPane(check, compare);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getItems().addAll(list(), tabs);
        setDividerPositions(0.42);
    }

    private Node list() {
        Label headline = new Label();
        headline.setId("trajectoriesHeadline");
        headline.getStyleClass().add("trajectories-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(model.headlineProperty());
        Label details = new Label();
        details.setId("trajectoriesDetails");
        details.getStyleClass().add("hint");
        details.setWrapText(true);
        details.textProperty().bind(model.detailsProperty());

        table.setId("candidates");
        table.setItems(model.candidates());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label("No candidate trajectories at this point of the timeline.");
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.getColumns().add(column("#", c -> Integer.toString(c.index() + 1), 28));
        table.getColumns().add(column("Answer", Candidate::answerLabel, 60));
        table.getColumns().add(column("×", c -> Integer.toString(c.count()), 28));
        table.getColumns().add(column("Source", Candidate::sourceLabel, 100));
        table.getColumns().add(column("Peer", Candidate::agreementLabel, 44));
        table.getColumns().add(column("Verdict", c -> (c.winner() ? "★ " : "") + c.outcomeLabel(), 80));
        table.setRowFactory(t -> new CandidateRow());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                model.pick(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            syncing = true;
            try {
                if (now == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(now);
                    table.scrollTo(now);
                }
            } finally {
                syncing = false;
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(4, headline, details, table);
        box.setPadding(new Insets(8, 8, 4, 8));
        return box;
    }

    private Node peerCheck() {
        Label message = new Label();
        message.setId("peerCheckMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.checkMessageProperty());
        VBox cards = new VBox(6);
        cards.setId("peerCompletions");
        model.completions().addListener((ListChangeListener<MaskCheck>) c ->
                cards.getChildren().setAll(model.completions().stream().map(TrajectoriesView::card).toList()));
        VBox box = new VBox(6, message, cards);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    /** One prefix: "40% · 17 words → 7 ✓ agrees", then the prefix (dimmed) followed by the peer's completion. */
    private static Node card(MaskCheck m) {
        Label head = new Label(String.format(Locale.ROOT, "%.0f%% · %d words → %s   %s", 100 * m.ratio(), m.words(),
                m.answer() == null ? "no answer" : m.answer(), m.agrees() ? "✓ agrees" : "✗ disagrees"));
        head.getStyleClass().add("mask-head");
        Text prefix = new Text(m.prefix().strip() + " ");
        prefix.getStyleClass().add("mask-prefix");
        Text completion = new Text(m.completion().strip());
        completion.getStyleClass().add("mask-completion");
        TextFlow flow = new TextFlow(prefix, completion);
        VBox card = new VBox(3, head, flow);
        card.getStyleClass().addAll("mask-card", m.agrees() ? "agrees" : "disagrees");
        return card;
    }

    private static TableColumn<Candidate, String> column(String title, Function<Candidate, String> value,
                                                         double width) {
        TableColumn<Candidate, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    /** The winner's row stands out; the full trajectory text is its tooltip. */
    private static final class CandidateRow extends TableRow<Candidate> {
        @Override
        protected void updateItem(Candidate c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().remove("winner-row");
            if (empty || c == null) {
                setTooltip(null);
                return;
            }
            if (c.winner()) {
                getStyleClass().add("winner-row");
            }
            Tooltip tip = new Tooltip(c.text());
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            setTooltip(tip);
        }
    }

    /** A picker of one side of the comparison. */
    static ComboBox<Candidate> picker(String id, TrajectoriesViewModel model,
                                      ObjectProperty<Candidate> side) {
        ComboBox<Candidate> box = new ComboBox<>(model.candidates());
        box.setId(id);
        box.valueProperty().bindBidirectional(side);
        box.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }
}
