package org.rstarworkbench.app.gui.bench;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

/**
 * Starts JavaFX for the benchmark, or joins it when it already runs (in tests). With no display it uses Monocle's
 * headless screen and software rendering, as {@code WorkbenchLauncher} does for {@code gui --screenshot}.
 */
final class HeadlessFx {

    /** Held so that the filter on JavaFX's start-up warning about the class path sticks (see WorkbenchLauncher). */
    private static final Logger FX_LOG = Logger.getLogger("javafx");

    private HeadlessFx() {
    }

    /**
     * Makes sure the toolkit runs.
     *
     * @return how JavaFX draws, in words
     * @throws TreeBenchException when it does not start within {@code timeoutSeconds}
     */
    static String start(long timeoutSeconds) throws TreeBenchException, InterruptedException {
        if (System.getProperty("glass.platform") == null && noDisplay()) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("java.awt.headless", "true");
            if (System.getProperty("headless.geometry") == null) {
                System.setProperty("headless.geometry", "1920x1200-32");
            }
        }
        FX_LOG.setFilter(entry -> entry.getLevel().intValue() > Level.WARNING.intValue() || entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            // The stages come and go; the process ends when the command does.
            Platform.setImplicitExit(false);
        } catch (IllegalStateException alreadyRunning) {
            Platform.runLater(started::countDown);
        }
        if (!started.await(timeoutSeconds, TimeUnit.SECONDS)) {
            throw new TreeBenchException("JavaFX did not start within " + timeoutSeconds + " s");
        }
        return platform();
    }

    private static String platform() {
        String glass = System.getProperty("glass.platform");
        String prism = System.getProperty("prism.order");
        String where = "Monocle".equals(glass)
                ? "Monocle " + System.getProperty("monocle.platform", "").toLowerCase(Locale.ROOT)
                : "display";
        return where + ", " + ("sw".equals(prism) ? "software rendering"
                : prism == null ? "default rendering" : "rendering " + prism);
    }

    private static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return false;
        }
        return blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
