package org.rstarworkbench.app.gui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
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
import org.rstarworkbench.samples.models.TinyModels;

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

    /** A model choice whose generator and peer count the calls that reach them. */
    final class Counted implements ModelChoice {
        private final ModelChoice choice;

        Counted(ModelChoice choice) {
            this.choice = choice;
        }

        @Override
        public String label() {
            return "counted " + choice.label();
        }

        @Override
        public String description() {
            return label();
        }

        @Override
        public String preferredPack() {
            return choice.preferredPack();
        }

        @Override
        public LanguageModel open(Endpoint endpoint, Problem problem) throws ModelException {
            return counted(choice.open(endpoint, problem));
        }

        @Override
        public LanguageModel openPeer(Endpoint endpoint, Problem problem) throws ModelException {
            LanguageModel peer = choice.openPeer(endpoint, problem);
            return peer == null ? null : counted(peer);
        }

        private LanguageModel counted(LanguageModel model) {
            return new LanguageModel() {
                @Override
                public String id() {
                    return model.id();
                }

                @Override
                public List<Generation> generate(List<GenerationRequest> requests) throws ModelException,
                        InterruptedException {
                    liveCalls.incrementAndGet();
                    return model.generate(requests);
                }

                @Override
                public void close() {
                    model.close();
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
        fx.runUntil(() -> m.state() != EvaluationState.RUNNING, () -> { }, Duration.ofSeconds(60));
        assertThat(errors).isEmpty();
        return m;
    }

    static EvalRow rstarAt3(EvaluationViewModel m) {
        return m.rows().stream().filter(r -> r.method().equals("rstar") && r.budget() == 3).findFirst()
                .orElseThrow();
    }

    /** Asks to search the first evaluated problem again; returns what reached the workbench. */
    List<RunSettings> searchAgain(EvaluationViewModel m) {
        List<RunSettings> asked = new ArrayList<>();
        m.setOpener(asked::add);
        m.searchInWorkbench(m.byProblemProperty().get().lines().get(0));
        fx.runPending();
        return asked;
    }

    @Test
    void theRequestHasTheEvaluationsProblemAndSettingsAndItsSearchComesFromTheCache() throws Exception {
        Counted choice = new Counted(ModelChoice.demo());
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        EvaluationViewModel m = evaluated(choice, store);
        EvalRow rstar = rstarAt3(m);
        List<RunSettings> asked = searchAgain(m);

        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.problem()).isEqualTo(GsmMini.testSet().get(1));
            assertThat(r.config().rollouts()).as("the largest budget").isEqualTo(3);
            assertThat(r.config().maxDepth()).isEqualTo(3);
            assertThat(r.peer()).isTrue();
            assertThat(r.record()).as("recorded, so the cache is read").isTrue();
            assertThat(r.peerModel()).isEqualTo(PeerChoice.SAME);
            assertThat(r.model()).isSameAs(choice);
            assertThat(r.pack()).isEqualTo(choice.preferredPack());
        });
        RunSettings r = asked.get(0);
        int before = liveCalls.get();
        SearchResult again = new SearchSession(r, false, store).run();

        assertThat(liveCalls.get()).as("every answer came from the evaluation's cache").isEqualTo(before);
        assertThat(again.answer()).isEqualTo(rstar.answer());
    }

    @Test
    void withTheBundledModelsTheSearchAgainIsAnsweredFromTheCacheToo() throws Exception {
        assumeTrue(TinyModels.available(), "the bundled tiny models are not on the class path");
        Counted choice = new Counted(ModelChoice.bundled());
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        EvaluationViewModel m = evaluated(choice, store);
        EvalRow rstar = rstarAt3(m);
        RunSettings r = searchAgain(m).get(0);
        int before = liveCalls.get();

        SearchResult again = new SearchSession(r, false, store).run();

        assertThat(r.pack()).isEqualTo(TinyModels.PACK);
        assertThat(liveCalls.get()).as("generator and peer answered from the cache").isEqualTo(before);
        assertThat(again.answer()).isEqualTo(rstar.answer());
    }

    @Test
    void resultsOpenedFromAFolderFindTheirProblemInTheFormsDataset() {
        EvaluationViewModel m = new EvaluationViewModel(tasks, List.of(ModelChoice.demo()), errors::add);
        List<RunSettings> asked = new ArrayList<>();
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
    void aFolderTheWindowWroteIsSearchedAgainWithItsOwnModelAndSettings() throws Exception {
        Path out = dir.resolve("eval");
        EvaluationViewModel first = new EvaluationViewModel(tasks, List.of(ModelChoice.demo()), errors::add);
        first.settings().lastItemProperty().set(1);
        first.settings().firstItemProperty().set(1);
        first.settings().selfConsistencyProperty().set(false);
        first.settings().rolloutsProperty().set("2");
        first.settings().searchProperty().set(SearchConfig.defaults().withMaxDepth(3).withSeed(5));
        first.settings().outFolderProperty().set(out.toString());
        first.start();
        fx.runUntil(() -> first.state() != EvaluationState.RUNNING, () -> { }, Duration.ofSeconds(60));

        EvaluationViewModel m = new EvaluationViewModel(tasks, List.of(ModelChoice.endpoint(), ModelChoice.demo()),
                errors::add);
        List<RunSettings> asked = new ArrayList<>();
        m.setOpener(asked::add);
        m.openResults(out);
        fx.runUntil(() -> m.state() == EvaluationState.OPENED || !errors.isEmpty());
        m.searchInWorkbench(m.byProblemProperty().get().lines().get(0));
        fx.runUntil(() -> !asked.isEmpty() || !errors.isEmpty());

        assertThat(errors).isEmpty();
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.model()).as("from setup.json").isEqualTo(ModelChoice.demo());
            assertThat(r.pack()).isEqualTo(ModelChoice.demo().preferredPack());
            assertThat(r.config()).isEqualTo(SearchConfig.defaults().withMaxDepth(3).withSeed(5).withRollouts(2));
            assertThat(r.problem().id()).isEqualTo(GsmMini.testSet().get(1).id());
        });
    }

    @Test
    void aProblemInNoDatasetAtHandIsNamed() {
        EvaluationViewModel m = new EvaluationViewModel(tasks, List.of(ModelChoice.demo()), errors::add);
        List<RunSettings> asked = new ArrayList<>();
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
