package org.rstarworkbench.app.gui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.cli.LoopbackServer;
import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSummary;
import org.rstarworkbench.app.gui.ManualFxThread;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.gsmmini.GsmMini;
import org.rstarworkbench.samples.models.TinyModels;

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
        m.settings().firstItemProperty().set(0);
        m.settings().lastItemProperty().set(2);
        m.settings().greedyProperty().set(true);
        m.settings().selfConsistencyProperty().set(true);
        m.settings().scKProperty().set("2");
        m.settings().mctsMajorityProperty().set(false);
        m.settings().rstarProperty().set(false);
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
        m.settings().scKProperty().set("two");
        m.settings().lastItemProperty().set(-1);

        assertThat(m.start()).isFalse();
        assertThat(m.state()).isEqualTo(EvaluationState.READY);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("Self-consistency samples: 'two'").contains("Items 0 to -1"));
    }

    @Test
    void cancelStopsTheEvaluationAndKeepsTheRowsSoFar() throws Exception {
        EvaluationViewModel m = model(new SlowDemo());
        m.settings().lastItemProperty().set(49);
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

    @Test
    void aResultsFolderGetsEveryRowAndTheSummaryAndIsRefusedAgainWithoutContinue(@TempDir Path dir)
            throws Exception {
        EvaluationViewModel m = model(ModelChoice.demo());
        m.settings().lastItemProperty().set(1);
        m.settings().outFolderProperty().set(dir.toString());
        m.start();
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING);
        assertThat(m.state()).isEqualTo(EvaluationState.FINISHED);
        assertThat(EvalOutputs.read(dir)).hasSize(4);
        assertThat(dir.resolve("summary.txt")).exists();
        assertThat(dir.resolve("scaling.png")).exists();
        assertThat(dir.resolve("by-operations.txt")).exists();

        m.settings().lastItemProperty().set(2);
        m.start();
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING);
        assertThat(m.state()).isEqualTo(EvaluationState.FAILED);
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail())
                .contains(dir.toString()).contains("already holds 4 results").contains("Continue"));
        assertThat(errors.get(0).action()).contains("in this window");
        assertThat(EvalOutputs.read(dir)).as("the folder is left as it was").hasSize(4);
    }

    @Test
    void continueKeepsTheFoldersRowsAndComputesOnlyTheMissingOnes(@TempDir Path dir) throws Exception {
        EvaluationViewModel m = model(ModelChoice.demo());
        m.settings().lastItemProperty().set(1);
        m.settings().outFolderProperty().set(dir.toString());
        m.start();
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING);
        List<String> firstKeys = EvalOutputs.read(dir).stream().map(EvalRow::key).toList();

        m.settings().lastItemProperty().set(2);
        m.settings().resumeProperty().set(true);
        m.start();
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING);

        assertThat(errors).isEmpty();
        assertThat(m.state()).isEqualTo(EvaluationState.FINISHED);
        List<EvalRow> all = EvalOutputs.read(dir);
        assertThat(all).hasSize(6);
        assertThat(all.subList(0, 4)).extracting(EvalRow::key).containsExactlyElementsOf(firstKeys);
        assertThat(all.subList(4, 6)).extracting(EvalRow::problem).containsOnly(
                GsmMini.testSet().get(2).id());
        assertThat(m.rows()).hasSize(6);
        assertThat(m.summary()).allSatisfy(s -> assertThat(s.problems()).isEqualTo(3));
        assertThat(m.progressTextProperty().get()).contains("4 results kept from the folder");
    }

    @Test
    void openingAResultsFolderShowsItsSummaryAndSetsUpContinue(@TempDir Path dir) {
        EvaluationViewModel first = model(ModelChoice.demo());
        first.settings().outFolderProperty().set(dir.toString());
        first.start();
        fx.runUntil(() -> first.state() != EvaluationState.RUNNING);

        EvaluationViewModel m = model(ModelChoice.demo());
        m.settings().firstItemProperty().set(5);
        m.settings().lastItemProperty().set(40);
        m.settings().rstarProperty().set(true);
        m.settings().scKProperty().set("16");
        assertThat(m.openResults(dir)).isTrue();
        fx.runUntil(() -> m.state() == EvaluationState.OPENED || !errors.isEmpty());

        assertThat(errors).isEmpty();
        assertThat(m.rows()).hasSize(6);
        assertThat(m.summary()).containsExactlyElementsOf(first.summary());
        assertThat(m.settings().outFolderProperty().get()).isEqualTo(dir.toString());
        assertThat(m.settings().resumeProperty().get()).isTrue();
        assertThat(m.progressTextProperty().get()).startsWith("6 results on 3 problems from ");
        EvaluationSettings form = m.settings();
        assertThat(form.firstItemProperty().get()).isZero();
        assertThat(form.lastItemProperty().get()).isEqualTo(2);
        assertThat(form.rstarProperty().get()).as("the folder has no rstar rows").isFalse();
        assertThat(form.greedyProperty().get()).isTrue();
        assertThat(form.scKProperty().get()).isEqualTo("2");

        m.start();
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING);
        assertThat(errors).isEmpty();
        assertThat(m.progressTextProperty().get()).as("Start continues: nothing is missing")
                .contains("6 results kept from the folder");
        assertThat(m.rows()).hasSize(6);
    }

    @Test
    void aFolderWithoutResultsIsNamedAndNothingChanges(@TempDir Path dir) {
        EvaluationViewModel m = model(ModelChoice.demo());
        m.openResults(dir);
        fx.runUntil(() -> !errors.isEmpty());

        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail())
                .contains(dir.toString()).contains("holds no results.jsonl"));
        assertThat(m.state()).isEqualTo(EvaluationState.READY);
        assertThat(m.settings().resumeProperty().get()).isFalse();
    }

    @Test
    void continueWithoutAFolderIsABadSetting() {
        EvaluationViewModel m = model(ModelChoice.demo());
        m.settings().resumeProperty().set(true);

        assertThat(m.start()).isFalse();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("Continue is ticked but the results folder is empty"));
    }

    @Test
    void thePeerIsCheckedOnlyWhenRStarRuns() {
        EvaluationViewModel m = model(ModelChoice.demo());
        m.settings().peer().choiceProperty().set(PeerChoice.ENDPOINT);
        m.settings().peer().endpointUrlProperty().set("");
        assertThat(m.settings().rstarProperty().get()).isFalse();
        assertThat(m.start()).as("no rStar, no peer").isTrue();
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING);

        m.settings().rstarProperty().set(true);
        assertThat(m.start()).isFalse();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("Peer endpoint URL is empty"));
    }

    @Test
    void rStarAsksThePeerChosenInTheWindowWithTheSearchSettingsGiven() throws Exception {
        try (LoopbackServer peerServer = new LoopbackServer()) {
            EvaluationViewModel m = model(ModelChoice.demo());
            m.settings().lastItemProperty().set(0);
            m.settings().greedyProperty().set(false);
            m.settings().selfConsistencyProperty().set(false);
            m.settings().rstarProperty().set(true);
            m.settings().rolloutsProperty().set("2");
            m.settings().searchProperty().set(SearchConfig.defaults().withMaxDepth(3).withActions(true, false));
            m.settings().peer().choiceProperty().set(PeerChoice.ENDPOINT);
            m.settings().peer().endpointUrlProperty().set(peerServer.baseUrl());
            m.settings().peer().endpointModelProperty().set("peer");

            m.start();
            fx.runUntil(() -> m.state() != EvaluationState.RUNNING);

            assertThat(errors).isEmpty();
            assertThat(m.rows()).singleElement().satisfies(r -> assertThat(r.method()).isEqualTo("rstar"));
            assertThat(peerServer.requests.get()).as("the peer's completions came from its endpoint").isPositive();
        }
    }

    @Test
    void theBundledModelsEvaluateTwoProblemsAtOnceWithTheBundledPeer(@TempDir Path dir) throws Exception {
        assumeTrue(TinyModels.available(), "the bundled tiny models are not on the class path");
        EvaluationViewModel m = model(ModelChoice.bundled());
        m.settings().lastItemProperty().set(1);
        m.settings().greedyProperty().set(true);
        m.settings().selfConsistencyProperty().set(false);
        m.settings().rstarProperty().set(true);
        m.settings().rolloutsProperty().set("2");
        m.settings().peer().choiceProperty().set(PeerChoice.BUNDLED);
        m.settings().parallelProperty().set(2);
        m.settings().outFolderProperty().set(dir.toString());

        m.start();
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING, () -> { }, Duration.ofSeconds(120));

        assertThat(errors).isEmpty();
        assertThat(m.state()).isEqualTo(EvaluationState.FINISHED);
        assertThat(m.rows()).extracting(EvalRow::method).containsExactlyInAnyOrder("greedy-cot", "greedy-cot",
                "rstar", "rstar");
        assertThat(m.rows()).filteredOn(r -> r.method().equals("rstar"))
                .allSatisfy(r -> assertThat(r.requests()).as("search and peer calls").isGreaterThan(2));
        assertThat(EvalOutputs.read(dir)).hasSize(4);
    }

    @Test
    void theFormDescribesTheSearchSettingsInOneLine() {
        assertThat(EvaluationSettings.describe(SearchConfig.defaults().withActions(false, true)))
                .isEqualTo("depth 5 · c 2.00 · votes 10/32 · A1 off · A5 on · seed 42");
    }

    @Test
    void badSearchSettingsAndProblemsAtOnceAreNamed() {
        EvaluationViewModel m = model(ModelChoice.demo());
        m.settings().rstarProperty().set(true);
        m.settings().searchProperty().set(SearchConfig.defaults().withMaxDepth(0));
        m.settings().parallelProperty().set(0);

        assertThat(m.start()).isFalse();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("Search settings (from the run panel): maxDepth").contains("Problems at once must be 1 to"));
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
