package org.rstarworkbench.app.gui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.app.gui.WindowTest;
import org.rstarworkbench.app.gui.MainViewModel;
import org.rstarworkbench.app.gui.WorkbenchOptions;
import org.rstarworkbench.app.gui.history.OpenRunDialog;
import org.rstarworkbench.app.gui.look.AppearanceStyles;
import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.app.gui.run.RunState;
import org.rstarworkbench.visualizer.fx.TreeView;
import org.rstarworkbench.visualizer.view.TreeDrawing;

/**
 * The classroom features in the window (headless, Monocle): a bundled demo run opened from the File menu, then the
 * dark theme and presentation mode switched on and off from the View menu.
 */
class ClassroomInWindowTest extends WindowTest {

    @Override
    protected WorkbenchOptions options() {
        return WorkbenchOptions.window(dir.resolve("runs.db"));
    }

    MainViewModel model() {
        return workbench.viewModel();
    }

    TreeView treeView() {
        return workbench.view().treeView();
    }

    List<String> sheets() {
        return workbench.stage().getScene().getStylesheets();
    }

    double fontSize(FxRobot robot) {
        return robot.lookup("#narration").queryAs(Label.class).getFont().getSize();
    }

    @Test
    void aDemoRunOpensFromTheMenuAndTheLookChangesAtOnce(FxRobot robot) throws Exception {
        DemoRun demo = BundledDemos.all().get(0);
        robot.clickOn("File").clickOn("Open demo run");
        Label item = robot.lookup(demo.title()).queryAs(Label.class);
        assertThat(item.getTooltip().getText()).as("the item says what the run shows").isEqualTo(demo.description());
        robot.clickOn(demo.title());
        waitFor(() -> model().run().state() == RunState.REPLAY && model().tree().eventCount() > 0
                && drawnUpToDate());
        assertThat(model().titleProperty().get()).contains(demo.title());
        assertThat(model().status().statsProperty().get().verdict()).isNotNull();
        assertThat(treeView().drawing().nodes().size()).isGreaterThan(5);
        assertThat(treeView().look().dark()).isFalse();
        double normalFont = fontSize(robot);

        robot.clickOn("View").clickOn("Theme").clickOn("Dark");
        waitFor(() -> model().appearance().themeProperty().get() == Theme.DARK);
        assertThat(sheets()).anyMatch(s -> s.endsWith(Theme.DARK.styleSheet()));
        assertThat(treeView().look().dark()).isTrue();
        OpenRunDialog dialog = WaitForAsyncUtils.asyncFx(() -> workbench.view().openStoredRun()).get(10,
                TimeUnit.SECONDS);
        assertThat(dialog.getDialogPane().getScene().getStylesheets()).as("a dialog takes the window's theme")
                .anyMatch(s -> s.endsWith(Theme.DARK.styleSheet()));
        robot.interact(dialog::close);

        robot.press(KeyCode.F5).release(KeyCode.F5);
        waitFor(() -> model().appearance().presentationProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sheets()).anyMatch(s -> s.endsWith(AppearanceStyles.PRESENTATION));
        assertThat(workbench.view().getStyleClass()).contains(AppearanceStyles.PRESENTATION_CLASS);
        assertThat(treeView().look().scale()).isEqualTo(1.5);
        assertThat(fontSize(robot)).isCloseTo(normalFont * 1.5, offset(0.6));
        assertThat(robot.lookup("#find").query().isVisible()).as("less chrome").isFalse();

        robot.clickOn("View").clickOn("Presentation mode");
        robot.clickOn("View").clickOn("Theme").clickOn("Light");
        waitFor(() -> !model().appearance().presentationProperty().get()
                && model().appearance().themeProperty().get() == Theme.LIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sheets()).noneMatch(s -> s.endsWith(AppearanceStyles.PRESENTATION)
                || s.endsWith(Theme.DARK.styleSheet()));
        assertThat(treeView().look().dark()).isFalse();
        assertThat(treeView().look().scale()).isEqualTo(1.0);
        assertThat(fontSize(robot)).isEqualTo(normalFont);
        assertThat(robot.lookup("#find").query().isVisible()).isTrue();
    }

    boolean drawnUpToDate() {
        TreeDrawing d = treeView().drawing();
        return d != null && d.lastSeq() == model().tree().tree().lastSeq();
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
