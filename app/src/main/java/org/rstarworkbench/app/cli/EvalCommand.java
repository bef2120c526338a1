package org.rstarworkbench.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.rstarworkbench.app.eval.EvalMethods;
import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSetup;
import org.rstarworkbench.app.eval.Evaluation;
import org.rstarworkbench.app.store.CachingModel;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.data.Datasets;
import org.rstarworkbench.samples.models.TinyModels;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rstar eval}: methods over a dataset, scored against the gold answers, with compute and scaling. */
@Command(name = "eval", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Evaluate methods on a dataset: accuracy and compute per method and budget, a per-problem "
                + "JSONL file, a test-time scaling CSV and chart. Model answers are cached in the store, so "
                + "budgets share calls and --resume repeats none.")
final class EvalCommand implements Callable<Integer> {

    static final List<String> METHODS = EvalMethods.NAMES;

    @Option(names = "--dataset", paramLabel = "FILE", defaultValue = TinyModels.DATASET,
            description = "A JSON array (the reference's test_all.json layout, SVAMP, MultiArith, GSM-Hard, MATH, "
                    + "StrategyQA), JSON lines (GSM8K, {question, answer}), or gsm-mini (the bundled held-out set, "
                    + "the default).")
    Path dataset;

    @Option(names = "--items", paramLabel = "RANGE", defaultValue = "all",
            description = "Items to evaluate, from 0: all, N, A-B (inclusive) or A- (default: ${DEFAULT-VALUE}).")
    String items;

    @Option(names = "--methods", paramLabel = "LIST", split = ",", defaultValue = "greedy-cot,sc,mcts-maj,rstar",
            description = "Methods: greedy-cot, sc (self-consistency), mcts-maj (the generator's MCTS majority), "
                    + "rstar (MCTS + peer discriminator) (default: ${DEFAULT-VALUE}).")
    List<String> methods;

    @Option(names = "--rollouts-list", paramLabel = "LIST", split = ",", defaultValue = "16",
            description = "Rollout budgets for mcts-maj and rstar, e.g. 1,2,4,8,16 (default: ${DEFAULT-VALUE}).")
    List<Integer> rolloutsList;

    @Option(names = "--sc-k", paramLabel = "LIST", split = ",", defaultValue = "16",
            description = "Sample counts for self-consistency, e.g. 4,8,16 (default: ${DEFAULT-VALUE}).")
    List<Integer> scK;

    @Option(names = "--problems-in-parallel", paramLabel = "N", defaultValue = "1",
            description = "Problems solved at once (default: ${DEFAULT-VALUE}).")
    int parallel;

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Evaluate only the items whose position in the range is I modulo N (0 <= I < N), to "
                    + "split a dataset across machines; join the folders with 'rstar merge'.")
    String shard;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for results.jsonl, summary, scaling.csv and scaling.png (default: eval-<dataset>).")
    Path out;

    @Option(names = "--resume", description = "Continue an evaluation in --out: finished rows are kept.")
    boolean resume;

    @Option(names = "--pack", paramLabel = "PACK",
            description = "Prompt pack (default: tiny with the bundled or a local model, else gsm8k).")
    String pack;

    @Option(names = "--json", description = "Print the summary as one JSON object on the last line.")
    boolean json;

    @Mixin
    ModelOptions models;

    @Mixin
    PeerOptions peer;

    @Mixin
    SearchOptions search;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkMethods();
        Datasets.Loaded loaded = Datasets.loadNamedOrFile(dataset);
        List<Problem> problems = select(loaded.problems());
        PromptPack promptPack = PromptPacks.resolve(models.packOr(pack));
        SearchConfig config = search.config();
        Path dir = out != null ? out : Path.of("eval-" + stem(dataset));
        List<EvalRow> previous = EvalOutputs.read(dir);
        if (!previous.isEmpty() && !resume) {
            throw new IllegalArgumentException(dir + " already holds " + previous.size() + " results: pass --resume "
                    + "to continue that evaluation, or choose another --out");
        }
        PrintWriter stderr = spec.commandLine().getErr();
        loaded.skipped().forEach(s -> stderr.println("skipped: " + s));
        Set<String> done = new HashSet<>();
        previous.forEach(r -> done.add(r.key()));
        try (RunStore runs = store.open(); LanguageModel live = models.open();
             EvalOutputs outputs = new EvalOutputs(dir)) {
            LanguageModel livePeer = peer.open(models, live);
            try {
                outputs.writeSetup(new EvalSetup(dataset.toString(), live.id(),
                        methods.contains("rstar") ? livePeer.id() : null, promptPack.name(), config));
                CachingModel generator = CachingModel.over(runs, live);
                CachingModel peerModel = livePeer == live ? generator : CachingModel.over(runs, livePeer);
                AnswerFormat answers = AnswerFormat.named(promptPack.answerFormat());
                List<Evaluation.Task> tasks = tasks(generator, peerModel, promptPack, config, answers);
                List<EvalRow> rows = new ArrayList<>(previous);
                ProgressBar bar = new ProgressBar(stderr, problems.size(), System.console() != null && !json,
                        System::nanoTime);
                String headline = tasks.get(tasks.size() - 1).name();
                new Evaluation(tasks, answers, parallel).run(problems, done, row -> {
                    rows.add(row);
                    try {
                        outputs.append(row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, newRows -> bar.step(newRows.stream().anyMatch(r -> r.method().equals(headline) && r.correct())));
                report(outputs, rows, problems.size(), loaded.skipped().size());
            } finally {
                if (livePeer != live) {
                    livePeer.close();
                }
            }
        }
        return 0;
    }

    private void report(EvalOutputs outputs, List<EvalRow> rows, int problems, int skipped) throws IOException {
        String title = stem(dataset) + ", " + problems + " problems" + (shard == null ? "" : ", shard " + shard);
        String table = outputs.writeSummary(title, rows);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(EvalOutputs.json(title, org.rstarworkbench.app.eval.EvalSummary.of(rows)));
            return;
        }
        stdout.println(title + (skipped == 0 ? "" : " (" + skipped + " malformed items skipped)"));
        stdout.println();
        stdout.print(table);
        stdout.println();
        String byOperations = outputs.writeOperationsBreakdown(dataset.toString(), rows);
        if (byOperations != null) {
            stdout.println("By number of operations:");
            stdout.print(byOperations);
            stdout.println();
        }
        stdout.println("Results, summary and scaling chart in " + outputs.dir());
    }

    private List<Evaluation.Task> tasks(LanguageModel generator, LanguageModel peerModel, PromptPack promptPack,
                                        SearchConfig config, AnswerFormat answers) {
        return EvalMethods.tasks(methods, scK, rolloutsList, generator, promptPack, config, answers,
                () -> peer.judge(peerModel));
    }

    private void checkMethods() {
        for (String m : methods) {
            if (!METHODS.contains(m)) {
                throw new IllegalArgumentException("--methods: unknown method '" + m + "'; use " + METHODS);
            }
        }
        if (methods.contains("rstar") && peer.noPeer) {
            throw new IllegalArgumentException("--no-peer leaves rstar without its discriminator; drop rstar from "
                    + "--methods or drop --no-peer");
        }
        for (int r : rolloutsList) {
            if (r < 1) {
                throw new IllegalArgumentException("--rollouts-list: every budget must be at least 1, was " + r);
            }
        }
        for (int k : scK) {
            if (k < 1) {
                throw new IllegalArgumentException("--sc-k: every sample count must be at least 1, was " + k);
            }
        }
    }

    /** The items of the range, then the shard's share of them. */
    List<Problem> select(List<Problem> all) {
        int from = 0;
        int to = all.size() - 1;
        String range = items.strip().toLowerCase(Locale.ROOT);
        try {
            if (!range.equals("all")) {
                int dash = range.indexOf('-');
                if (dash < 0) {
                    from = Integer.parseInt(range);
                    to = from;
                } else {
                    from = Integer.parseInt(range.substring(0, dash));
                    to = dash == range.length() - 1 ? all.size() - 1 : Integer.parseInt(range.substring(dash + 1));
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--items: '" + items + "' is not all, N, A-B or A-");
        }
        if (from < 0 || from > to || to >= all.size()) {
            throw new IllegalArgumentException("--items " + items + " is out of range: " + dataset + " has "
                    + all.size() + " problems, numbered 0 to " + (all.size() - 1));
        }
        List<Problem> chosen = all.subList(from, to + 1);
        if (shard == null) {
            return chosen;
        }
        String[] parts = shard.split("/");
        int i;
        int n;
        try {
            i = Integer.parseInt(parts[0].strip());
            n = Integer.parseInt(parts[1].strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--shard: '" + shard + "' is not I/N, e.g. 0/4");
        }
        if (n < 1 || i < 0 || i >= n) {
            throw new IllegalArgumentException("--shard " + shard + ": need 0 <= I < N");
        }
        List<Problem> share = new ArrayList<>();
        for (int k = i; k < chosen.size(); k += n) {
            share.add(chosen.get(k));
        }
        return share;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path parent = file.toAbsolutePath().getParent();
        return base.equals("test_all") && parent != null ? parent.getFileName().toString() : base;
    }
}
