package org.rstarworkbench.app.gui;

import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.gui.run.ModelCatalog;

/**
 * The JavaFX application. {@link WorkbenchLauncher} hands it its options before launching it (JavaFX creates the
 * instance itself), and reads back how a screenshot went.
 */
public final class WorkbenchApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApp.class);
    private static final AtomicReference<WorkbenchOptions> OPTIONS = new AtomicReference<>();
    private static final AtomicReference<ModelCatalog> CATALOG = new AtomicReference<>(ModelCatalog.standard());
    private static final AtomicReference<String> FAILURE = new AtomicReference<>();

    private Workbench workbench;

    static void prepare(WorkbenchOptions options, ModelCatalog catalog) {
        OPTIONS.set(options);
        CATALOG.set(catalog);
        FAILURE.set(null);
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
            workbench = Workbench.open(stage, options, CATALOG.get());
            return;
        }
        WorkbenchOptions quiet = new WorkbenchOptions(options.store(), null, false, null, options.width(),
                options.height(), options.fill(), null, options.panel());
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
