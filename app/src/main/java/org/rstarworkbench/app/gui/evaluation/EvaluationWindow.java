package org.rstarworkbench.app.gui.evaluation;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.rstarworkbench.app.gui.MainViewModel;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.run.PeerSettings;
import org.rstarworkbench.app.gui.run.SettingsViewModel;

/**
 * The evaluation view in a window of its own, opened from Evaluate ▸ New evaluation. It starts with the run panel's
 * generator, peer and search settings (the window keeps its own copy); closing it cancels an evaluation in flight.
 */
public final class EvaluationWindow {

    private final Stage stage;
    private final EvaluationViewModel model;
    private final EvaluationView view;

    private EvaluationWindow(Stage stage, EvaluationViewModel model, EvaluationView view) {
        this.stage = stage;
        this.model = model;
        this.view = view;
    }

    /** Opens a new evaluation window over {@code owner}, with the run panel's models and search settings. */
    public static EvaluationWindow open(Window owner, TaskExecutor tasks, MainViewModel main) {
        SettingsViewModel run = main.settings();
        EvaluationViewModel model = new EvaluationViewModel(tasks, run.models(), main::error);
        EvaluationSettings form = model.settings();
        if (run.modelProperty().get() != null) {
            form.modelProperty().set(run.modelProperty().get());
        }
        form.endpointUrlProperty().set(run.endpointUrlProperty().get());
        form.endpointModelProperty().set(run.endpointModelProperty().get());
        PeerSettings peer = run.peerModel();
        form.peer().choiceProperty().set(peer.choiceProperty().get());
        form.peer().endpointUrlProperty().set(peer.endpointUrlProperty().get());
        form.peer().endpointModelProperty().set(peer.endpointModelProperty().get());
        form.searchProperty().set(run.config());
        EvaluationView view = new EvaluationView(model);
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            if (owner.getScene() != null) {
                view.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        stage.setTitle("Evaluation — rStar Workbench");
        stage.setScene(new Scene(view, 1000, 820));
        stage.setOnHidden(e -> model.cancel());
        stage.show();
        view.requestFocus(); // not the dataset field: its text would be selected
        return new EvaluationWindow(stage, model, view);
    }

    public Stage stage() {
        return stage;
    }

    public EvaluationViewModel viewModel() {
        return model;
    }

    public EvaluationView view() {
        return view;
    }
}
