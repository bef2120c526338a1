package org.rstarworkbench.app.gui.bench;

import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.rstarworkbench.app.gui.WorkbenchLauncher;

/**
 * Starts JavaFX for the benchmark, or joins it when it already runs (in tests). With no display it uses Monocle's
 * headless screen and software rendering, as {@code WorkbenchLauncher} does for {@code gui --screenshot}.
 */
final class HeadlessFx {

    private HeadlessFx() {
    }

    /**
     * Makes sure the toolkit runs.
     *
     * @return how JavaFX draws, in words
     * @throws TreeBenchException when it does not start within {@code timeoutSeconds}
     */
    static String start(long timeoutSeconds) throws TreeBenchException, InterruptedException {
        if (System.getProperty("glass.platform") == null
                && WorkbenchLauncher.missingDisplay(System.getProperty("os.name", ""), System.getenv()) != null) {
            if (System.getProperty("headless.geometry") == null) {
                System.setProperty("headless.geometry", "1920x1200-32");
            }
            WorkbenchLauncher.useHeadlessScreen();
        }
        WorkbenchLauncher.quietClassPathWarning();
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
}
