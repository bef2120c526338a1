package org.rstarworkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rstarworkbench.app.gui.WorkbenchLauncher;
import org.rstarworkbench.app.gui.WorkbenchOptions;
import org.rstarworkbench.app.store.StoreLocation;
import org.rstarworkbench.visualizer.style.FillMode;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rstar gui}: opens the workbench window; with {@code --screenshot}, renders it to a PNG without a display and
 * exits.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Open the workbench window: watch a search grow, pause and step it, scrub its timeline, "
                + "inspect any node, open stored runs.",
            "With --screenshot FILE, render the window after loading a run to a PNG, with no display needed, and "
                + "exit."})
final class GuiCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @ArgGroup(exclusive = true)
    Shown shown;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "Render the window to this PNG file and exit (headless; shows the demo run unless --run "
                    + "is given).")
    Path screenshot;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = WorkbenchOptions.WIDTH + "x"
            + WorkbenchOptions.HEIGHT, description = "Window size in pixels (default: ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--fill", paramLabel = "MODE", defaultValue = "mean_reward",
            description = "What the tree's fill shows at first: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FillMode fill;

    @Option(names = "--at", paramLabel = "SEQ",
            description = "With --screenshot: show the tree as it stood after event SEQ (the timeline scrubbed "
                    + "there) instead of at the end.")
    Long at;

    @Option(names = "--panel", paramLabel = "PANEL", defaultValue = "inspector",
            description = "The panel on the right at first: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "With --screenshot and trajectories, the answer's trajectory is picked in the list.")
    WorkbenchOptions.Panel panel;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What the window shows when it opens. */
    static final class Shown {
        @Option(names = "--run", paramLabel = "ID", description = "Show this stored run (see 'rstar runs').")
        Long run;

        @Option(names = "--demo", description = "Run the instant demo model on the first GSM-mini problem.")
        boolean demo;
    }

    @Override
    public Integer call() throws Exception {
        int[] wh = WorkbenchOptions.parseSize(size);
        Long run = shown == null ? null : shown.run;
        boolean demo = shown != null && shown.demo;
        if (at != null && screenshot == null) {
            throw new IllegalArgumentException("--at works with --screenshot; in the window, scrub the timeline");
        }
        WorkbenchOptions options = new WorkbenchOptions(store.file, run, demo || (screenshot != null && run == null),
                screenshot, wh[0], wh[1], fill, at, panel);
        if (screenshot == null) {
            try {
                WorkbenchLauncher.open(options);
            } catch (IllegalStateException e) {
                throw new CliErrors.CliException(e.getMessage(), CliErrors.BAD_INPUT);
            }
            return 0;
        }
        try {
            WorkbenchLauncher.screenshot(options);
        } catch (WorkbenchLauncher.ScreenshotException e) {
            throw new CliErrors.CliException("no screenshot: " + e.getMessage(), CliErrors.BAD_INPUT);
        }
        spec.commandLine().getOut().println("Screenshot written to " + screenshot.toAbsolutePath() + " (" + wh[0]
                + "x" + wh[1] + ")");
        return 0;
    }

    /**
     * Opens the window on the default store and returns when it is closed: what {@code rstar} with no arguments
     * does. Returns the exit code: 0, or 2 when there is no display (said on {@code err}).
     */
    static int openWindow(PrintWriter err) {
        try {
            WorkbenchLauncher.open(WorkbenchOptions.window(StoreLocation.defaultFile()));
            return 0;
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return CliErrors.BAD_INPUT;
        }
    }
}
