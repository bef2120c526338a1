package org.rstarworkbench.visualizer.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.SampleRuns;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.view.TreeDrawing;
import org.rstarworkbench.visualizer.view.TreeViewModel;

/** The tree view on a real (headless) JavaFX stage: drawing off the FX thread, clicks, collapse, scrubbing. */
@ExtendWith(ApplicationExtension.class)
class TreeViewTest {

    static final List<SearchEvent> RUN = SampleRuns.rstar(8, 42);

    final ExecutorService background = Executors.newSingleThreadExecutor();
    TreeViewModel model;
    TreeView view;

    @Start
    void start(Stage stage) {
        model = new TreeViewModel();
        view = new TreeView(model, background);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(view::close).get(5, TimeUnit.SECONDS);
        background.shutdownNow();
    }

    @Test
    void showsTheRunAndSelectsTheClickedNode(FxRobot robot) throws Exception {
        robot.interact(() -> model.appendAll(RUN));
        int size = model.tree().size();
        waitFor(() -> view.drawing() != null && view.drawing().nodes().size() == size);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        int target = model.tree().id(model.tree().child(0, 3));
        Point2D local = view.pointOf(target).orElseThrow();
        robot.clickOn(view.localToScreen(local));
        waitFor(() -> model.selected().orElse(-1) == target);
        assertThat(view.drawing().node(target)).isNotNull();
    }

    @Test
    void doubleClickCollapsesAndScrubbingRedraws(FxRobot robot) throws Exception {
        robot.interact(() -> model.appendAll(RUN));
        int size = model.tree().size();
        waitFor(() -> view.drawing() != null && view.drawing().nodes().size() == size);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        int parent = model.tree().id(model.tree().child(0, 4));
        robot.doubleClickOn(view.localToScreen(view.pointOf(parent).orElseThrow()));
        waitFor(() -> view.drawing().node(parent).collapsed());
        robot.interact(() -> {
            model.setFillMode(FillMode.VISITS);
            model.seek(model.eventCount() / 4);
        });
        int earlier = model.tree().size();
        waitFor(() -> view.drawing().fillMode() == FillMode.VISITS
                && view.drawing().totalNodes() == earlier);
        TreeDrawing drawing = view.drawing();
        assertThat(drawing.nodes()).hasSizeLessThanOrEqualTo(earlier);
    }

    @Test
    void theWheelZoomsAroundTheCursorAndDraggingPans(FxRobot robot) throws Exception {
        robot.interact(() -> model.appendAll(RUN));
        int size = model.tree().size();
        waitFor(() -> view.drawing() != null && view.drawing().nodes().size() == size);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        int target = model.tree().id(model.tree().child(0, 1));
        Point2D before = view.pointOf(target).orElseThrow();
        robot.moveTo(view.localToScreen(before));
        robot.scroll(3, javafx.geometry.VerticalDirection.UP);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Point2D zoomed = view.pointOf(target).orElseThrow();
        assertThat(zoomed.distance(before)).as("the node under the cursor stays under it").isLessThan(3);
        Point2D other = view.pointOf(0).orElseThrow();
        robot.drag(view.localToScreen(new Point2D(450, 300))).dropBy(120, 40);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        Point2D panned = view.pointOf(0).orElseThrow();
        assertThat(panned.getX() - other.getX()).isCloseTo(120, org.assertj.core.api.Assertions.within(3.0));
        assertThat(panned.getY() - other.getY()).isCloseTo(40, org.assertj.core.api.Assertions.within(3.0));
        assertThat(model.selected()).as("a drag is not a click").isEmpty();
        robot.interact(view::fit);
    }

    @Test
    void rendersTheStyledTree(FxRobot robot) throws Exception {
        robot.interact(() -> {
            model.appendAll(RUN);
            model.setFillMode(FillMode.MEAN_REWARD);
            model.highlightPathTo(model.tree().id(model.tree().size() - 1));
        });
        int size = model.tree().size();
        waitFor(() -> view.drawing() != null && view.drawing().nodes().size() == size
                && view.drawing().fillMode() == FillMode.MEAN_REWARD);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(() ->
                javafx.embed.swing.SwingFXUtils.fromFXImage(view.snapshot(null, null), null)).get(5, TimeUnit.SECONDS);
        java.nio.file.Path file = java.nio.file.Path.of("target", "exports", "fx-view.png");
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(image, "png", file.toFile());
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(colours).as("the trajectory's red").contains(0xd62728);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
