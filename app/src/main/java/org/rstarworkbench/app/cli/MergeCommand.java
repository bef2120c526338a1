package org.rstarworkbench.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSetup;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.app.store.RunSummary;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rstar merge}: joins the folders (and stores) of an evaluation split with {@code --shard}. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join evaluation folders made with 'eval --shard' into one folder with one summary and "
                + "scaling chart; with --stores, also copy every run of the shard stores into --store.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SHARD_DIR", arity = "1..*", description = "The shards' --out folders.")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The merged folder.")
    Path out;

    @Option(names = "--stores", paramLabel = "FILE", split = ",",
            description = "The shards' store files, whose runs are copied into --store.")
    List<Path> stores;

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, EvalRow> rows = new LinkedHashMap<>();
        for (Path shard : shards) {
            if (!Files.exists(shard.resolve(EvalOutputs.RESULTS))) {
                throw new IllegalArgumentException(shard + ": no " + EvalOutputs.RESULTS + "; give the --out folder "
                        + "of an 'rstar eval --shard' run");
            }
            for (EvalRow row : EvalOutputs.read(shard)) {
                rows.putIfAbsent(row.key(), row);
            }
        }
        if (!EvalOutputs.read(out).isEmpty()) {
            throw new IllegalArgumentException(out + " already holds results; merge into an empty folder");
        }
        List<EvalRow> merged = new ArrayList<>(rows.values());
        long problems = merged.stream().map(EvalRow::problem).distinct().count();
        try (EvalOutputs outputs = new EvalOutputs(out)) {
            for (EvalRow row : merged) {
                outputs.append(row);
            }
            List<Optional<EvalSetup>> setups = shards.stream().map(EvalOutputs::readSetup).distinct().toList();
            if (setups.size() == 1 && setups.get(0).isPresent()) {
                outputs.writeSetup(setups.get(0).get());
            } else if (setups.size() > 1) {
                spec.commandLine().getErr().println("warning: the shards' " + EvalOutputs.SETUP + " files differ "
                        + "(models or settings); the merged folder has none");
            }
            String table = outputs.writeSummary("merged, " + problems + " problems from " + shards.size()
                    + " shards", merged);
            spec.commandLine().getOut().print(table);
        }
        int copied = copyRuns();
        spec.commandLine().getOut().println("Merged " + merged.size() + " results into " + out
                + (stores == null ? "" : "; copied " + copied + " runs into " + store.file));
        return 0;
    }

    private int copyRuns() throws Exception {
        if (stores == null || stores.isEmpty()) {
            return 0;
        }
        int copied = 0;
        Path tmp = Files.createTempFile("rstar-merge", ".json");
        try (RunStore target = store.open()) {
            for (Path file : stores) {
                StoreOptions from = new StoreOptions();
                from.file = file;
                try (RunStore source = from.open(true)) {
                    for (RunSummary run : source.listRuns()) {
                        source.exportJson(run.id(), tmp);
                        target.importJson(tmp, run.name());
                        copied++;
                    }
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return copied;
    }
}
