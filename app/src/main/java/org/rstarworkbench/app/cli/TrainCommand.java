package org.rstarworkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rstarworkbench.core.model.djl.Architecture;
import org.rstarworkbench.core.model.djl.TorchRuntime;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.samples.gsmmini.TrainingData;
import org.rstarworkbench.samples.gsmmini.TrainingPair;
import org.rstarworkbench.samples.train.EvaluationReport;
import org.rstarworkbench.samples.train.ProgressListener;
import org.rstarworkbench.samples.train.StepReport;
import org.rstarworkbench.samples.train.Trainer;
import org.rstarworkbench.samples.train.TrainerSettings;
import org.rstarworkbench.samples.train.TrainingResult;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rstar train}: trains one of the two tiny peer models on GSM-mini, offline, on the CPU. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Train a tiny model on GSM-mini training problems (never the held-out test set) with DJL on "
                + "the CPU, offline, and write a model folder with its model card.")
final class TrainCommand implements Callable<Integer> {

    @Option(names = "--arch", paramLabel = "ARCH", required = true,
            description = "Architecture: ${COMPLETION-CANDIDATES}.")
    Architecture architecture;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The model folder to write.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the data, the initial "
            + "weights and the batch order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--steps", paramLabel = "N", description = "Stop after this many steps.")
    Integer steps;

    @Option(names = "--minutes", paramLabel = "M", description = "Stop after this many minutes of training.")
    Double minutes;

    @Option(names = "--problems", paramLabel = "N", defaultValue = "3000",
            description = "Training problems to generate (default: ${DEFAULT-VALUE}).")
    int problems;

    @Option(names = "--held-out", paramLabel = "N", defaultValue = "200",
            description = "Pairs kept aside for the held-out loss and greedy accuracy (default: ${DEFAULT-VALUE}).")
    int heldOut;

    @Option(names = "--threads", paramLabel = "N", description = "CPU threads for the tensor engine (default: all "
            + "cores). Two trainings side by side on 2 cores: 1 each.")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32",
            description = "Sequences per step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", paramLabel = "RATE", description = "Peak learning rate (default: 2e-3 for the LSTM, "
            + "1e-3 for the transformer).")
    Double learningRate;

    @Option(names = "--tasks", paramLabel = "TASK", split = ",", description = "Train on these formats only, "
            + "comma-separated: A1, A2, A3-propose, A3-answer, A4, A5, peer (default: all). The bundled generator "
            + "learns the actions' formats, the bundled peer the chain-of-thought ones (A2, A4, peer).")
    List<String> tasks;

    @Option(names = "--weight", paramLabel = "TASK=W", description = "Draw a task's sequences W times as often, "
            + "e.g. A5=4 (the rephrasings copy whole questions, which teaches copying). Repeatable.")
    Map<String, Double> weights;

    @Option(names = "--from", paramLabel = "DIR", description = "Continue training the model in this folder "
            + "(same architecture; its sizes and vocabulary are kept, its history goes into the new card). Use "
            + "another --seed for fresh problems.")
    Path from;

    @Option(names = "--tokens", paramLabel = "KIND", defaultValue = "words", description = "A new model's "
            + "vocabulary: words (each word seen twice in the data is one token, anything else is read character by "
            + "character; default) or chars (characters only).")
    String tokens;

    @Option(names = "--name", paramLabel = "TEXT", description = "The model's name (default: tiny-<arch>).")
    String name;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (steps == null && minutes == null) {
            throw new IllegalArgumentException("give --steps N or --minutes M (or both) to bound the training");
        }
        if (problems < 10 || heldOut < 1) {
            throw new IllegalArgumentException("--problems must be at least 10 and --held-out at least 1");
        }
        if (threads != null && threads < 1 || batch < 1) {
            throw new IllegalArgumentException("--threads and --batch must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("Generating training pairs from " + problems + " GSM-mini problems (seed " + seed + ")...");
        if (tasks != null) {
            for (String task : tasks) {
                if (!TrainingData.TASKS.contains(task)) {
                    throw new IllegalArgumentException("--tasks: unknown task \"" + task + "\"; the tasks are "
                            + String.join(", ", TrainingData.TASKS));
                }
            }
        }
        List<TrainingPair> all = TrainingData.pairs(seed, problems).stream()
                .filter(p -> tasks == null || tasks.contains(p.task())).toList();
        List<TrainingPair> train = all.subList(0, all.size() - Math.min(heldOut, all.size() / 10));
        List<TrainingPair> held = all.subList(train.size(), all.size());
        TorchRuntime.useIntraOpThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        TrainerSettings.Builder builder = Trainer.builder().setArchitecture(architecture).setSeed(seed)
                .optName(name != null ? name : "tiny-" + architecture.name().toLowerCase(Locale.ROOT))
                .optDataDescription("GSM-mini training problems: " + problems + " problems from seed " + seed + ", "
                        + train.size() + " pairs of the " + PromptPacks.bundled("tiny").name() + " pack's formats"
                        + (tasks == null ? "" : " (tasks " + String.join(", ", tasks) + ")"));
        builder.optBatchSize(batch);
        switch (tokens) {
            case "words" -> builder.optMinPieceCount(TrainerSettings.DEFAULT_MIN_PIECE_COUNT);
            case "chars" -> builder.optMinPieceCount(0);
            default -> throw new IllegalArgumentException("--tokens must be words or chars, was \"" + tokens + "\"");
        }
        if (weights != null) {
            for (String task : weights.keySet()) {
                if (!TrainingData.TASKS.contains(task)) {
                    throw new IllegalArgumentException("--weight: unknown task \"" + task + "\"; the tasks are "
                            + String.join(", ", TrainingData.TASKS));
                }
            }
            builder.optTaskWeights(weights);
        }
        if (from != null) {
            if (!java.nio.file.Files.isRegularFile(from.resolve("model.json"))) {
                throw new IllegalArgumentException("--from " + from + ": no model.json there; give a model folder "
                        + "written by 'rstar train'");
            }
            builder.optStartFrom(from);
        }
        if (learningRate != null) {
            builder.optLearningRate(learningRate);
        }
        if (steps != null) {
            builder.optMaxSteps(steps);
        }
        if (minutes != null) {
            builder.optMaxDuration(Duration.ofMillis(Math.round(minutes * 60_000)));
        }
        boolean interactive = System.console() != null;
        TrainingResult result = builder.build().train(train, held, out, new ProgressListener() {
            @Override
            public void onStep(StepReport r) {
                String line = String.format(Locale.ROOT, "step %d  %3.0f%%  loss %.3f  %.0f tokens/s  %ds",
                        r.step(), 100 * r.fraction(), r.loss(), r.tokensPerSecond(), r.elapsed().toSeconds());
                err.print(interactive ? "\r" + line : line + "\n");
                err.flush();
            }

            @Override
            public void onEvaluation(EvaluationReport r) {
                err.println((interactive ? "\n" : "") + String.format(Locale.ROOT,
                        "held out at step %d: loss %.3f, greedy exact match %.1f%% %s", r.step(), r.heldOutLoss(),
                        100 * r.exactMatch(), byTask(r.exactMatchByTask())));
                r.mistakes().forEach(m -> err.println("  " + m));
            }
        });
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%d parameters, %d steps, %d s) to %s%n",
                result.card().name(), result.card().parameters(), result.steps(), result.duration().toSeconds(),
                result.folder());
        return 0;
    }

    private static String byTask(Map<String, Double> byTask) {
        StringBuilder sb = new StringBuilder("(");
        byTask.forEach((task, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(task)
                .append(String.format(Locale.ROOT, " %.0f%%", 100 * v)));
        return sb.append(')').toString();
    }
}
