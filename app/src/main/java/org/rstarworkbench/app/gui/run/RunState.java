package org.rstarworkbench.app.gui.run;

/** Where the run shown in the window stands. */
public enum RunState {
    /** No run yet. */
    READY("Ready", false),
    /** The engine is searching. */
    RUNNING("Running", true),
    /** A pause was asked for; the engine stops before its next model call or at the end of the rollout. */
    PAUSING("Pausing…", true),
    /** The engine waits for a step, resume or cancel. */
    PAUSED("Paused", true),
    /** One model call or one rollout was asked for; the engine pauses again after it. */
    STEPPING("Stepping…", true),
    /** The search ended with an answer. */
    FINISHED("Finished", false),
    /** The user cancelled the search. */
    CANCELLED("Cancelled", false),
    /** The search stopped on an error. */
    FAILED("Failed", false),
    /** A stored run is shown; nothing runs. */
    REPLAY("Stored run", false);

    private final String label;
    private final boolean live;

    RunState(String label, boolean live) {
        this.label = label;
        this.live = live;
    }

    /** How the status bar names it. */
    public String label() {
        return label;
    }

    /** Whether a search is under way (running, pausing, paused or stepping). */
    public boolean isLive() {
        return live;
    }
}
