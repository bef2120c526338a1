package org.rstarworkbench.app.gui;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.rstarworkbench.app.store.StoreException;
import org.rstarworkbench.app.store.UncheckedStoreException;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.prompt.PromptPackException;
import org.rstarworkbench.samples.data.DatasetException;

/**
 * Turns a failure into the {@link UserError} the dialog shows: model failures, store problems, unreadable datasets and
 * bad settings each get their own advice; anything unexpected is logged with its stack trace and shown without it.
 */
public final class UserErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UserErrors.class);

    private UserErrors() {
    }

    /**
     * The user's view of {@code failure}.
     *
     * @param doing what the workbench was doing, e.g. "Running the search", for the title of unexpected failures
     */
    public static UserError of(String doing, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause instanceof ModelException) {
            return new UserError("The model did not answer", cause.getMessage(),
                    "Check that the server is running and reachable at the endpoint URL, and that the model name is "
                            + "one it serves (GET <URL>/models lists them). Or choose the demo model, which needs no "
                            + "server.");
        }
        if (cause instanceof StoreException || cause instanceof UncheckedStoreException) {
            return new UserError("The run store could not be used", cause.getMessage(),
                    "Check that the store file exists, is readable and writable, and is not being rewritten by "
                            + "another program; or start the workbench with another store (rstar gui --store FILE).");
        }
        if (cause instanceof PromptPackException) {
            return new UserError("The prompt pack could not be loaded", cause.getMessage(),
                    "Choose one of the bundled packs, or fix the pack and start again.");
        }
        if (cause instanceof DatasetException) {
            return new UserError("The dataset could not be read", cause.getMessage(),
                    "Fix the file at the place named above, or choose another: a JSON array of objects, or one JSON "
                            + "object per line (JSONL), each with a \"problem\" or \"question\" field.");
        }
        if (cause instanceof SettingsException) {
            return settings(cause.getMessage());
        }
        LOG.error("{} failed unexpectedly", doing, cause);
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof IllegalArgumentException) {
            return new UserError(doing + " failed: a value was not accepted", what,
                    "Correct the value named above and try again.");
        }
        return new UserError(doing + " failed unexpectedly", what,
                "Try again. If it happens again, please report it with the log, which has the details.");
    }

    /** Settings that cannot be used; {@code problems} names each field and its bad value. */
    public static UserError settings(String problems) {
        return settings(problems, "Correct the settings named above in the panel on the left, then start the run "
                + "again.");
    }

    /** Settings that cannot be used, with advice that says where they are edited. */
    public static UserError settings(String problems, String advice) {
        return new UserError("The settings are not valid", problems, advice);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable at = t;
        while ((at instanceof CompletionException || at instanceof ExecutionException
                || (at instanceof UncheckedStoreException && at.getCause() instanceof StoreException))
                && at.getCause() != null) {
            at = at.getCause();
        }
        return at;
    }
}
