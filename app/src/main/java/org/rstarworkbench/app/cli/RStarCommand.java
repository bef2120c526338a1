package org.rstarworkbench.app.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code rstar} command. */
@Command(name = "rstar", mixinStandardHelpOptions = true, version = "rStar Workbench 0.1.0",
        description = "rStar Workbench: Monte Carlo Tree Search over five reasoning actions with small language "
                + "models (Qi et al., \"Mutual Reasoning Makes Smaller LLMs Stronger Problem-Solvers\").",
        subcommands = {SolveCommand.class, EvalCommand.class, MergeCommand.class, RunsCommand.class,
            RunsCommand.Export.class, InspectCommand.class, TrainCommand.class, GuiCommand.class, ReplayCommand.Replay.class, ReplayCommand.Resume.class,
            PacksCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class RStarCommand implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Without a command: the workbench window on the default store. */
    @Override
    public Integer call() {
        return GuiCommand.openWindow(spec.commandLine().getErr());
    }

    /** Runs the command line and returns the exit code: 0 ok, 2 bad input, 3 model failure, 130 cancelled. */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** A configured command line writing to the given streams; tests call it in-process. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RStarCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new CliErrors());
        cli.setParameterExceptionHandler(CliErrors::onBadParameters);
        return cli;
    }
}
