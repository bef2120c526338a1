package org.rstarworkbench.app.gui.classroom;

import java.util.Objects;

/**
 * One recorded demo run shipped with the workbench: what the menu calls it, which models recorded it, which GSM-mini
 * test problem it solves and with which search settings. {@link DemoRecorder} records it again from these settings;
 * for the scripted demo model that is the same run on every machine, for the bundled tiny models the same run up to
 * the CPU's float rounding (see {@link DemoModels}). The recording lies in the app's resources as
 * {@link #resource()}. Immutable and thread-safe.
 *
 * @param id          the file's base name, e.g. {@code first-lesson}
 * @param title       the menu item's text
 * @param description one or two sentences on what the run shows, for the menu's tooltip
 * @param models      the models that recorded it
 * @param problem     the index of the problem in GSM-mini's test split
 * @param rollouts    the number of rollouts
 * @param maxDepth    the tree's maximum depth
 * @param a1          whether A1 (propose a one-step thought) is on
 * @param a5          whether A5 (rephrase the question) is on
 */
public record DemoRun(String id, String title, String description, DemoModels models, int problem, int rollouts,
                      int maxDepth, boolean a1, boolean a5) {

    /** The folder of the recordings among the class path's resources. */
    public static final String FOLDER = "/org/rstarworkbench/app/demos/";

    public DemoRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(models, "models");
        if (!id.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a demo run's id must be lower-case letters, digits and dashes, was "
                    + id);
        }
        if (problem < 0 || rollouts < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("demo run " + id + ": problem must be 0 or more and rollouts and "
                    + "maxDepth 1 or more, were " + problem + ", " + rollouts + ", " + maxDepth);
        }
    }

    /** The recording's resource path: gzipped run JSON, the format {@code rstar export ID FILE.json} writes. */
    public String resource() {
        return FOLDER + id + ".json.gz";
    }
}
