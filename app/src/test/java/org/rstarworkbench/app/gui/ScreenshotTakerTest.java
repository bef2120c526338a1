package org.rstarworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.visualizer.style.FillMode;

/** The screenshot of the window after the demo run, as {@code rstar gui --screenshot} takes it. */
@ExtendWith(ApplicationExtension.class)
class ScreenshotTakerTest {

    @TempDir
    Path dir;

    Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = Workbench.open(stage, new WorkbenchOptions(dir.resolve("runs.db"), null, false, null, 1200, 760,
                FillMode.VISITS, null), ModelCatalog.standard());
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(workbench::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void writesThePngOfTheWindowAfterTheDemoRunWithTheFeaturedNodeInspected(FxRobot robot) throws Exception {
        Path png = dir.resolve("shots").resolve("window.png");
        WorkbenchOptions options = new WorkbenchOptions(dir.resolve("runs.db"), null, true, png, 1200, 760,
                FillMode.VISITS, null);
        CompletableFuture<String> done = new CompletableFuture<>();
        robot.interact(() -> {
            workbench.viewModel().settings().rolloutsProperty().set(6);
            new ScreenshotTaker(workbench, options, failure -> done.complete(failure == null ? "" : failure))
                    .start();
        });
        assertThat(done.get(60, TimeUnit.SECONDS)).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(760);
        assertThat(workbench.viewModel().tree().selected()).isPresent();
        assertThat(workbench.viewModel().inspector().showingProperty().get()).isTrue();
        assertThat(workbench.viewModel().settings().recordProperty().get()).as("the demo is not saved").isFalse();
    }

    @Test
    void withTheTrajectoriesPanelTheAnswersTrajectoryIsPickedInItsList(FxRobot robot) throws Exception {
        Path png = dir.resolve("trajectories.png");
        WorkbenchOptions options = new WorkbenchOptions(dir.resolve("runs.db"), null, true, png, 1200, 760,
                FillMode.VISITS, null, WorkbenchOptions.Panel.TRAJECTORIES);
        CompletableFuture<String> done = new CompletableFuture<>();
        robot.interact(() -> {
            workbench.viewModel().settings().rolloutsProperty().set(6);
            new ScreenshotTaker(workbench, options, failure -> done.complete(failure == null ? "" : failure))
                    .start();
        });
        assertThat(done.get(60, TimeUnit.SECONDS)).isEmpty();
        assertThat(png).exists();
        var picked = workbench.viewModel().trajectories().selected();
        assertThat(picked).isNotNull();
        assertThat(picked.winner()).isTrue();
        assertThat(workbench.viewModel().tree().selected()).hasValue(picked.endNode());
        assertThat(workbench.viewModel().tree().trajectory()).endsWith(picked.endNode());
        assertThat(robot.lookup("#candidates").tryQuery()).hasValueSatisfying(t -> assertThat(t.isVisible()).isTrue());
    }
}
