package org.rstarworkbench.app.cli;

import java.io.PrintWriter;

import org.rstarworkbench.app.store.StoreException;
import org.rstarworkbench.app.store.UncheckedStoreException;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.prompt.PromptPackException;
import org.rstarworkbench.core.run.RunCancelledException;
import org.rstarworkbench.samples.data.DatasetException;

import picocli.CommandLine;

/**
 * Turns failures into one line on standard error and an exit code, never a stack trace: bad input (settings, packs,
 * datasets) exits 2, a model that cannot answer 3, a cancelled run 130, anything unexpected 70 (with the stack trace
 * only when {@code RSTAR_DEBUG} is set).
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int MODEL_FAILED = 3;
    static final int INTERNAL = 70;
    static final int CANCELLED = 130;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        Throwable cause = e instanceof UncheckedStoreException && e.getCause() != null ? e.getCause() : e;
        if (e instanceof CliException cliException) {
            err.println("error: " + cliException.getMessage());
            return cliException.exitCode();
        }
        if (cause instanceof PromptPackException || cause instanceof DatasetException
                || cause instanceof StoreException || cause instanceof IllegalArgumentException) {
            err.println("error: " + cause.getMessage());
            return BAD_INPUT;
        }
        if (cause instanceof ModelException) {
            err.println("error: the model failed: " + cause.getMessage());
            return MODEL_FAILED;
        }
        if (cause instanceof RunCancelledException || cause instanceof InterruptedException) {
            err.println("cancelled");
            return CANCELLED;
        }
        err.println("internal error: " + cause + " (set RSTAR_DEBUG=1 for the stack trace, and please report it)");
        if (System.getenv("RSTAR_DEBUG") != null) {
            cause.printStackTrace(err);
        }
        return INTERNAL;
    }

    static int onBadParameters(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("error: " + e.getMessage() + " (see '" + e.getCommandLine().getCommandSpec().qualifiedName()
                + " --help')");
        return BAD_INPUT;
    }

    /** A failure with its own message and exit code. */
    static final class CliException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        CliException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }
}
