package org.rstarworkbench.app.gui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.gui.ManualFxThread;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.app.gui.run.RunSettings;
import org.rstarworkbench.app.gui.run.SearchSession;
import org.rstarworkbench.core.model.Generation;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * An evaluated problem searched again in the workbench: the request carries the evaluation's problem and settings
 * at its largest budget, and the search it starts is answered from the evaluation's cache in the run store.
 */
class SearchAgainTest {

    final ManualFxThread fx = new ManualFxThread();
    final TaskExecutor tasks = new TaskExecutor(fx);
    final List<UserError> errors = new ArrayList<>();
    final AtomicInteger liveCalls = new AtomicInteger();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        tasks.close();
    }

    /** The demo model, counting the calls that reach it. */
    final class CountedDemo implements ModelChoice {
        @Override
        public String label() {
            return "counted demo";
        }

        @Override
        public String description() {
            return "counted demo";
        }

        @Override
        public LanguageModel open(Endpoint endpoint, Problem problem) throws ModelException {
            LanguageModel demo = ModelChoice.demo().open(endpoint, problem);
            return new LanguageModel() {
                @Override
                public String id() {
                    return demo.id();
                }

                @Override
                public List<Generation> generate(List<GenerationRequest> requests) throws ModelException,
                        InterruptedException {
                    liveCalls.incrementAndGet();
                    return demo.generate(requests);
                }
            };
        }
    }

    EvaluationViewModel evaluated(ModelChoice choice, StoredRuns store) {
        EvaluationViewModel m = new EvaluationViewModel(tasks, List.of(choice), errors::add, store);
        m.settings().firstItemProperty().set(1);
        m.settings().lastItemProperty().set(1);
        m.settings().greedyProperty().set(true);
        m.settings().selfConsistencyProperty().set(false);
        m.settings().rstarProperty().set(true);
        m.settings().rolloutsProperty().set("2,3");
        m.settings().searchProperty().set(SearchConfig.defaults().withMaxDepth(3));
        m.start();
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING, () -> { }, java.time.Duration.ofSeconds(60));
        assertThat(errors).isEmpty();
        return m;
    }

    @Test
    void theRequestHasTheEvaluationsProblemAndSettingsAndItsSearchComesFromTheCache() throws Exception {
        CountedDemo choice = new CountedDemo();
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        EvaluationViewModel m = evaluated(choice, store);
        EvalRow rstar = m.rows().stream().filter(r -> r.method().equals("rstar") && r.budget() == 3).findFirst()
                .orElseThrow();
        List<SearchRequest> asked = new ArrayList<>();
        m.setOpener(asked::add);

        m.searchInWorkbench(m.byProblemProperty().get().lines().get(0));
        fx.runPending();

        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.problem()).isEqualTo(GsmMini.testSet().get(1));
            assertThat(r.config().rollouts()).as("the largest budget").isEqualTo(3);
            assertThat(r.config().maxDepth()).isEqualTo(3);
            assertThat(r.peerCheck()).isTrue();
            assertThat(r.peer()).isEqualTo(PeerChoice.SAME);
            assertThat(r.model()).isSameAs(choice);
            assertThat(r.pack()).isEqualTo(choice.preferredPack());
        });
        SearchRequest r = asked.get(0);
        int before = liveCalls.get();
        SearchResult again = new SearchSession(new RunSettings(r.problem(), r.pack(), r.model(), r.endpoint(),
                r.config(), r.peerCheck(), r.peer(), r.peerEndpoint(), true), false, store).run();

        assertThat(liveCalls.get()).as("every answer came from the evaluation's cache").isEqualTo(before);
        assertThat(again.answer()).isEqualTo(rstar.answer());
    }

    @Test
    void resultsOpenedFromAFolderFindTheirProblemInTheFormsDataset() {
        EvaluationViewModel m = new EvaluationViewModel(tasks, List.of(ModelChoice.demo()), errors::add);
        List<SearchRequest> asked = new ArrayList<>();
        m.setOpener(asked::add);
        String id = GsmMini.testSet().get(7).id();
        ProblemResults.Line line = ProblemResults.of(List.of(new EvalRow(id, "rstar", 8, "5", "5", true, 1, 1, 1,
                1))).lines().get(0);

        m.searchInWorkbench(line);
        fx.runUntil(() -> !asked.isEmpty() || !errors.isEmpty());

        assertThat(errors).isEmpty();
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.problem().id()).isEqualTo(id);
            assertThat(r.config().rollouts()).isEqualTo(8);
        });
    }

    @Test
    void aProblemInNoDatasetAtHandIsNamed() {
        EvaluationViewModel m = new EvaluationViewModel(tasks, List.of(ModelChoice.demo()), errors::add);
        List<SearchRequest> asked = new ArrayList<>();
        m.setOpener(asked::add);
        ProblemResults.Line line = ProblemResults.of(List.of(new EvalRow("elsewhere/3", "rstar", 8, "5", "5", true,
                1, 1, 1, 1))).lines().get(0);

        m.searchInWorkbench(line);
        fx.runUntil(() -> !errors.isEmpty());

        assertThat(asked).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail())
                .contains("Problem elsewhere/3 is not in gsm-mini").contains("set Dataset"));
    }
}
