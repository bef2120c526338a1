package org.rstarworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.visualizer.style.FillMode;

/**
 * The whole window on a real (headless, Monocle) JavaFX stage with the standard model catalog and a store in a
 * temporary folder; every error the window reports fails the test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {

    /** How long a test waits for the window to reach a state. */
    protected static final long WAIT_SECONDS = 30;

    @TempDir
    protected Path dir;

    protected Workbench workbench;
    protected final List<UserError> errors = new CopyOnWriteArrayList<>();

    /** Opens the window on TestFX's primary stage (TestFX finds {@code @Start} methods only in the test class). */
    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.setupStage(stage -> {
            workbench = Workbench.open(stage, options(), ModelCatalog.standard());
            workbench.viewModel().setErrorSink(errors::add);
        });
    }

    /** The window's options: 1280×800, Q/N fill, the store in {@link #dir}. */
    protected WorkbenchOptions options() {
        return new WorkbenchOptions(dir.resolve("runs.db"), null, false, null, 1280, 800, FillMode.MEAN_REWARD, null);
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(workbench::close).get(10, TimeUnit.SECONDS);
        assertThat(errors).isEmpty();
    }
}
