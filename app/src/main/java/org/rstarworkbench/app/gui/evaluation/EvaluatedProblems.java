package org.rstarworkbench.app.gui.evaluation;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.rstarworkbench.app.eval.EvalSetup;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.app.gui.run.RunSettings;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.data.Datasets;

/**
 * Turns a line of the evaluation's per-problem results into the {@link RunSettings} of a recorded workbench run
 * (recorded, so its model answers are read from the store's cache, where the evaluation left them): the problem
 * (known from the evaluation that ran, else read from the form's dataset off the FX thread) with the settings of
 * the evaluation that ran last, or of the form for results opened from a folder.
 *
 * <p>Threading: the FX thread (in tests, the thread that drains the executor's callbacks).
 */
final class EvaluatedProblems {

    private final TaskExecutor tasks;
    private final EvaluationSettings form;
    private final Map<String, Problem> known = new HashMap<>();
    private EvaluationPlan plan;
    private String openedPack;

    EvaluatedProblems(TaskExecutor tasks, EvaluationSettings form) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.form = Objects.requireNonNull(form, "form");
    }

    /** An evaluation with {@code used} started on {@code problems}. */
    void started(EvaluationPlan used, List<Problem> problems) {
        plan = used;
        problems.forEach(p -> known.put(p.id(), p));
    }

    /**
     * Results were opened from a folder: their settings are the form's from now on, and their prompt pack the one
     * the folder's setup names (else the model's preferred pack).
     */
    void opened(Optional<EvalSetup> setup) {
        plan = null;
        openedPack = setup.map(EvalSetup::pack).orElse(null);
    }

    /**
     * Builds the request for {@code line} and hands it to {@code open}; failures (the problem is in no dataset at
     * hand, the dataset cannot be read) go to {@code failed}.
     */
    void request(ProblemResults.Line line, Consumer<RunSettings> open, Consumer<Throwable> failed) {
        Problem problem = known.get(line.problem());
        if (problem != null) {
            handOver(problem, line, open, failed);
            return;
        }
        String dataset = plan != null ? plan.dataset() : form.datasetProperty().get();
        tasks.submit(() -> find(dataset, line.problem()), found -> {
            known.put(found.id(), found);
            handOver(found, line, open, failed);
        }, failed);
    }

    private static Problem find(String dataset, String id) throws Exception {
        if (dataset == null || dataset.isBlank()) {
            throw new SettingsException(List.of("Problem " + id + " is not known: set Dataset to the dataset the "
                    + "evaluation used, then try again"));
        }
        return Datasets.loadNamedOrFile(Path.of(dataset.strip())).problems().stream()
                .filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new SettingsException(List.of("Problem " + id + " is not in " + dataset.strip()
                        + ": set Dataset to the dataset the evaluation used, then try again")));
    }

    private void handOver(Problem problem, ProblemResults.Line line, Consumer<RunSettings> open,
                          Consumer<Throwable> failed) {
        RunSettings request;
        try {
            request = requestFor(problem, line);
        } catch (SettingsException e) {
            failed.accept(e);
            return;
        }
        open.accept(request);
    }

    private RunSettings requestFor(Problem problem, ProblemResults.Line line) throws SettingsException {
        SearchConfig config = plan != null ? plan.config() : form.searchProperty().get();
        int budget = line.largestSearchBudget();
        if (budget > 0) {
            config = config.withRollouts(budget);
        }
        if (plan != null) {
            return new RunSettings(problem, plan.model().preferredPack(), plan.model(), plan.endpoint(), config,
                    line.hasRStar(), plan.peer(), plan.peerEndpoint(), true);
        }
        ModelChoice model = form.modelProperty().get();
        if (model == null) {
            throw new SettingsException(List.of("Model: none chosen; pick the model the evaluation used"));
        }
        String pack = openedPack != null ? openedPack : model.preferredPack();
        Endpoint endpoint = new Endpoint(form.endpointUrlProperty().get(), form.endpointModelProperty().get());
        return new RunSettings(problem, pack, model, endpoint, config, line.hasRStar(),
                Objects.requireNonNullElse(form.peer().choiceProperty().get(), PeerChoice.SAME),
                form.peer().endpoint(), true);
    }
}
