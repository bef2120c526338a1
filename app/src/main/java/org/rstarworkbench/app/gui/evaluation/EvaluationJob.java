package org.rstarworkbench.app.gui.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.eval.EvalMethods;
import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSetup;
import org.rstarworkbench.app.eval.Evaluation;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.history.StoredRuns;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.app.store.CachingModel;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;
import org.rstarworkbench.samples.data.Datasets;

/**
 * One evaluation from the window, run on the engine thread: it loads the dataset, opens the models, scores every
 * problem and, when the plan names a results folder, appends each row to its {@code results.jsonl} as it comes (so a
 * cancelled or killed evaluation keeps what it finished) and writes the summary and the scaling chart at the end.
 * With {@code resume}, the rows already in the folder are kept and not computed again; without it, a folder that
 * holds results is refused. Every model answer goes through the run store's cache, as a live run's do, so searching
 * an evaluated problem again from the run panel with the same settings is answered from it. The scripted demo model
 * answers from each problem's gold answer, so it is opened once per problem; every other model once for the whole
 * evaluation.
 *
 * <p>Threading: {@link #run()} blocks its thread; the listener is called from that thread and the evaluation's
 * workers, one call at a time. Interrupting the thread stops the evaluation.
 */
final class EvaluationJob {

    /** What the job reports as it goes. */
    interface Listener {
        /** The dataset is loaded: {@code problems} will be evaluated; {@code kept} rows come from the folder. */
        void started(List<Problem> problems, List<EvalRow> kept);

        /** A new row exists. */
        void row(EvalRow row);

        /** A problem is done, with all its methods. */
        void problemDone();
    }

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationJob.class);

    private final EvaluationPlan plan;
    private final Listener listener;
    private final List<EvalRow> rows = Collections.synchronizedList(new ArrayList<>());

    private final StoredRuns store;
    /** Whether setup.json is written; only the engine thread reads and writes it. */
    private boolean setupWritten;

    /** @param store the run store whose cache keeps every model answer, or null for none */
    EvaluationJob(EvaluationPlan plan, StoredRuns store, Listener listener) {
        this.plan = plan;
        this.store = store;
        this.listener = listener;
    }

    /** Runs the whole evaluation; returns its rows, those kept from the folder first. */
    List<EvalRow> run() throws Exception {
        List<Problem> problems = plan.select(Datasets.loadNamedOrFile(Path.of(plan.dataset())).problems());
        List<EvalRow> kept = plan.out() == null ? List.of() : EvalOutputs.read(plan.out());
        if (!kept.isEmpty() && !plan.resume()) {
            throw new SettingsException(List.of("Results folder " + plan.out() + " already holds " + kept.size()
                    + " results: tick \"Continue\" to keep them and compute only the rest, or choose another "
                    + "folder"));
        }
        rows.addAll(kept);
        listener.started(problems, kept);
        Set<String> done = new HashSet<>();
        kept.forEach(r -> done.add(r.key()));
        PromptPack pack = PromptPacks.resolve(plan.model().preferredPack());
        AnswerFormat answers = AnswerFormat.named(pack.answerFormat());
        LOG.info("Evaluating {} on {} problems of {} with {} ({} kept)", plan.methods(), problems.size(),
                plan.dataset(), plan.model().label(), kept.size());
        try (RunStore runs = store == null ? null : store.open();
             EvalOutputs outputs = plan.out() == null ? null : new EvalOutputs(plan.out());
             LanguageModel sharedPeer = plan.needsPeer() && plan.peer() != PeerChoice.SAME
                     ? plan.peer().open(plan.model(), plan.endpoint(), plan.peerEndpoint(), problems.get(0)) : null) {
            Consumer<EvalRow> sink = row -> {
                rows.add(row);
                if (outputs != null) {
                    try {
                        outputs.append(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write " + plan.out().resolve(EvalOutputs.RESULTS)
                                + ": " + e.getMessage(), e);
                    }
                }
                listener.row(row);
            };
            if (opensPerProblem(plan.model())) {
                for (Problem p : problems) {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new InterruptedException("evaluation cancelled");
                    }
                    evaluate(List.of(p), p, pack, answers, done, sharedPeer, runs, outputs, sink);
                }
            } else {
                evaluate(problems, problems.get(0), pack, answers, done, sharedPeer, runs, outputs, sink);
            }
            List<EvalRow> all = List.copyOf(rows);
            if (outputs != null) {
                outputs.writeSummary(title(problems.size()), all);
                outputs.writeOperationsBreakdown(plan.dataset(), all);
            }
            return all;
        }
    }

    static boolean opensPerProblem(ModelChoice choice) {
        return choice == ModelChoice.demo();
    }

    /**
     * Evaluates {@code problems} with the models opened for them; with a store, their answers go through its cache,
     * keyed as a live run's are, so the same search started from the run panel afterwards is answered from it.
     */
    private void evaluate(List<Problem> problems, Problem opening, PromptPack pack, AnswerFormat answers,
                          Set<String> done, LanguageModel sharedPeer, RunStore runs, EvalOutputs outputs,
                          Consumer<EvalRow> sink) throws Exception {
        try (LanguageModel live = plan.model().open(plan.endpoint(), opening);
             LanguageModel ownPeer = plan.needsPeer() && sharedPeer == null
                     ? plan.model().openPeer(plan.endpoint(), opening) : null) {
            LanguageModel livePeer = sharedPeer != null ? sharedPeer : ownPeer;
            if (outputs != null && !setupWritten) {
                outputs.writeSetup(new EvalSetup(plan.dataset(), live.id(), plan.needsPeer()
                        ? (livePeer != null ? livePeer : live).id() : null, pack.name(), plan.config()));
                setupWritten = true;
            }
            // the cached models are not closed: closing one would close the live model its owner closes
            LanguageModel generator = runs == null ? live : CachingModel.over(runs, live);
            LanguageModel peer = livePeer == null ? generator : runs == null ? livePeer
                    : CachingModel.over(runs, livePeer);
            List<Evaluation.Task> tasks = EvalMethods.tasks(plan.methods(), plan.scK(), plan.rollouts(), generator,
                    pack, plan.config(), answers, () -> PeerDiscriminator.builder().setPeer(peer).build());
            new Evaluation(tasks, answers, plan.parallel()).run(problems, done, sink,
                    finished -> listener.problemDone());
        }
    }

    /** "gsm-mini, 10 problems, Bundled tiny models (offline)". */
    private String title(int problems) {
        String name = Path.of(plan.dataset()).getFileName().toString();
        return name + ", " + problems + " problems, " + plan.model().label();
    }
}
