package org.rstarworkbench.app.gui.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.app.gui.WindowTest;
import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.app.gui.MainViewModel;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.visualizer.view.DrawnNode;
import org.rstarworkbench.visualizer.view.TreeDrawing;

/**
 * The trajectories panel in the whole window on a headless (Monocle) stage: a judged demo run opened for replay, a
 * candidate clicked in the list, its path highlighted in the drawn tree and the peer's completions shown.
 */
class TrajectoriesPanelTest extends WindowTest {

    static final List<SearchEvent> RUN = DemoRuns.judged(8);

    MainViewModel model() {
        return workbench.viewModel();
    }

    @Test
    void clickingACandidateHighlightsItsPathAndShowsThePeersCompletions(FxRobot robot) throws Exception {
        robot.interact(() -> model().showEvents("demo run", RUN));
        robot.clickOn("Trajectories");
        TableView<Candidate> table = robot.lookup("#candidates").queryTableView();
        waitFor(() -> model().trajectories().shownProperty().get().stage() == RunCandidates.Stage.JUDGED
                && !table.getItems().isEmpty());
        assertThat(robot.lookup("#trajectoriesHeadline").queryAs(Label.class).getText()).startsWith("Selected: ");

        Candidate pick = table.getItems().stream().filter(c -> !c.winner()).findFirst()
                .orElse(table.getItems().get(0));
        int row = table.getItems().indexOf(pick);
        Node cell = robot.lookup("#candidates .table-row-cell").nth(row).query();
        robot.clickOn(cell);

        waitFor(() -> model().tree().selected().orElse(-1) == pick.endNode() && drawnWithTrajectory(pick));
        List<Integer> path = model().tree().trajectory();
        assertThat(path.get(path.size() - 1)).isEqualTo(pick.endNode());
        TreeDrawing drawing = workbench.view().treeView().drawing();
        assertThat(drawing.nodes().stream().filter(DrawnNode::onTrajectory).map(n -> n.info().id()))
                .containsExactlyInAnyOrderElementsOf(path);
        assertThat(drawing.node(pick.endNode()).selected()).isTrue();

        VBox cards = robot.lookup("#peerCompletions").queryAs(VBox.class);
        waitFor(() -> cards.getChildren().size() == pick.check().masks().size());
        assertThat(cards.getChildren()).isNotEmpty();
        assertThat(robot.lookup("#peerCheckMessage").queryAs(Label.class).getText())
                .contains("completions reach " + pick.answerLabel());

        robot.clickOn("Compare");
        GridPane grid = robot.lookup("#comparison").queryAs(GridPane.class);
        waitFor(() -> !grid.getChildren().isEmpty());
        assertThat(robot.lookup("#compareSummary").queryAs(Label.class).getText()).isNotBlank();
    }

    /** Whether the drawn tree is the last one and highlights the candidate's end node. */
    boolean drawnWithTrajectory(Candidate c) {
        TreeDrawing d = workbench.view().treeView().drawing();
        DrawnNode end = d == null ? null : d.node(c.endNode());
        return end != null && end.onTrajectory() && end.selected();
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
