package org.rstarworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import org.rstarworkbench.app.gui.WorkbenchOptions;
import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.app.gui.settings.SavedSettings;
import org.rstarworkbench.visualizer.style.FillMode;

/** {@code rstar gui}'s options: what the command line gives wins, the rest is as last used. */
class GuiOptionsTest {

    static final SavedSettings SAVED = new SavedSettings(Theme.DARK, true, null, "", "", null, "", "", null, 16, 5, 10, 32,
            2.0, true, true, 42, FillMode.VISITS, 1000, 700, null, null);

    static GuiCommand parse(String... args) {
        CommandLine cli = RStarCommand.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        CommandLine.ParseResult result = cli.parseArgs(args);
        return (GuiCommand) result.subcommand().commandSpec().userObject();
    }

    @Test
    void whatIsNotGivenIsAsLastUsed() {
        WorkbenchOptions o = parse("gui", "--demo-run", "first-lesson").options(SAVED);
        assertThat(o.theme()).isEqualTo(Theme.DARK);
        assertThat(o.presentation()).isTrue();
        assertThat(o.fill()).isEqualTo(FillMode.VISITS);
        assertThat(o.width()).isEqualTo(1000);
        assertThat(o.demoRun()).isEqualTo("first-lesson");
        assertThat(o.demo()).isFalse();
    }

    @Test
    void whatIsGivenWins() {
        WorkbenchOptions o = parse("gui", "--theme", "LIGHT", "--fill", "kind", "--size", "800x600").options(SAVED);
        assertThat(o.theme()).isEqualTo(Theme.LIGHT);
        assertThat(o.fill()).isEqualTo(FillMode.KIND);
        assertThat(o.width()).isEqualTo(800);
        assertThat(o.height()).isEqualTo(600);
    }

    @Test
    void aScreenshotShowsTheDemoUnlessARunIsNamedAndTakesItsLookFromTheCommandLine() {
        WorkbenchOptions o = parse("gui", "--screenshot", "x.png", "--theme", "dark", "--presentation")
                .options(SavedSettings.DEFAULTS);
        assertThat(o.demo()).isTrue();
        assertThat(o.theme()).isEqualTo(Theme.DARK);
        assertThat(o.presentation()).isTrue();
        assertThat(o.width()).isEqualTo(WorkbenchOptions.WIDTH);
        WorkbenchOptions lesson = parse("gui", "--screenshot", "x.png", "--demo-run", "no-rephrase")
                .options(SavedSettings.DEFAULTS);
        assertThat(lesson.demo()).isFalse();
        assertThat(lesson.demoRun()).isEqualTo("no-rephrase");
    }
}
