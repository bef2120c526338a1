package org.rstarworkbench.core.run;

/** Thrown at an engine checkpoint after {@link RunController#cancel()}; the run ends with a cancelled event. */
public final class RunCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunCancelledException() {
        super("the run was cancelled");
    }
}
