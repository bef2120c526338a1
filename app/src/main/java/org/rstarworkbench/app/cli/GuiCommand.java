package org.rstarworkbench.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;

import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.gui.WorkbenchLauncher;
import org.rstarworkbench.app.gui.WorkbenchOptions;
import org.rstarworkbench.app.gui.classroom.BundledDemos;
import org.rstarworkbench.app.gui.classroom.DemoRun;
import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.app.gui.settings.SavedSettings;
import org.rstarworkbench.app.gui.settings.SettingsFile;
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
                    + "or --demo-run is given; the look is light unless --theme or --presentation is given).")
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

    @Option(names = "--evaluation", paramLabel = "DIR",
            description = "Open the evaluation window on the results an evaluation wrote to DIR (rstar eval --out, "
                    + "or the window's Results folder). With --screenshot, render that window instead.")
    Path evaluation;

    @Option(names = "--theme", paramLabel = "THEME",
            description = "The colour theme: ${COMPLETION-CANDIDATES} (default: as last used; light for "
                    + "--screenshot).")
    Theme theme;

    @Option(names = "--presentation",
            description = "Open in presentation mode: large fonts, strong contrast, thick tree lines (View ▸ "
                    + "Presentation mode, F5, toggles it).")
    boolean presentation;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What the window shows when it opens. */
    static final class Shown {
        @Option(names = "--run", paramLabel = "ID", description = "Show this stored run (see 'rstar runs').")
        Long run;

        @Option(names = "--demo", description = "Run the instant demo model on the first GSM-mini problem.")
        boolean demo;

        @Option(names = "--demo-run", paramLabel = "ID", completionCandidates = DemoRunIds.class,
                description = "Show a recorded demo run shipped with the workbench (File ▸ Open demo run): "
                        + "${COMPLETION-CANDIDATES}.")
        String demoRun;
    }

    /** The ids of the bundled demo runs, for the help text. */
    static final class DemoRunIds implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return BundledDemos.all().stream().map(DemoRun::id).iterator();
        }
    }

    @Override
    public Integer call() throws Exception {
        if (at != null && screenshot == null) {
            throw new IllegalArgumentException("--at works with --screenshot; in the window, scrub the timeline");
        }
        if (shown != null && shown.demoRun != null) {
            BundledDemos.byId(shown.demoRun); // an unknown id fails here, naming the ids there are
        }
        if (evaluation != null && !Files.isRegularFile(evaluation.resolve(EvalOutputs.RESULTS))) {
            throw new IllegalArgumentException("--evaluation: " + evaluation + " holds no " + EvalOutputs.RESULTS
                    + "; give the folder an evaluation wrote (rstar eval --out DIR)");
        }
        if (screenshot == null) {
            try {
                SettingsFile remembered = SettingsFile.atDefault();
                SavedSettings saved = remembered.load();
                WorkbenchLauncher.open(options(saved), remembered, saved);
            } catch (IllegalStateException e) {
                throw new CliErrors.CliException(e.getMessage(), CliErrors.BAD_INPUT);
            }
            return 0;
        }
        WorkbenchOptions options = options(SavedSettings.DEFAULTS); // a screenshot never depends on saved settings
        try {
            WorkbenchLauncher.screenshot(options);
        } catch (WorkbenchLauncher.ScreenshotException e) {
            throw new CliErrors.CliException("no screenshot: " + e.getMessage(), CliErrors.BAD_INPUT);
        }
        spec.commandLine().getOut().println("Screenshot written to " + screenshot.toAbsolutePath() + " ("
                + options.width() + "x" + options.height() + ")");
        return 0;
    }

    /** The window's options: what the command line gives, the look, fill and size not given as {@code saved}. */
    WorkbenchOptions options(SavedSettings saved) {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        boolean sized = given != null && given.hasMatchedOption("--size");
        boolean filled = given != null && given.hasMatchedOption("--fill");
        int[] wh = sized ? WorkbenchOptions.parseSize(size) : new int[] {saved.width(), saved.height()};
        Long run = shown == null ? null : shown.run;
        boolean demo = shown != null && shown.demo;
        String lesson = shown == null ? null : shown.demoRun;
        return new WorkbenchOptions(store.file, run, demo || (screenshot != null && run == null && lesson == null),
                screenshot, wh[0], wh[1], filled ? fill : saved.fill(), at, panel)
                .withLook(theme != null ? theme : saved.theme(), presentation || saved.presentation())
                .withDemoRun(lesson).withEvaluation(evaluation);
    }

    /**
     * Opens the window on the default store and returns when it is closed: what {@code rstar} with no arguments
     * does. Returns the exit code: 0, or 2 when there is no display (said on {@code err}).
     */
    static int openWindow(PrintWriter err) {
        try {
            SettingsFile remembered = SettingsFile.atDefault();
            SavedSettings saved = remembered.load();
            WorkbenchOptions window = WorkbenchOptions.window(StoreLocation.defaultFile());
            WorkbenchLauncher.open(new WorkbenchOptions(window.store(), null, false, null, saved.width(),
                    saved.height(), saved.fill(), null, window.panel()).withLook(saved.theme(), saved.presentation()),
                    remembered, saved);
            return 0;
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return CliErrors.BAD_INPUT;
        }
    }
}
