package org.rstarworkbench.app.gui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.visualizer.style.FillMode;

/**
 * How the workbench window opens.
 *
 * @param store      the run store file: live runs are recorded there, stored runs opened from it
 * @param runId      a stored run to show when the window opens, or null
 * @param demo       whether to run the demo model on the first GSM-mini problem when the window opens
 * @param screenshot where to write a PNG of the window once the run is shown, then quit; null to stay open
 * @param width      the window's width in pixels
 * @param height     the window's height in pixels
 * @param fill       what the tree's fill shows at first
 * @param atSeq      for a screenshot: show the tree as it stood after this event, or null for the end
 * @param panel      which panel the right side shows at first; for a screenshot, the trajectories panel shows the
 *                   featured candidate picked
 * @param theme        the colour theme at first
 * @param presentation whether the window opens in presentation mode (large fonts, strong contrast)
 * @param demoRun      the id of a bundled demo run to show when the window opens (see {@code BundledDemos}), or null
 * @param evaluation   an evaluation's results folder to show in the evaluation window when the workbench opens (for
 *                     a screenshot: the evaluation window is rendered instead of the main one), or null
 */
public record WorkbenchOptions(Path store, Long runId, boolean demo, Path screenshot, int width, int height,
                               FillMode fill, Long atSeq, Panel panel, Theme theme, boolean presentation,
                               String demoRun, Path evaluation) {

    /** The panels of the window's right side. */
    public enum Panel {
        INSPECTOR, TRAJECTORIES
    }

    /** The default window size. */
    public static final int WIDTH = 1440;
    public static final int HEIGHT = 900;

    public WorkbenchOptions {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(theme, "theme");
        if (width < 640 || height < 400) {
            throw new IllegalArgumentException("the window must be at least 640x400 pixels, was " + width + "x"
                    + height);
        }
        if (atSeq != null && atSeq < 0) {
            throw new IllegalArgumentException("the event to show must be 0 or more, was " + atSeq);
        }
        if (runId != null && demo) {
            throw new IllegalArgumentException("show either a stored run or the demo run, not both");
        }
        if (demoRun != null && (runId != null || demo)) {
            throw new IllegalArgumentException("show either a bundled demo run, a stored run or the demo run, not "
                    + "two of them");
        }
    }

    /** The options in the light theme, not in presentation mode. */
    public WorkbenchOptions(Path store, Long runId, boolean demo, Path screenshot, int width, int height,
                            FillMode fill, Long atSeq, Panel panel) {
        this(store, runId, demo, screenshot, width, height, fill, atSeq, panel, Theme.LIGHT, false, null, null);
    }

    /** These options in {@code value} theme and presentation mode. */
    public WorkbenchOptions withLook(Theme value, boolean inPresentation) {
        return new WorkbenchOptions(store, runId, demo, screenshot, width, height, fill, atSeq, panel, value,
                inPresentation, demoRun, evaluation);
    }

    /** These options showing the bundled demo run {@code id} (or none, for null) when the window opens. */
    public WorkbenchOptions withDemoRun(String id) {
        return new WorkbenchOptions(store, runId, demo, screenshot, width, height, fill, atSeq, panel, theme,
                presentation, id, evaluation);
    }

    /** These options showing the results in {@code folder} (or none, for null) in the evaluation window. */
    public WorkbenchOptions withEvaluation(Path folder) {
        return new WorkbenchOptions(store, runId, demo, screenshot, width, height, fill, atSeq, panel, theme,
                presentation, demoRun, folder);
    }

    /** The options with the inspector shown at first. */
    public WorkbenchOptions(Path store, Long runId, boolean demo, Path screenshot, int width, int height,
                            FillMode fill, Long atSeq) {
        this(store, runId, demo, screenshot, width, height, fill, atSeq, Panel.INSPECTOR);
    }

    /**
     * Reads a window size written {@code WIDTHxHEIGHT}, e.g. {@code 1440x900}.
     *
     * @return width and height
     * @throws IllegalArgumentException naming the text when it is not such a size
     */
    public static int[] parseSize(String text) {
        String[] parts = text == null ? new String[0] : text.strip().toLowerCase(Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("the window size must be WIDTHxHEIGHT in pixels, e.g. 1440x900, was "
                + text);
    }

    /** The window on the given store, nothing loaded. */
    public static WorkbenchOptions window(Path store) {
        return new WorkbenchOptions(store, null, false, null, WIDTH, HEIGHT, FillMode.MEAN_REWARD, null);
    }
}
