package org.rstarworkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rstarworkbench.app.store.RunExports;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.app.store.RunSummary;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.visualizer.export.TreeExports;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;
import org.rstarworkbench.visualizer.view.TreeDrawer;
import org.rstarworkbench.visualizer.view.TreeViewState;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rstar runs}: the stored runs; rename, delete, export and import them. */
@Command(name = "runs", mixinStandardHelpOptions = true,
        description = "List the runs in the store, or rename, delete, export or import one.",
        subcommands = {RunsCommand.Rename.class, RunsCommand.Delete.class, RunsCommand.Export.class,
            RunsCommand.Import.class})
final class RunsCommand implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    @Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (RunStore runs = store.open(true)) {
            List<RunSummary> all = runs.listRuns();
            if (all.isEmpty()) {
                out.println("No runs in " + runs.file() + " yet; 'rstar solve' records one.");
                return 0;
            }
            out.printf(Locale.ROOT, "%5s  %-16s  %-9s  %-9s  %6s  %-12s  %s%n", "id", "created", "status",
                    "rollouts", "calls", "answer", "name");
            for (RunSummary r : all) {
                out.printf(Locale.ROOT, "%5d  %-16s  %-9s  %4d/%-4d  %6d  %-12s  %s%n", r.id(),
                        WHEN.format(r.created()), r.status().name().toLowerCase(Locale.ROOT), r.rollouts(),
                        r.plannedRollouts(), r.calls(), RunReport.oneLine(String.valueOf(r.answer()), 12),
                        r.displayName());
            }
            out.println(all.size() + " runs in " + runs.file());
        }
        return 0;
    }

    /** {@code rstar runs rename ID NAME}. */
    @Command(name = "rename", mixinStandardHelpOptions = true, description = "Rename a run.")
    static final class Rename implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "NAME") String name;
        @Mixin StoreOptions store;

        @Override
        public Integer call() throws Exception {
            try (RunStore runs = store.open()) {
                runs.rename(id, name);
            }
            return 0;
        }
    }

    /** {@code rstar runs delete ID}. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a run, its events and the model answers no other run uses.")
    static final class Delete implements Callable<Integer> {
        @Parameters(paramLabel = "ID") long id;
        @Mixin StoreOptions store;

        @Override
        public Integer call() throws Exception {
            try (RunStore runs = store.open()) {
                runs.delete(id);
            }
            return 0;
        }
    }

    /** {@code rstar runs export ID FILE}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export a run by the file's extension: .json (the whole run, importable), .jsonl "
                    + "(trajectories), .png (tree picture), .dot or .gv (Graphviz, laid out), .graphml, .dgs (tree).")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID") long id;
        @Parameters(index = "1", paramLabel = "FILE") Path file;
        @Option(names = "--at", paramLabel = "SEQ", description = "Export the tree as it stood at this event.")
        Long at;
        @Mixin StoreOptions store;

        @Override
        public Integer call() throws Exception {
            try (RunStore runs = store.open(true)) {
                if (file.toString().endsWith(".json") && at == null) {
                    runs.exportJson(id, file);
                    return 0;
                }
                List<SearchEvent> events = runs.events(id);
                if (at != null) {
                    events = events.stream().filter(e -> e.seq() <= at).toList();
                }
                String lower = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (lower.endsWith(".json")) {
                    RunFile.write(file, events);
                } else if (lower.endsWith(".jsonl")) {
                    RunExports.write(RunExports.Format.TRAJECTORIES_JSONL, events, file);
                } else {
                    TreeViewState whole = TreeViewState.of(TreeSnapshot.of(TreeFold.of(events)))
                            .withLevelOfDetail(LevelOfDetail.OFF);
                    TreeExports.write(TreeDrawer.draw(whole), file);
                }
            }
            return 0;
        }
    }

    /** {@code rstar runs import FILE}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a run JSON file (from 'runs export' or 'solve --out').")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;
        @Option(names = "--name", paramLabel = "TEXT") String name;
        @Mixin StoreOptions store;
        @CommandLine.Spec CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            try (RunStore runs = store.open()) {
                long id = runs.importJson(file, name);
                spec.commandLine().getOut().println("Imported as run " + id);
            }
            return 0;
        }
    }
}
