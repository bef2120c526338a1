package org.rstarworkbench.app.gui.evaluation;

import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.rstarworkbench.app.gui.MainViewModel;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.app.gui.run.PeerSettings;
import org.rstarworkbench.app.gui.run.RunSettings;
import org.rstarworkbench.app.gui.run.SettingsViewModel;

/**
 * The evaluation view in a window of its own, opened from Evaluate ▸ New evaluation. It starts with the run panel's
 * generator, peer and search settings (the window keeps its own copy); closing it cancels an evaluation in flight.
 * Its model answers are cached in the workbench's run store, and a problem picked in its results is searched again
 * in the main window from that cache.
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
        EvaluationViewModel model = new EvaluationViewModel(tasks, run.models(), main::error, main.store());
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
        model.setOpener(request -> searchInWorkbench(main, request, owner));
        stage.show();
        view.requestFocus(); // not the dataset field: its text would be selected
        return new EvaluationWindow(stage, model, view);
    }

    /**
     * Fills the run panel with {@code request}'s problem and settings (recording on, so the search reads the store's
     * cache) and runs it to the end in the main window, brought to the front; refused while a run is live there.
     */
    static void searchInWorkbench(MainViewModel main, RunSettings request, Window owner) {
        if (main.run().state().isLive()) {
            main.error(UserErrors.settings("A search is running in the workbench: pause and cancel it, or wait for "
                    + "it to end, then ask again", "Cancel the run in the main window, then search the problem "
                    + "again."));
            return;
        }
        SettingsViewModel run = main.settings();
        run.fillFrom(request.problem(), request.pack(), request.config());
        run.modelProperty().set(request.model());
        run.endpointUrlProperty().set(request.endpoint().url());
        run.endpointModelProperty().set(request.endpoint().modelName());
        run.peerProperty().set(request.peer());
        run.peerModel().choiceProperty().set(request.peerModel());
        run.peerModel().endpointUrlProperty().set(request.peerEndpoint().url());
        run.peerModel().endpointModelProperty().set(request.peerEndpoint().modelName());
        run.recordProperty().set(request.record());
        main.run().runToEnd();
        if (owner instanceof Stage stage) {
            stage.toFront();
        }
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
