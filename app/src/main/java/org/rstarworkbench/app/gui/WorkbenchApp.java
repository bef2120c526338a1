package org.rstarworkbench.app.gui;

import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.app.gui.settings.SavedSettings;
import org.rstarworkbench.app.gui.settings.SettingsFile;
import org.rstarworkbench.app.gui.settings.SettingsKeeper;

/**
 * The JavaFX application. {@link WorkbenchLauncher} hands it its options before launching it (JavaFX creates the
 * instance itself), and reads back how a screenshot went.
 */
public final class WorkbenchApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    private static final AtomicReference<WorkbenchOptions> OPTIONS = new AtomicReference<>();
    private static final AtomicReference<ModelCatalog> CATALOG = new AtomicReference<>(ModelCatalog.standard());
    private static final AtomicReference<String> FAILURE = new AtomicReference<>();
    private static final AtomicReference<SettingsFile> SETTINGS = new AtomicReference<>();
    private static final AtomicReference<SavedSettings> SAVED = new AtomicReference<>();
    private static final AtomicReference<SavedSettings> LAST = new AtomicReference<>();

    private Workbench workbench;

    static void prepare(WorkbenchOptions options, ModelCatalog catalog) {
        prepare(options, catalog, null, null);
    }

    /**
     * @param settings where the window's settings are kept while it is open, or null to keep none
     * @param saved    the settings read from there before launching, or null
     */
    static void prepare(WorkbenchOptions options, ModelCatalog catalog, SettingsFile settings, SavedSettings saved) {
        OPTIONS.set(options);
        CATALOG.set(catalog);
        FAILURE.set(null);
        SETTINGS.set(settings);
        SAVED.set(saved);
        LAST.set(null);
    }

    /** The window's settings as it closed, or null when none are kept. */
    static SavedSettings lastSettings() {
        return LAST.get();
    }

    /** Why the screenshot could not be taken, or null when it was written (or none was asked for). */
    static String failure() {
        return FAILURE.get();
    }

    @Override
    public void start(Stage stage) {
        WorkbenchOptions options = OPTIONS.get();
        if (options == null) {
            throw new IllegalStateException("start the workbench with WorkbenchLauncher, which passes its options");
        }
        if (options.screenshot() == null) {
            workbench = Workbench.open(stage, options, CATALOG.get(), SAVED.get());
            if (SETTINGS.get() != null) {
                SettingsKeeper.keep(workbench.viewModel(), stage, workbench.tasks(), SETTINGS.get(), LAST::set);
            }
            return;
        }
        WorkbenchOptions quiet = new WorkbenchOptions(options.store(), null, false, null, options.width(),
                options.height(), options.fill(), null, options.panel()).withLook(options.theme(),
                options.presentation()); // the screenshot taker opens the run itself
        workbench = Workbench.open(stage, quiet, CATALOG.get());
        new ScreenshotTaker(workbench, options, failure -> {
            if (failure != null) {
                FAILURE.set(failure);
                LOG.debug("No screenshot: {}", failure);
            }
            Platform.exit();
        }).start();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
        }
    }
}
