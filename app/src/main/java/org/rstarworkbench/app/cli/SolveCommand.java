package org.rstarworkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.SearchListener;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.app.store.Recording;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.data.Datasets;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rstar solve}: one rStar search of one problem. */
@Command(name = "solve", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Search one problem with rStar's MCTS and print the tree, the answer and the compute used.")
final class SolveCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1", heading = "Problem:%n")
    ProblemSource source;

    @Mixin
    ModelOptions models;

    @Mixin
    PeerOptions peer;

    @Option(names = "--pack", paramLabel = "PACK",
            description = "Prompt pack: a bundled name (see 'rstar packs'), a pack folder, or a reference rStar "
                    + "prompts/<DATASET> folder (default: tiny with the bundled or a local model, else gsm8k).")
    String pack;

    @Mixin
    SearchOptions search;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the run (settings and every event) as JSON.")
    Path out;

    @Mixin
    StoreOptions store;

    @Option(names = "--no-store", description = "Do not record the run in the store.")
    boolean noStore;

    @Option(names = "--name", paramLabel = "TEXT", description = "A name for the stored run.")
    String name;

    @Option(names = "--json", description = "Print one JSON object with the answer and the compute used as the "
            + "last line, instead of the readable summary.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Either a typed question or one item of a dataset file. */
    static final class ProblemSource {
        @Option(names = "--question", paramLabel = "TEXT", description = "The problem's text.")
        String question;

        @ArgGroup(exclusive = false)
        DatasetItem item;

        Problem problem() throws Exception {
            return question != null ? Problem.ofText(question) : Datasets.item(item.dataset, item.index);
        }
    }

    /** A dataset file and an item of it. */
    static final class DatasetItem {
        @Option(names = "--dataset", paramLabel = "FILE", required = true,
                description = "A dataset: a JSON array (the reference's test_all.json layout), JSON lines, or "
                        + "gsm-mini (the bundled held-out set).")
        Path dataset;

        @Option(names = "--item", paramLabel = "N", required = true, description = "The item's index, from 0.")
        int index;
    }

    @Override
    public Integer call() throws Exception {
        if (source.question != null && source.question.isBlank()) {
            throw new IllegalArgumentException("--question is empty: give the problem's text");
        }
        Problem problem = source.problem();
        PromptPack promptPack = PromptPacks.resolve(models.packOr(pack));
        SearchConfig config = search.config();
        if (peer.referenceFaithful && problem.gold() == null) {
            throw new IllegalArgumentException("--reference-faithful-selection needs a gold answer: use --dataset "
                    + "FILE --item N with a dataset that has answers");
        }
        try (RunStore runs = noStore ? null : store.open(); LanguageModel model = models.open()) {
            LanguageModel peerModel = peer.open(models, model);
            try {
                solve(problem, promptPack, config, runs, model, peerModel);
            } finally {
                if (peerModel != model) {
                    peerModel.close();
                }
            }
        }
        return 0;
    }

    private void solve(Problem problem, PromptPack promptPack, SearchConfig config, RunStore runs,
                       LanguageModel model, LanguageModel peerModel) throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<SearchEvent> events = new ArrayList<>();
        Recording recording = runs == null ? null : Recording.start(runs, model, name,
                peer.noPeer ? null : peerModel.id());
        LanguageModel generator = recording == null ? model : recording.model();
        LanguageModel peerSeen = recording == null || peer.noPeer ? peerModel : recording.peer(peerModel);
        {
            RStar rstar = RStar.builder().setModel(generator).setPack(promptPack).optConfig(config)
                    .optJudge(peer.judge(peerSeen)).build();
            long start = System.nanoTime();
            SearchResult result;
            List<SearchListener> listeners = new ArrayList<>(List.of(events::add, progress(stderr,
                    config.rollouts())));
            if (recording != null) {
                listeners.add(0, recording.recorder());
            }
            try {
                result = rstar.search(problem, new RunController(), listeners.toArray(SearchListener[]::new));
            } finally {
                writeRun(events);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (json) {
                stdout.println(RunReport.json(problem, result, millis));
            } else {
                RunReport.print(stdout, problem, result, config, model.id() + (peerModel == model ? ""
                        : ", peer " + peerModel.id()), promptPack.name(), millis);
                if (out != null) {
                    stdout.println("Run written to " + out);
                }
                if (recording != null) {
                    stdout.println("Stored as run " + recording.runId() + " in " + runs.file());
                }
            }
        }
    }

    private SearchListener progress(PrintWriter stderr, int rollouts) {
        boolean interactive = System.console() != null && !json;
        return event -> {
            if (interactive && event instanceof RolloutFinished done) {
                stderr.print("\rrollout " + (done.rollout() + 1) + "/" + rollouts + (done.rollout() + 1 == rollouts
                        ? "\n" : ""));
                stderr.flush();
            }
        };
    }

    /** Writes whatever events there are, also after a failure: nothing the run produced is lost. */
    private void writeRun(List<SearchEvent> events) {
        if (out == null) {
            return;
        }
        try {
            RunFile.write(out, events);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write the run to " + out + ": " + e.getMessage(), e);
        }
    }
}
