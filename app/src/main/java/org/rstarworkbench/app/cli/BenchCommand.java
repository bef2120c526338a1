package org.rstarworkbench.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rstarworkbench.app.gui.bench.TreeBenchException;
import org.rstarworkbench.app.gui.bench.TreeBenchReport;
import org.rstarworkbench.app.gui.bench.TreeRenderBench;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.djl.TorchRuntime;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.run.RunController;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.search.SearchResult;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.gsmmini.GsmMini;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rstar bench}: speed measurements run on demand, with medians, never inside the unit tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed on this machine: median times, for the notes and the model cards.",
        subcommands = {BenchCommand.Solve.class, BenchCommand.Tree.class})
final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CliErrors.BAD_INPUT;
    }

    /** {@code rstar bench solve}: default rStar solves of GSM-mini test problems, timed one by one. */
    @Command(name = "solve", mixinStandardHelpOptions = true,
            description = "Time default rStar solves (MCTS + peer) of GSM-mini test problems with the given models "
                    + "(default: the bundled tiny models) after one untimed warm-up solve; prints each time and the "
                    + "median.")
    static final class Solve implements Callable<Integer> {

        @Option(names = "--problems", paramLabel = "N", defaultValue = "10",
                description = "Problems timed: test items 0..N-1 (default: ${DEFAULT-VALUE}).")
        int problems;

        @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
                description = "CPU threads of the tensor engine for in-process models (default: ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
        boolean json;

        @Mixin
        ModelOptions models;

        @Mixin
        PeerOptions peer;

        @Mixin
        SearchOptions search;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (problems < 1 || problems > GsmMini.TEST_SIZE) {
                throw new IllegalArgumentException("--problems must be in 1.." + GsmMini.TEST_SIZE + ", was "
                        + problems);
            }
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1, was " + threads);
            }
            if (models.inProcess()) {
                TorchRuntime.useIntraOpThreads(threads);
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            PromptPack pack = PromptPacks.resolve(models.packOr(null));
            SearchConfig config = search.config();
            List<Problem> set = GsmMini.testSet();
            AnswerFormat answers = AnswerFormat.named(pack.answerFormat());
            try (LanguageModel model = models.open()) {
                LanguageModel peerModel = peer.open(models, model);
                try {
                    RStar rstar = RStar.builder().setModel(model).setPack(pack).optConfig(config)
                            .optJudge(peer.judge(peerModel)).build();
                    long warm = time(rstar, set.get(set.size() - 1));
                    err.printf(Locale.ROOT, "warm-up (test item %d): %.2f s%n", set.size() - 1, warm / 1e9);
                    long[] nanos = new long[problems];
                    int correct = 0;
                    for (int i = 0; i < problems; i++) {
                        long start = System.nanoTime();
                        SearchResult result = rstar.search(set.get(i), new RunController());
                        nanos[i] = System.nanoTime() - start;
                        String answer = result.answer();
                        correct += answer != null && answers.equivalent(answer, set.get(i).gold()) ? 1 : 0;
                        err.printf(Locale.ROOT, "item %d: %.2f s, answer %s (gold %s)%n", i, nanos[i] / 1e9,
                                answer == null ? "none" : answer, set.get(i).gold());
                    }
                    long[] sorted = nanos.clone();
                    Arrays.sort(sorted);
                    double median = (sorted[(problems - 1) / 2] + sorted[problems / 2]) / 2e9;
                    String line = String.format(Locale.ROOT, "%d solves (%s, peer %s, %d rollouts): median %.2f s, "
                                    + "min %.2f s, max %.2f s, %d correct", problems, model.id(),
                            peer.noPeer ? "none" : peerModel.id(), config.rollouts(), median, sorted[0] / 1e9,
                            sorted[problems - 1] / 1e9, correct);
                    out.println(line);
                    if (json) {
                        List<String> each = new ArrayList<>();
                        for (long n : nanos) {
                            each.add(String.format(Locale.ROOT, "%.3f", n / 1e9));
                        }
                        out.printf(Locale.ROOT, "{\"solves\":%d,\"medianSeconds\":%.3f,\"seconds\":[%s],"
                                + "\"correct\":%d}%n", problems, median, String.join(",", each), correct);
                    }
                } finally {
                    if (peerModel != model) {
                        peerModel.close();
                    }
                }
            }
            return 0;
        }

        private static long time(RStar rstar, Problem problem) throws Exception {
            long start = System.nanoTime();
            rstar.search(problem, new RunController());
            return System.nanoTime() - start;
        }
    }

    /** {@code rstar bench tree}: how smoothly the tree view pans and fits real search trees of given sizes. */
    @Command(name = "tree", mixinStandardHelpOptions = true,
            description = "Grow search trees of the given sizes with the instant scripted model, show each in the "
                    + "tree view (1280x800; without a display on Monocle's headless screen with software rendering), "
                    + "pan it painting every frame, and print the median and 90th-percentile frame times, the fps at "
                    + "the median, the zoom-to-fit and the layout times; trees of which the default level of detail "
                    + "collapses branches are panned again with every node shown.")
    static final class Tree implements Callable<Integer> {

        @Option(names = "--nodes", paramLabel = "N[,N...]", split = ",", defaultValue = "2000,10000",
                description = "Tree sizes in nodes (default: ${DEFAULT-VALUE}).")
        List<Integer> nodes;

        @Option(names = "--frames", paramLabel = "N", defaultValue = "120",
                description = "Panned frames timed per tree, after 10 untimed ones (default: ${DEFAULT-VALUE}).")
        int frames;

        @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
        boolean json;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (nodes.stream().anyMatch(n -> n < 2 || n > 100_000)) {
                throw new IllegalArgumentException("--nodes must be sizes in 2..100000, was " + nodes);
            }
            if (frames < 1 || frames > 10_000) {
                throw new IllegalArgumentException("--frames must be in 1..10000, was " + frames);
            }
            TreeBenchReport report;
            try {
                report = TreeRenderBench.run(nodes, frames);
            } catch (TreeBenchException e) {
                throw new CliErrors.CliException("the tree benchmark did not finish: " + e.getMessage(),
                        CliErrors.INTERNAL);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "tree view, %dx%d, %s; %d panned frames per tree%n", TreeRenderBench.WIDTH,
                    TreeRenderBench.HEIGHT, report.platform(), report.frames());
            for (TreeBenchReport.Tree tree : report.trees()) {
                out.printf(Locale.ROOT, "%,d nodes: layout %.0f ms, zoom to fit %.1f ms%n", tree.nodes(),
                        tree.layoutMs(), tree.fitMs());
                out.println("  " + panLine("default level of detail", tree.pan()));
                if (tree.panAll() != null) {
                    out.println("  " + panLine("every node shown", tree.panAll()));
                }
            }
            if (json) {
                out.println(json(report));
            }
            return 0;
        }

        private static String panLine(String what, TreeBenchReport.Pan pan) {
            return String.format(Locale.ROOT, "%s, %,d visible: median %.1f ms/frame (%.1f fps), p90 %.1f ms, "
                    + "painting %.1f ms", what, pan.visibleNodes(), pan.medianMs(), pan.fps(), pan.p90Ms(),
                    pan.paintMs());
        }

        private static String json(TreeBenchReport report) {
            List<String> trees = new ArrayList<>();
            for (TreeBenchReport.Tree tree : report.trees()) {
                trees.add(String.format(Locale.ROOT, "{\"requested\":%d,\"nodes\":%d,\"layoutMs\":%.1f,"
                                + "\"fitMs\":%.2f,\"pan\":%s,\"panAll\":%s}", tree.requested(), tree.nodes(),
                        tree.layoutMs(), tree.fitMs(), json(tree.pan()),
                        tree.panAll() == null ? "null" : json(tree.panAll())));
            }
            return String.format(Locale.ROOT, "{\"platform\":\"%s\",\"width\":%d,\"height\":%d,\"frames\":%d,"
                            + "\"trees\":[%s]}", report.platform(), TreeRenderBench.WIDTH, TreeRenderBench.HEIGHT,
                    report.frames(), String.join(",", trees));
        }

        private static String json(TreeBenchReport.Pan pan) {
            return String.format(Locale.ROOT, "{\"visibleNodes\":%d,\"medianMs\":%.2f,\"p90Ms\":%.2f,"
                    + "\"fps\":%.1f,\"paintMs\":%.2f}", pan.visibleNodes(), pan.medianMs(), pan.p90Ms(),
                    pan.fps(), pan.paintMs());
        }
    }
}
