package org.rstarworkbench.app.gui.evaluation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.eval.EvalMethods;
import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSummary;
import org.rstarworkbench.app.eval.Evaluation;
import org.rstarworkbench.app.eval.ScalingChart;
import org.rstarworkbench.app.eval.ScalingPoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;
import org.rstarworkbench.samples.data.Datasets;

/**
 * One evaluation from the window, run on the engine thread: it loads the dataset, opens the models, scores every
 * problem and writes the results folder when the plan names one. The scripted demo model answers from each
 * problem's gold answer, so it is opened once per problem; every other model once for the whole evaluation.
 *
 * <p>Threading: {@link #run()} blocks its thread; the listener is called from that thread and the evaluation's
 * workers, one call at a time. Interrupting the thread stops the evaluation.
 */
final class EvaluationJob {

    /** What the job reports as it goes. */
    interface Listener {
        /** The dataset is loaded: {@code problems} will be evaluated. */
        void started(int problems);

        /** A new row exists. */
        void row(EvalRow row);

        /** A problem is done, with all its methods. */
        void problemDone();
    }

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationJob.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final EvaluationPlan plan;
    private final Listener listener;
    private final List<EvalRow> rows = Collections.synchronizedList(new ArrayList<>());

    EvaluationJob(EvaluationPlan plan, Listener listener) {
        this.plan = plan;
        this.listener = listener;
    }

    /** Runs the whole evaluation; returns its rows. */
    List<EvalRow> run() throws Exception {
        List<Problem> problems = plan.select(Datasets.loadNamedOrFile(Path.of(plan.dataset())).problems());
        listener.started(problems.size());
        PromptPack pack = PromptPacks.resolve(plan.model().preferredPack());
        AnswerFormat answers = AnswerFormat.named(pack.answerFormat());
        LOG.info("Evaluating {} on {} problems of {} with {}", plan.methods(), problems.size(), plan.dataset(),
                plan.model().label());
        if (opensPerProblem(plan.model())) {
            for (Problem p : problems) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedException("evaluation cancelled");
                }
                evaluate(List.of(p), p, pack, answers);
            }
        } else {
            evaluate(problems, problems.get(0), pack, answers);
        }
        List<EvalRow> all = List.copyOf(rows);
        if (plan.out() != null) {
            write(plan.out(), all);
        }
        return all;
    }

    static boolean opensPerProblem(ModelChoice choice) {
        return choice == ModelChoice.demo();
    }

    private void evaluate(List<Problem> problems, Problem opening, PromptPack pack, AnswerFormat answers)
            throws Exception {
        try (LanguageModel generator = plan.model().open(plan.endpoint(), opening);
             LanguageModel ownPeer = plan.methods().contains("rstar")
                     ? plan.model().openPeer(plan.endpoint(), opening) : null) {
            LanguageModel peer = ownPeer != null ? ownPeer : generator;
            List<Evaluation.Task> tasks = EvalMethods.tasks(plan.methods(), plan.scK(), plan.rollouts(), generator,
                    pack, SearchConfig.defaults(), answers, () -> PeerDiscriminator.builder().setPeer(peer).build());
            Consumer<EvalRow> sink = row -> {
                rows.add(row);
                listener.row(row);
            };
            new Evaluation(tasks, answers, 1).run(problems, Set.of(), sink, done -> listener.problemDone());
        }
    }

    /** results.jsonl, scaling.csv and scaling.png, as {@code rstar eval --out} writes them. */
    private void write(Path dir, List<EvalRow> all) throws IOException {
        Files.createDirectories(dir);
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("results.jsonl"), StandardCharsets.UTF_8)) {
            for (EvalRow r : all) {
                out.write(JSON.writeValueAsString(r));
                out.write('\n');
            }
        }
        List<ScalingPoint> points = EvalSummary.of(all).stream().map(EvalSummary::point).toList();
        ScalingChart.writeCsv(dir.resolve("scaling.csv"), points);
        ScalingChart.writePng(dir.resolve("scaling.png"), plan.dataset() + ", " + plan.model().label(), points);
    }
}
