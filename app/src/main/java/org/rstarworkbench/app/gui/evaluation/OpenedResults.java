package org.rstarworkbench.app.gui.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * The results an earlier evaluation wrote to a folder, read for the evaluation window ({@link #read} reads files:
 * call it off the FX thread), with GSM-mini's test ids to place them; and how the window words its failures.
 *
 * @param rows       the folder's rows
 * @param gsmMiniIds the ids of GSM-mini's test problems, in order
 */
record OpenedResults(List<EvalRow> rows, List<String> gsmMiniIds) {

    /** What a settings error in the evaluation window tells the user to do. */
    static final String FIX_IN_WINDOW = "Correct what is named above in this window (dataset, items, methods, "
            + "models, results folder), then press Start again.";

    OpenedResults {
        rows = List.copyOf(rows);
        gsmMiniIds = List.copyOf(gsmMiniIds);
    }

    /**
     * Reads {@code dir}'s {@code results.jsonl}.
     *
     * @throws SettingsException when the folder holds no results file, or no readable row; the message names it
     * @throws IOException       when the file cannot be read
     */
    static OpenedResults read(Path dir) throws IOException, SettingsException {
        if (!Files.isRegularFile(dir.resolve(EvalOutputs.RESULTS))) {
            throw new SettingsException(List.of(dir + " holds no " + EvalOutputs.RESULTS + ": choose a folder an "
                    + "evaluation wrote (the Results folder here, or rstar eval --out)"));
        }
        List<EvalRow> read = EvalOutputs.read(dir);
        if (read.isEmpty()) {
            throw new SettingsException(List.of(dir.resolve(EvalOutputs.RESULTS) + " holds no readable results: "
                    + "it is empty or every line is damaged; run the evaluation again"));
        }
        return new OpenedResults(read, GsmMini.testSet().stream().map(Problem::id).toList());
    }

    /** As {@link UserErrors#of}, with bad settings sent to the evaluation window's form rather than the run panel. */
    static UserError userError(String doing, Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && !(cause instanceof SettingsException)) {
            cause = cause.getCause();
        }
        return cause instanceof SettingsException
                ? UserErrors.settings(cause.getMessage(), FIX_IN_WINDOW)
                : UserErrors.of(doing, failure);
    }
}
