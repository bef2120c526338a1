package org.rstarworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.RunState;
import org.rstarworkbench.app.store.Recording;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.visualizer.fx.TreeView;
import org.rstarworkbench.visualizer.style.FillMode;
import org.rstarworkbench.visualizer.view.TreeDrawing;

/**
 * The whole window on a real (headless, Monocle) JavaFX stage with the demo model: a live search, pause and step,
 * scrubbing, the inspector, and a stored run opened from the store.
 */
class WorkbenchSmokeTest extends WindowTest {

    MainViewModel model() {
        return workbench.viewModel();
    }

    TreeView treeView() {
        return workbench.view().treeView();
    }

    /** Waits for the problem list, then asks for 4 rollouts, not saved. */
    void smallRun(FxRobot robot) throws Exception {
        waitFor(() -> !model().settings().questionProperty().get().isBlank());
        robot.interact(() -> {
            model().settings().rolloutsProperty().set(4);
            model().settings().recordProperty().set(false);
        });
    }

    /** Whether the tree view shows the whole tree of the event shown. */
    boolean drawnUpToDate() {
        TreeDrawing d = treeView().drawing();
        return d != null && d.lastSeq() == model().tree().tree().lastSeq() && d.totalNodes() == model().tree().tree()
                .size();
    }

    long rollouts() {
        return model().events().stream().filter(RolloutFinished.class::isInstance).count();
    }

    @Test
    void aLiveSearchRunsToTheEndAndItsNodesAppear(FxRobot robot) throws Exception {
        smallRun(robot);
        robot.clickOn("#runToEnd");
        waitFor(() -> model().run().state() == RunState.FINISHED && drawnUpToDate());
        assertThat(rollouts()).isEqualTo(4);
        assertThat(treeView().drawing().nodes().size()).isGreaterThan(10);
        assertThat(robot.lookup("#statusRollouts").queryAs(Label.class).getText()).isEqualTo("4/4 rollouts");
        assertThat(robot.lookup("#statusAnswer").queryAs(Label.class).getText()).startsWith("Answer: ");
        assertThat(robot.lookup("#narration").queryAs(Label.class).getText()).startsWith("The search finished");
        assertThat(robot.lookup("#play").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#cancel").queryButton().isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#fillMode").<FillMode>queryComboBox().setValue(FillMode.VERDICT));
        waitFor(() -> treeView().drawing().fillMode() == FillMode.VERDICT);
        assertThat(treeView().drawing().legend().title()).isEqualTo("Peer verdict");
        assertThat(treeView().drawing().nodes()).as("the peer's winner").anyMatch(n -> n.fillPosition() == 1.0);
    }

    @Test
    void aPlayingSearchPausesAndStepsOneRolloutAtATime(FxRobot robot) throws Exception {
        smallRun(robot);
        robot.interact(() -> model().run().playDelayMillisProperty().set(1000));
        robot.clickOn("#play");
        waitFor(() -> rollouts() >= 1);
        robot.clickOn("#pause");
        waitFor(() -> model().run().state() == RunState.PAUSED);
        assertThat(robot.lookup("#pause").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#play").queryButton().getText()).isEqualTo("▶ Resume");
        long before = rollouts();
        assertThat(before).isLessThan(4);

        robot.clickOn("#stepRollout");
        waitFor(() -> model().run().state() == RunState.PAUSED && rollouts() == before + 1);
        long calls = model().events().stream().filter(ModelCalled.class::isInstance).count();
        if (before + 1 < 4) {
            robot.clickOn("#stepCall");
            waitFor(() -> model().run().state() == RunState.PAUSED
                    && model().events().stream().filter(ModelCalled.class::isInstance).count() == calls + 1);
        }
        robot.clickOn("#cancel");
        waitFor(() -> model().run().state() == RunState.CANCELLED);
        assertThat(rollouts()).isLessThanOrEqualTo(before + 1);
    }

    @Test
    void scrubbingTheTimelineBackShowsFewerNodes(FxRobot robot) throws Exception {
        smallRun(robot);
        robot.clickOn("#runToEnd");
        waitFor(() -> model().run().state() == RunState.FINISHED && drawnUpToDate());
        int all = model().tree().tree().size();
        Slider slider = robot.lookup("#timeline").queryAs(Slider.class);
        robot.interact(() -> slider.setValue(slider.getMax() / 4));
        waitFor(() -> drawnUpToDate() && treeView().drawing().totalNodes() < all);
        assertThat(model().timeline().followLiveProperty().get()).isFalse();
        assertThat(robot.lookup("#liveToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isFalse();
        assertThat(robot.lookup("#timelinePosition").queryAs(Label.class).getText())
                .isEqualTo("event " + (int) Math.round(slider.getMax() / 4) + " of " + (int) slider.getMax());

        int shown = model().tree().tree().size();
        robot.clickOn("#stepBack");
        waitFor(() -> model().timeline().positionProperty().get() == (int) Math.round(slider.getMax() / 4) - 1);
        assertThat(model().tree().tree().size()).isLessThanOrEqualTo(shown);
        robot.clickOn("#liveToggle");
        waitFor(() -> drawnUpToDate() && treeView().drawing().totalNodes() == all);
    }

    @Test
    void selectingANodeShowsItsPromptInTheInspector(FxRobot robot) throws Exception {
        smallRun(robot);
        robot.clickOn("#runToEnd");
        waitFor(() -> model().run().state() == RunState.FINISHED && drawnUpToDate());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // the viewer paints on its own timer
        int target = model().tree().tree().id(model().tree().tree().child(0, 0));
        Point2D at = treeView().pointOf(target).orElseThrow();
        robot.clickOn(treeView().localToScreen(at));
        waitFor(() -> model().tree().selected().orElse(-1) == target
                && model().inspector().showingProperty().get());
        TextArea prompt = robot.lookup("#inspectorPrompt").queryAs(TextArea.class);
        assertThat(prompt.getText()).contains(model().settings().questionProperty().get().strip());
        assertThat(robot.lookup("#inspectorHeading").queryAs(Label.class).getText()).startsWith("#" + target + " ");
        assertThat(model().inspector().completions()).isNotEmpty();
    }

    @Test
    void aStoredRunOpensForReplay(FxRobot robot) throws Exception {
        Problem problem = new Problem("gsm-mini-test/7", "Ann has 3 apples. Bob gives her 4 more. How many apples "
                + "does Ann have now?", "7");
        long id;
        try (RunStore store = new StoredRuns(dir.resolve("runs.db")).open()) {
            Recording rec = Recording.start(store, new ScriptedModel(ModelChoice.Demo.ID, Scripts.rstarShaped(7, 4)),
                    "stored for the test", null);
            RStar.builder().setModel(rec.model()).setPack(PromptPacks.bundled("gsm8k"))
                    .optConfig(SearchConfig.defaults().withRollouts(5)).build().search(problem, rec.recorder());
            id = rec.runId();
        }
        robot.clickOn("File").clickOn("Open stored run…");
        waitFor(() -> robot.lookup("#storedRuns").tryQuery().isPresent()
                && !robot.lookup("#storedRuns").queryTableView().getItems().isEmpty());
        robot.clickOn("#openStoredRun");
        waitFor(() -> model().run().state() == RunState.REPLAY && drawnUpToDate());
        assertThat(rollouts()).isEqualTo(5);
        assertThat(workbench.stage().getTitle()).contains("stored run " + id).contains("stored for the test");
        assertThat(model().settings().questionProperty().get()).isEqualTo(problem.question());

        Slider slider = robot.lookup("#timeline").queryAs(Slider.class);
        int all = model().tree().tree().size();
        robot.interact(() -> slider.setValue(slider.getMax() / 2));
        waitFor(() -> drawnUpToDate() && treeView().drawing().totalNodes() < all);
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }
}
