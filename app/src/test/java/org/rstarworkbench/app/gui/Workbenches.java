package org.rstarworkbench.app.gui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.app.gui.run.SettingsViewModel;

/**
 * A main view-model on a {@link ManualFxThread}, with the demo model and small settings (4 rollouts), for view-model
 * tests; errors are collected instead of shown.
 */
public final class Workbenches implements AutoCloseable {

    public final ManualFxThread fx = new ManualFxThread();
    public final TaskExecutor tasks = new TaskExecutor(fx);
    public final List<UserError> errors = new ArrayList<>();
    public final MainViewModel main;

    public Workbenches(ModelCatalog catalog, Path storeFile) {
        main = new MainViewModel(tasks, catalog, storeFile == null ? null : new StoredRuns(storeFile));
        main.setErrorSink(errors::add);
        main.start();
        fx.runUntil(() -> !main.settings().problems().isEmpty());
        SettingsViewModel s = main.settings();
        s.rolloutsProperty().set(4);
        s.recordProperty().set(storeFile != null);
        main.run().playDelayMillisProperty().set(0);
    }

    public Workbenches() {
        this(ModelCatalog.standard(), null);
    }

    /** Drains callbacks and pumps events, as the window does, until the condition holds. */
    public void runUntil(BooleanSupplier condition) {
        fx.runUntil(condition, () -> main.pump(System.nanoTime()), Duration.ofSeconds(30));
    }

    @Override
    public void close() {
        tasks.close();
    }
}
