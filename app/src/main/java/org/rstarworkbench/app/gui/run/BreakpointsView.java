package org.rstarworkbench.app.gui.run;

import java.util.Locale;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.rstarworkbench.core.tree.Action;

/**
 * The breakpoint switches in the run panel: break on a node of a chosen action, on a node whose value is below a
 * threshold, and on a rollout that ends with another answer than the leading one. They stay editable during a run.
 */
final class BreakpointsView extends VBox {

    /** Kept here: the spinner's bidirectional binding holds its ends weakly. */
    private final ObjectProperty<Double> threshold;

    BreakpointsView(BreakpointsViewModel model) {
        super(6);
        setId("breakpoints");
        Label hint = new Label("Pause the run when…");
        hint.getStyleClass().add("hint");
        HBox actions = new HBox(8);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (Action a : Action.values()) {
            CheckBox box = new CheckBox(a.label());
            box.setId("break" + a.label());
            box.selectedProperty().bindBidirectional(model.actionProperty(a));
            box.setTooltip(new Tooltip("Break when an " + a.label() + " node ("
                    + a.produces().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ") is created"));
            actions.getChildren().add(box);
        }
        CheckBox valueOn = new CheckBox("node value below");
        valueOn.setId("breakOnValue");
        valueOn.selectedProperty().bindBidirectional(model.valueBelowOnProperty());
        valueOn.setTooltip(new Tooltip("Break when a node is created whose value (the confidence of its majority "
                + "answer: A2, A3, A4 nodes) is below the threshold"));
        Spinner<Double> below = thresholdSpinner();
        threshold = model.valueBelowProperty().asObject();
        below.getValueFactory().valueProperty().bindBidirectional(threshold);
        below.disableProperty().bind(valueOn.selectedProperty().not());
        HBox value = new HBox(6, valueOn, below);
        value.setAlignment(Pos.CENTER_LEFT);
        CheckBox other = new CheckBox("a rollout ends with another answer than the leading one");
        other.setId("breakOnOtherAnswer");
        other.setWrapText(true);
        other.selectedProperty().bindBidirectional(model.otherAnswerProperty());
        other.setTooltip(new Tooltip("Break when a rollout's answer differs from the answer most earlier rollouts "
                + "ended with (the status bar's \"Leading\")"));
        getChildren().addAll(RunView.title("Breakpoints"), hint, new Label("a node is created by"), actions, value,
                other);
    }

    private static Spinner<Double> thresholdSpinner() {
        Spinner<Double> s = Spinners.decimal(0.05, 1, BreakpointsViewModel.DEFAULT_VALUE_BELOW, 0.05);
        s.setId("breakValueBelow");
        s.setPrefWidth(80);
        return s;
    }
}
