package org.rstarworkbench.app.gui.evaluation;

/** Where the evaluation view's evaluation stands. */
public enum EvaluationState {
    READY("Ready"),
    RUNNING("Running"),
    FINISHED("Finished"),
    CANCELLED("Cancelled"),
    FAILED("Failed"),
    /** Showing the results an earlier evaluation wrote to a folder. */
    OPENED("Opened");

    private final String label;

    EvaluationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isRunning() {
        return this == RUNNING;
    }
}
