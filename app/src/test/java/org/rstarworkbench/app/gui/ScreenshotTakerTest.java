package org.rstarworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
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

import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.visualizer.style.FillMode;

/**
 * The screenshot of the window after the demo run, and of the evaluation window on a results folder, as
 * {@code rstar gui --screenshot} takes them.
 */
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

    @Test
    void withAnEvaluationsFolderTheEvaluationWindowIsRenderedWithItsResults(FxRobot robot) throws Exception {
        Path results = dir.resolve("eval");
        try (EvalOutputs out = new EvalOutputs(results)) {
            for (String id : new String[] {"a", "b"}) {
                out.append(new EvalRow(id, "greedy-cot", 1, "3", "3", true, 1, 1, 40, 5));
                out.append(new EvalRow(id, "rstar", 4, "3", "3", id.equals("a"), 30, 300, 4000, 90));
            }
        }
        Path png = dir.resolve("evaluation.png");
        WorkbenchOptions options = new WorkbenchOptions(dir.resolve("runs.db"), null, false, png, 1200, 760,
                FillMode.VISITS, null).withEvaluation(results);
        CompletableFuture<String> done = new CompletableFuture<>();
        robot.interact(() -> new ScreenshotTaker(workbench, options,
                failure -> done.complete(failure == null ? "" : failure)).start());
        assertThat(done.get(60, TimeUnit.SECONDS)).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).as("the evaluation window's width, not the main one's").isLessThan(1200);
        TableView<?> table = robot.lookup("#evalTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
    }
}
