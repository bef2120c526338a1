package org.rstarworkbench.app.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.app.gui.WindowTest;
import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.app.store.RunSummary;

/**
 * The stored-runs dialog on a real (headless, Monocle) stage: rename, compare two runs, export and delete (after
 * confirming), each reaching the store.
 */
class StoredRunsDialogTest extends WindowTest {

    @Test
    void renamesComparesExportsAndDeletesStoredRuns(FxRobot robot) throws Exception {
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        long first = OpenRunViewModelTest.record(store, DemoRuns.PROBLEM, 2, false, "first");
        long second = OpenRunViewModelTest.record(store, DemoRuns.PROBLEM, 3, true, "second");
        OpenRunDialog dialog = WaitForAsyncUtils.asyncFx(() -> workbench.view().openStoredRun())
                .get(10, TimeUnit.SECONDS);
        TableView<RunSummary> table = dialog.table();
        waitFor(() -> table.getItems().size() == 2);

        robot.interact(() -> table.getSelectionModel().clearAndSelect(index(table, first)));
        robot.clickOn("#renameRun");
        waitFor(() -> robot.lookup("#runName").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#runName").queryTextInputControl().setText("apples"));
        robot.clickOn("OK");
        waitFor(() -> table.getItems().stream().anyMatch(r -> r.id() == first && "apples".equals(r.name())));

        robot.interact(() -> table.getSelectionModel().selectAll());
        robot.clickOn("#compareRuns");
        waitFor(() -> robot.lookup("#runComparison").tryQuery().isPresent());
        GridPane grid = robot.lookup("#runComparison").queryAs(GridPane.class);
        assertThat(grid.getChildren()).filteredOn(Label.class::isInstance).map(n -> ((Label) n).getText())
                .contains("Rollouts", "2/2", "3/3", "Answers found");
        robot.interact(() -> grid.getScene().getWindow().hide());

        Path png = dir.resolve("exported.png");
        robot.interact(() -> {
            dialog.setExportTarget((run, owner) -> png);
            table.getSelectionModel().clearAndSelect(index(table, second));
        });
        robot.clickOn("#exportRun");
        waitFor(() -> Files.exists(png) && Files.size(png) > 0);

        robot.interact(() -> table.getSelectionModel().clearAndSelect(index(table, second)));
        robot.clickOn("#deleteRun");
        waitFor(() -> robot.lookup("#confirmDelete").tryQuery().isPresent());
        robot.clickOn("#confirmDelete");
        waitFor(() -> table.getItems().size() == 1);
        assertThat(store.list()).extracting(RunSummary::id).containsExactly(first);
        assertThat(robot.lookup("#runsNotice").queryAs(Label.class).getText())
                .isEqualTo("Run " + second + " was deleted.");
        robot.interact(dialog::close);
    }

    static int index(TableView<RunSummary> table, long id) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("run " + id + " is not listed");
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }
}
