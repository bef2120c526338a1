package org.rstarworkbench.app.gui.timeline;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;

import org.controlsfx.control.StatusBar;

/** The status bar: where the run stands on the left; rollouts, model calls, tokens, answer and verdict on the right. */
public final class StatusView extends StatusBar {

    public StatusView(StatusViewModel model, ObservableStringValue runState) {
        setId("statusBar");
        textProperty().bind(runState);
        getRightItems().addAll(item("statusRollouts", model.rolloutsProperty()), separator(),
                item("statusCalls", model.callsProperty()), separator(),
                item("statusTokens", model.tokensProperty()), separator(),
                item("statusAnswer", model.answerProperty()), separator(),
                item("statusVerdict", model.verdictProperty()));
    }

    private static Label item(String id, ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(text);
        return l;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
