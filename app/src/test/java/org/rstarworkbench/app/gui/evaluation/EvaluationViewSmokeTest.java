package org.rstarworkbench.app.gui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.chart.LineChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import org.rstarworkbench.app.eval.EvalSummary;
import org.rstarworkbench.app.gui.WindowTest;
import org.rstarworkbench.app.gui.run.RunState;

/** The evaluation window opened from the workbench's menu, headless (Monocle), with the demo model. */
class EvaluationViewSmokeTest extends WindowTest {

    @Test
    void aTwoProblemEvaluationFillsTheTable(FxRobot robot) throws Exception {
        robot.clickOn("Evaluate");
        robot.clickOn("#menuEvaluate");
        WaitForAsyncUtils.waitForFxEvents();
        EvaluationViewModel model = robot.lookup("#evalTable").queryAs(TableView.class).getScene().getRoot()
                instanceof EvaluationView v ? viewModelOf(v) : null;
        assertThat(model).isNotNull();
        robot.interact(() -> {
            model.settings().lastItemProperty().set(1);
            model.settings().rstarProperty().set(false);
            model.settings().scKProperty().set("2");
        });
        robot.clickOn("#evalStart");
        waitFor(() -> model.state() == EvaluationState.FINISHED);

        TableView<?> table = robot.lookup("#evalTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        assertThat(model.summary()).extracting(EvalSummary::method).containsExactly("greedy-cot", "sc");
        assertThat(model.summary()).allSatisfy(s -> assertThat(s.problems()).isEqualTo(2));
        assertThat(robot.lookup("#evalProgress").queryLabeled().getText()).startsWith("Finished: 2/2 problems");
        assertThat(robot.lookup("#evalChart").queryAs(LineChart.class).getData()).hasSize(2);
        assertThat(robot.lookup("#evalCancel").queryButton().isDisabled()).isTrue();

        LineChart<?, ?> chart = robot.lookup("#evalChart").queryAs(LineChart.class);
        robot.interact(() -> robot.lookup("#evalChartAcross").queryAs(ChoiceBox.class)
                .getSelectionModel().select(ScalingPlot.Across.TOKENS));
        assertThat(chart.getXAxis().getLabel()).isEqualTo("mean tokens per problem");
        EvalSummary sc = model.summary().get(1);
        assertThat(((Number) chart.getData().get(1).getData().get(0).getXValue()).doubleValue())
                .isCloseTo(Math.log10(sc.tokens()), within(1e-9));
        robot.interact(() -> ((Stage) table.getScene().getWindow()).close());
    }

    @Test
    void anEvaluatedProblemIsSearchedAgainInTheMainWindow(FxRobot robot) throws Exception {
        robot.clickOn("Evaluate");
        robot.clickOn("#menuEvaluate");
        WaitForAsyncUtils.waitForFxEvents();
        EvaluationView view = (EvaluationView) robot.lookup("#evalTable").queryAs(TableView.class).getScene()
                .getRoot();
        EvaluationViewModel model = view.viewModel();
        robot.interact(() -> {
            model.settings().lastItemProperty().set(0);
            model.settings().selfConsistencyProperty().set(false);
            model.settings().rolloutsProperty().set("3");
        });
        robot.clickOn("#evalStart");
        waitFor(() -> model.state() == EvaluationState.FINISHED);
        String evaluated = model.rows().stream().filter(r -> r.method().equals("rstar")).findFirst().orElseThrow()
                .answer();

        robot.clickOn("Problems");
        TableView<ProblemResults.Line> problems = view.problemsTable();
        assertThat(problems.getItems()).hasSize(1);
        assertThat(problems.getColumns()).extracting(TableColumn::getText)
                .containsExactly("problem", "gold", "greedy-cot@1", "rstar@3");
        robot.interact(() -> problems.getSelectionModel().select(0));
        robot.clickOn("#evalSearchProblem");

        var main = workbench.viewModel();
        waitFor(() -> main.run().state() == RunState.FINISHED);
        assertThat(main.settings().rolloutsProperty().get()).isEqualTo(3);
        assertThat(main.settings().peerProperty().get()).isTrue();
        assertThat(main.status().statsProperty().get().verdict().answer()).isEqualTo(evaluated);
        robot.interact(() -> ((Stage) problems.getScene().getWindow()).close());
    }

    private static EvaluationViewModel viewModelOf(EvaluationView view) {
        return view.viewModel();
    }

    static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
    }
}
