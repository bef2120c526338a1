package org.rstarworkbench.app.gui.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.rstarworkbench.app.eval.EvalOutputs;
import org.rstarworkbench.app.eval.EvalRow;
import org.rstarworkbench.app.eval.EvalSetup;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.app.gui.run.PeerSettings;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.gsmmini.GsmMini;
import org.rstarworkbench.samples.models.TinyModels;

/**
 * The results an earlier evaluation wrote to a folder, read for the evaluation window ({@link #read} reads files:
 * call it off the FX thread), with GSM-mini's test ids to place them and what the evaluation ran with; how they set
 * the window's form ({@link #fill}, on the FX thread); and how the window words its failures.
 *
 * @param rows       the folder's rows
 * @param gsmMiniIds the ids of GSM-mini's test problems, in order
 * @param setup      what the evaluation ran with, when the folder says ({@code setup.json})
 */
record OpenedResults(List<EvalRow> rows, List<String> gsmMiniIds, Optional<EvalSetup> setup) {

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
        return new OpenedResults(read, GsmMini.testSet().stream().map(Problem::id).toList(),
                EvalOutputs.readSetup(dir));
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

    /**
     * Sets {@code form} to continue this evaluation: from {@code setup.json}, the dataset, the generator and its
     * endpoint fields, the peer and the search settings (a model the window cannot open leaves the model as it
     * was); from the rows, the methods and budgets, and, when every row is a GSM-mini test problem, the dataset and
     * the item range they cover. So Start continues the evaluation rather than mixing other methods into it, and a
     * problem searched again uses the models and settings that made it.
     */
    void fill(EvaluationSettings form) {
        setup.ifPresent(s -> fillSetup(form, s));
        Set<String> names = new HashSet<>();
        SortedSet<Integer> samples = new TreeSet<>();
        SortedSet<Integer> budgets = new TreeSet<>();
        for (EvalRow r : rows) {
            names.add(r.method());
            if (r.method().equals("sc")) {
                samples.add(r.budget());
            } else if (ProblemResults.isSearch(r.method())) {
                budgets.add(r.budget());
            }
        }
        form.greedyProperty().set(names.contains("greedy-cot"));
        form.selfConsistencyProperty().set(names.contains("sc"));
        form.mctsMajorityProperty().set(names.contains("mcts-maj"));
        form.rstarProperty().set(names.contains("rstar"));
        if (!samples.isEmpty()) {
            form.scKProperty().set(join(samples));
        }
        if (!budgets.isEmpty()) {
            form.rolloutsProperty().set(join(budgets));
        }
        int low = Integer.MAX_VALUE;
        int high = -1;
        for (EvalRow r : rows) {
            int at = gsmMiniIds.indexOf(r.problem());
            if (at < 0) {
                return;
            }
            low = Math.min(low, at);
            high = Math.max(high, at);
        }
        if (high >= 0) {
            form.datasetProperty().set(GsmMini.NAME);
            form.firstItemProperty().set(low);
            form.lastItemProperty().set(high);
        }
    }

    private static void fillSetup(EvaluationSettings form, EvalSetup setup) {
        form.datasetProperty().set(setup.dataset());
        form.searchProperty().set(setup.config());
        ModelChoice generator = ModelChoice.recorded(setup.generator()).filter(form.models()::contains).orElse(null);
        if (generator != null) {
            form.modelProperty().set(generator);
            Endpoint.ofModelId(setup.generator()).ifPresent(e -> {
                form.endpointUrlProperty().set(e.url());
                form.endpointModelProperty().set(e.modelName());
            });
        }
        PeerSettings peer = form.peer();
        String p = setup.peer();
        String bundledPeer = TinyModels.PEER + "@djl";
        if (p == null || p.equals(setup.generator()) || (generator == ModelChoice.bundled() && p.equals(bundledPeer))) {
            peer.choiceProperty().set(PeerChoice.SAME);
        } else if (p.equals(bundledPeer) && peer.choices().contains(PeerChoice.BUNDLED)) {
            peer.choiceProperty().set(PeerChoice.BUNDLED);
        } else {
            Endpoint.ofModelId(p).ifPresent(e -> {
                peer.choiceProperty().set(PeerChoice.ENDPOINT);
                peer.endpointUrlProperty().set(e.url());
                peer.endpointModelProperty().set(e.modelName());
            });
        }
    }

    private static String join(SortedSet<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }
}
