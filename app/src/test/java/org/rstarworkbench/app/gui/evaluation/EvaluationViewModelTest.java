package org.rstarworkbench.app.gui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.eval.EvalSummary;
import org.rstarworkbench.app.gui.ManualFxThread;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.tree.Problem;

class EvaluationViewModelTest {

    final ManualFxThread fx = new ManualFxThread();
    final TaskExecutor tasks = new TaskExecutor(fx);
    final List<UserError> errors = new ArrayList<>();

    @AfterEach
    void close() {
        tasks.close();
    }

    EvaluationViewModel model(ModelChoice choice) {
        EvaluationViewModel m = new EvaluationViewModel(tasks, List.of(choice, ModelChoice.endpoint()), errors::add);
        m.firstItemProperty().set(0);
        m.lastItemProperty().set(2);
        m.greedyProperty().set(true);
        m.selfConsistencyProperty().set(true);
        m.scKProperty().set("2");
        m.mctsMajorityProperty().set(false);
        m.rstarProperty().set(false);
        return m;
    }

    @Test
    void threeProblemsWithGreedyAndSelfConsistencyFillTheSummary() {
        EvaluationViewModel m = model(ModelChoice.demo());
        List<Integer> progress = new ArrayList<>();
        m.doneProperty().addListener((o, a, v) -> progress.add(v.intValue()));

        assertThat(m.start()).isTrue();
        assertThat(m.state()).isEqualTo(EvaluationState.RUNNING);
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING);

        assertThat(errors).isEmpty();
        assertThat(m.state()).isEqualTo(EvaluationState.FINISHED);
        assertThat(m.totalProperty().get()).isEqualTo(3);
        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(m.rows()).hasSize(6);
        assertThat(m.summary()).extracting(EvalSummary::method, EvalSummary::budget, EvalSummary::problems)
                .containsExactly(tuple("greedy-cot", 1, 3),
                        tuple("sc", 2, 3));
        assertThat(m.summary()).allSatisfy(s -> assertThat(s.requests()).isPositive());
        assertThat(m.progressTextProperty().get()).startsWith("3/3 problems · sc@2 ");
    }

    @Test
    void badSettingsNameTheFieldAndStartNothing() {
        EvaluationViewModel m = model(ModelChoice.demo());
        m.scKProperty().set("two");
        m.lastItemProperty().set(-1);

        assertThat(m.start()).isFalse();
        assertThat(m.state()).isEqualTo(EvaluationState.READY);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("Self-consistency samples: 'two'").contains("Items 0 to -1"));
    }

    @Test
    void cancelStopsTheEvaluationAndKeepsTheRowsSoFar() throws Exception {
        EvaluationViewModel m = model(new SlowDemo());
        m.lastItemProperty().set(49);
        m.start();
        fx.runUntil(() -> m.doneProperty().get() >= 1);

        m.cancel();
        assertThat(m.state()).isEqualTo(EvaluationState.CANCELLED);
        int rows = m.rows().size();
        Thread.sleep(300);
        fx.runPending();
        assertThat(m.state()).isEqualTo(EvaluationState.CANCELLED);
        assertThat(m.doneProperty().get()).isLessThan(50);
        assertThat(m.rows()).hasSize(rows);
        assertThat(errors).isEmpty();
        assertThat(m.progressTextProperty().get()).startsWith("Cancelled after");

        assertThat(m.start()).as("a new evaluation after the cancelled one").isTrue();
        m.cancel();
        assertThat(m.state()).isEqualTo(EvaluationState.CANCELLED);
    }

    /** The demo script, 20 ms a call, opened once: slow enough to cancel mid-way. */
    static final class SlowDemo implements ModelChoice {
        @Override
        public String label() {
            return "slow demo";
        }

        @Override
        public String description() {
            return "slow demo";
        }

        @Override
        public LanguageModel open(Endpoint endpoint, Problem problem) {
            ScriptedModel.Script script = Scripts.rstarShaped(7, 4);
            return new ScriptedModel("slow-demo", (prompt, i) -> {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                return script.complete(prompt, i);
            });
        }
    }
}
