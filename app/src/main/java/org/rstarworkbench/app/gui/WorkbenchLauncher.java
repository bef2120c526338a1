package org.rstarworkbench.app.gui;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;

import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.app.gui.settings.SavedSettings;
import org.rstarworkbench.app.gui.settings.SettingsFile;

/**
 * Starts the workbench from the command line: {@link #open} shows the window and returns when it is closed;
 * {@link #screenshot} renders it without a display (JavaFX's Monocle platform) and returns once the PNG is written.
 * JavaFX starts once per process, so call one of them once.
 */
public final class WorkbenchLauncher {

    /**
     * JavaFX warns on every start that it runs from the class path rather than as modules, which the workbench does
     * on purpose (one plain jar with its libraries); that one warning is filtered out, the logger is held here so
     * the filter sticks.
     */
    private static final Logger FX_LOG = Logger.getLogger("javafx");
    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(WorkbenchLauncher.class);

    private WorkbenchLauncher() {
    }

    private static void launch() {
        quietClassPathWarning();
        Application.launch(WorkbenchApp.class);
    }

    /** Filters JavaFX's start-up warning about running from the class path (see {@link #FX_LOG}). */
    public static void quietClassPathWarning() {
        FX_LOG.setFilter(entry -> entry.getLevel().intValue() > Level.WARNING.intValue() || entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
    }

    /**
     * Opens the window and waits until it is closed.
     *
     * @throws IllegalStateException when there is no display to open it on; the message says what to do
     */
    public static void open(WorkbenchOptions options) {
        open(options, ModelCatalog.installed());
    }

    /** As {@link #open(WorkbenchOptions)}, offering the models of {@code catalog}. */
    public static void open(WorkbenchOptions options, ModelCatalog catalog) {
        open(options, catalog, null, null);
    }

    /**
     * As {@link #open(WorkbenchOptions)}, starting from {@code saved} (read from {@code settings} before) and
     * keeping the window's settings in {@code settings} while it is open and once it has closed.
     */
    public static void open(WorkbenchOptions options, SettingsFile settings, SavedSettings saved) {
        open(options, ModelCatalog.installed(), settings, saved);
    }

    private static void open(WorkbenchOptions options, ModelCatalog catalog, SettingsFile settings,
                             SavedSettings saved) {
        if (options.screenshot() != null) {
            throw new IllegalArgumentException("use screenshot(...) to render a screenshot");
        }
        String missing = missingDisplay(System.getProperty("os.name", ""), System.getenv());
        if (missing != null && !"Monocle".equals(System.getProperty("glass.platform"))) {
            throw new IllegalStateException(missing);
        }
        WorkbenchApp.prepare(options, catalog, settings, saved);
        launch();
        SavedSettings last = WorkbenchApp.lastSettings();
        if (settings != null && last != null) {
            try {
                settings.save(last); // on this thread: the FX thread has ended
            } catch (IOException e) {
                LOG.warn("Cannot save the workbench settings to {} ({}); the next start uses the last saved ones",
                        settings.file(), e.toString());
            }
        }
    }

    /**
     * Renders the window after loading the run the options name (the demo run, or a stored run) to the options'
     * screenshot file, with no display, and returns.
     *
     * @throws ScreenshotException when the run cannot be shown or the file not written; the message says why
     */
    public static void screenshot(WorkbenchOptions options) throws ScreenshotException {
        if (options.screenshot() == null) {
            throw new IllegalArgumentException("no screenshot file given");
        }
        useHeadlessScreen();
        WorkbenchApp.prepare(options, ModelCatalog.installed());
        launch();
        String failure = WorkbenchApp.failure();
        if (failure != null) {
            throw new ScreenshotException(failure);
        }
    }

    /**
     * JavaFX on Monocle's headless screen with software rendering, large enough for the window unless
     * {@code headless.geometry} is already set. Call before the toolkit starts.
     */
    public static void useHeadlessScreen() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "3840x2160-32");
        }
    }

    /** Why no window can be shown here, or null when a display is likely there. */
    public static String missingDisplay(String osName, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return null;
        }
        if (blank(env.get("DISPLAY")) && blank(env.get("WAYLAND_DISPLAY"))) {
            return "There is no display to open the workbench window on (neither DISPLAY nor WAYLAND_DISPLAY is "
                    + "set). Run it on a desktop session, under a virtual display (xvfb-run ./rstar gui), or render "
                    + "the window to a file without one: ./rstar gui --screenshot window.png --demo";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The screenshot could not be made; the message says why. */
    public static final class ScreenshotException extends Exception {
        private static final long serialVersionUID = 1L;

        public ScreenshotException(String message) {
            super(message);
        }
    }
}
