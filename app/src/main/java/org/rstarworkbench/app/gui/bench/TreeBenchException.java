package org.rstarworkbench.app.gui.bench;

/** The tree benchmark could not finish (JavaFX did not start, or a step did not end in time); the message says why. */
public final class TreeBenchException extends Exception {
    private static final long serialVersionUID = 1L;

    public TreeBenchException(String message) {
        super(message);
    }

    public TreeBenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
