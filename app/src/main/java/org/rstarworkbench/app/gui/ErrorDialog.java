package org.rstarworkbench.app.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The one error dialog of the workbench: a headline, what happened, and what to do. It does not block the caller
 * (errors can arrive during an animation pulse, where a nested event loop is not allowed).
 */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    /** Shows the error on the FX thread, owned by {@code owner} (may be null). */
    public static Alert show(Window owner, UserError error) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.setTitle("rStar Workbench");
        alert.setHeaderText(error.title());
        Label detail = new Label(error.detail());
        detail.setWrapText(true);
        detail.getStyleClass().add("error-detail");
        Label action = new Label(error.action());
        action.setWrapText(true);
        action.getStyleClass().add("error-action");
        VBox content = new VBox(10, detail, action);
        VBox.setVgrow(detail, Priority.ALWAYS);
        content.setPrefWidth(480);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.initModality(Modality.WINDOW_MODAL);
        alert.show();
        return alert;
    }
}
