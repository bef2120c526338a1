package org.rstarworkbench.app.gui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.rstarworkbench.app.gui.classroom.BundledDemos;
import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.gui.look.AppearanceStyles;
import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.SettingsViewModel;
import org.rstarworkbench.app.gui.settings.SavedSettings;
import org.rstarworkbench.app.gui.settings.SettingsKeeper;

/**
 * The workbench put together on a stage: the task executor, the main view-model and view, the style sheet, the
 * error dialog. The application and the tests build it the same way.
 */
public final class Workbench implements AutoCloseable {

    /** The style sheet of every window. */
    public static final String STYLE_SHEET = "workbench.css";

    private final TaskExecutor tasks;
    private final MainViewModel model;
    private final MainView view;
    private final Stage stage;

    private Workbench(Stage stage, TaskExecutor tasks, MainViewModel model, MainView view) {
        this.stage = stage;
        this.tasks = tasks;
        this.model = model;
        this.view = view;
    }

    /**
     * Builds the window on {@code stage} and shows it; on the FX thread.
     *
     * @param catalog the models the run panel offers
     */
    public static Workbench open(Stage stage, WorkbenchOptions options, ModelCatalog catalog) {
        return open(stage, options, catalog, null);
    }

    /**
     * As {@link #open(Stage, WorkbenchOptions, ModelCatalog)}, starting from the settings saved last time (read off
     * the FX thread); the options' look and fill win over the saved ones.
     *
     * @param saved the settings saved last time, or null for the defaults
     */
    public static Workbench open(Stage stage, WorkbenchOptions options, ModelCatalog catalog, SavedSettings saved) {
        TaskExecutor tasks = TaskExecutor.forJavaFx();
        MainViewModel model = new MainViewModel(tasks, catalog, new StoredRuns(options.store()));
        if (saved != null) {
            SettingsKeeper.apply(saved, model);
        }
        model.fillModeProperty().set(options.fill());
        model.appearance().themeProperty().set(options.theme());
        model.appearance().presentationProperty().set(options.presentation());
        MainView view = new MainView(model, tasks);
        view.showTrajectories(options.panel() == WorkbenchOptions.Panel.TRAJECTORIES);
        model.setErrorSink(error -> ErrorDialog.show(stage, error));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(options.width(), Math.max(900, screen.getWidth() * 0.95));
        double height = Math.min(options.height(), Math.max(560, screen.getHeight() * 0.95));
        Scene scene = new Scene(view, width, height);
        AppearanceStyles.bind(scene, model.appearance()); // workbench.css, then the theme's and presentation sheets
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.show();
        view.requestFocus(); // not the first button: a stray space bar would step the run
        model.start();
        Workbench workbench = new Workbench(stage, tasks, model, view);
        if (options.runId() != null) {
            model.openStoredRun(options.runId());
        } else if (options.demoRun() != null) {
            model.openDemoRun(BundledDemos.byId(options.demoRun()));
        } else if (options.demo()) {
            workbench.startDemo(false);
        }
        if (options.evaluation() != null) {
            view.openEvaluation().viewModel().openResults(options.evaluation());
        }
        return workbench;
    }

    /**
     * Runs the demo model on the problem chosen (the first GSM-mini problem once the list is loaded), without saving
     * it: played rollout by rollout, or at full speed when {@code toEnd}.
     */
    public void startDemo(boolean toEnd) {
        SettingsViewModel s = model.settings();
        s.modelProperty().set(ModelChoice.demo());
        s.recordProperty().set(false);
        Runnable go = () -> {
            if (toEnd) {
                model.run().runToEnd();
            } else {
                model.run().play();
            }
        };
        if (!s.questionProperty().get().isBlank()) {
            go.run();
            return;
        }
        // The problem list is still loading: start once the first problem is picked.
        s.questionProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends String> obs, String old, String now) {
                if (now != null && !now.isBlank()) {
                    s.questionProperty().removeListener(this);
                    go.run();
                }
            }
        });
    }

    public MainViewModel viewModel() {
        return model;
    }

    public MainView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    /** Cancels a live run and stops every background thread. */
    @Override
    public void close() {
        model.run().cancel();
        view.close();
        tasks.close();
    }
}
