package org.rstarworkbench.app.gui.evaluation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.rstarworkbench.app.eval.EvalMethods;
import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.run.Endpoint;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.app.gui.run.PeerSettings;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * The evaluation window's form as the user edits it: dataset, item range, methods and their budgets, the generator
 * and the peer (each with its endpoint fields), the search settings (taken from the run panel when the window opens),
 * problems evaluated at once, and the results folder with whether to continue the results already in it.
 * {@link #plan()} checks every field at once and names each bad one.
 *
 * <p>Threading: the FX thread (in tests, the thread that drains the executor's callbacks).
 */
public final class EvaluationSettings {

    /** The most problems evaluated at once that the form offers. */
    public static final int MAX_PARALLEL = 16;

    private final StringProperty dataset = new SimpleStringProperty(GsmMini.NAME);
    private final IntegerProperty firstItem = new SimpleIntegerProperty(0);
    private final IntegerProperty lastItem = new SimpleIntegerProperty(9);
    private final BooleanProperty greedy = new SimpleBooleanProperty(true);
    private final BooleanProperty selfConsistency = new SimpleBooleanProperty(true);
    private final BooleanProperty mctsMajority = new SimpleBooleanProperty(false);
    private final BooleanProperty rstar = new SimpleBooleanProperty(true);
    private final StringProperty scK = new SimpleStringProperty("4,8");
    private final StringProperty rollouts = new SimpleStringProperty("2,4");
    private final ObservableList<ModelChoice> models;
    private final ObjectProperty<ModelChoice> model;
    private final StringProperty endpointUrl = new SimpleStringProperty("");
    private final StringProperty endpointModel = new SimpleStringProperty("");
    private final PeerSettings peer = new PeerSettings();
    private final ObjectProperty<SearchConfig> search = new SimpleObjectProperty<>(SearchConfig.defaults());
    private final IntegerProperty parallel = new SimpleIntegerProperty(1);
    private final StringProperty outFolder = new SimpleStringProperty("");
    private final BooleanProperty resume = new SimpleBooleanProperty(false);

    /** @param models the generators to offer, in chooser order; the first is chosen */
    public EvaluationSettings(List<ModelChoice> models) {
        this.models = FXCollections.observableArrayList(models);
        this.model = new SimpleObjectProperty<>(models.isEmpty() ? null : models.get(0));
    }

    /**
     * The evaluation these fields describe.
     *
     * @throws SettingsException naming every bad field and its value
     */
    public EvaluationPlan plan() throws SettingsException {
        List<String> problems = new ArrayList<>();
        String data = dataset.get() == null ? "" : dataset.get().strip();
        if (data.isEmpty()) {
            problems.add("Dataset is empty: give gsm-mini or a dataset file");
        }
        int first = firstItem.get();
        int last = lastItem.get();
        if (first < 0 || last < first) {
            problems.add("Items " + first + " to " + last + " are not a range: need 0 <= first <= last");
        }
        List<String> chosen = methods();
        if (chosen.isEmpty()) {
            problems.add("Methods: none chosen; tick at least one");
        }
        List<Integer> ks = EvaluationPlan.counts("Self-consistency samples", scK.get(), chosen.contains("sc"),
                problems);
        List<Integer> budgets = EvaluationPlan.counts("Rollout budgets", rollouts.get(),
                chosen.contains("mcts-maj") || chosen.contains("rstar"), problems);
        ModelChoice generator = model.get();
        Endpoint endpoint = new Endpoint(endpointUrl.get(), endpointModel.get());
        if (generator == null) {
            problems.add("Model: none chosen");
        } else if (generator.usesEndpoint()) {
            problems.addAll(endpoint.problems());
        }
        if (chosen.contains("rstar")) {
            problems.addAll(peer.problems());
        }
        SearchConfig config = search.get();
        config.problems().stream().map(p -> "Search settings (from the run panel): " + p).forEach(problems::add);
        if (parallel.get() < 1 || parallel.get() > MAX_PARALLEL) {
            problems.add("Problems at once must be 1 to " + MAX_PARALLEL + ", was " + parallel.get());
        }
        Path out = outFolder();
        if (resume.get() && out == null) {
            problems.add("Continue is ticked but the results folder is empty: choose the folder to continue");
        }
        if (!problems.isEmpty()) {
            throw new SettingsException(problems);
        }
        return new EvaluationPlan(data, first, last, chosen, ks, budgets, generator, endpoint,
                Objects.requireNonNullElse(peer.choiceProperty().get(), PeerChoice.SAME), peer.endpoint(), config,
                parallel.get(), out, resume.get());
    }

    private List<String> methods() {
        List<String> ticked = new ArrayList<>();
        if (greedy.get()) {
            ticked.add("greedy-cot");
        }
        if (selfConsistency.get()) {
            ticked.add("sc");
        }
        if (mctsMajority.get()) {
            ticked.add("mcts-maj");
        }
        if (rstar.get()) {
            ticked.add("rstar");
        }
        return EvalMethods.NAMES.stream().filter(ticked::contains).toList();
    }

    /** "depth 5 · c 2.00 · votes 10/32 · A1 on · A5 on · seed 42": the search settings in one line. */
    public static String describe(SearchConfig config) {
        return String.format(Locale.ROOT, "depth %d · c %.2f · votes %d/%d · A1 %s · A5 %s · seed %d",
                config.maxDepth(), config.explorationWeight(), config.votes(), config.lastVotes(),
                config.a1Enabled() ? "on" : "off", config.a5Enabled() ? "on" : "off", config.seed());
    }

    /** The results folder as typed, or null when blank. */
    public Path outFolder() {
        String out = outFolder.get();
        return out == null || out.isBlank() ? null : Path.of(out.strip());
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    public IntegerProperty firstItemProperty() {
        return firstItem;
    }

    public IntegerProperty lastItemProperty() {
        return lastItem;
    }

    public BooleanProperty greedyProperty() {
        return greedy;
    }

    public BooleanProperty selfConsistencyProperty() {
        return selfConsistency;
    }

    public BooleanProperty mctsMajorityProperty() {
        return mctsMajority;
    }

    public BooleanProperty rstarProperty() {
        return rstar;
    }

    public StringProperty scKProperty() {
        return scK;
    }

    public StringProperty rolloutsProperty() {
        return rollouts;
    }

    public ObservableList<ModelChoice> models() {
        return models;
    }

    public ObjectProperty<ModelChoice> modelProperty() {
        return model;
    }

    public StringProperty endpointUrlProperty() {
        return endpointUrl;
    }

    public StringProperty endpointModelProperty() {
        return endpointModel;
    }

    /** The peer of rStar's mutual-consistency check, read when rStar is ticked. */
    public PeerSettings peer() {
        return peer;
    }

    /** The search settings of MCTS majority and rStar; their rollouts come from the budgets instead. */
    public ObjectProperty<SearchConfig> searchProperty() {
        return search;
    }

    /** How many problems are evaluated at once (1 to {@link #MAX_PARALLEL}). */
    public IntegerProperty parallelProperty() {
        return parallel;
    }

    /** The results folder; blank for none. */
    public StringProperty outFolderProperty() {
        return outFolder;
    }

    /** Whether results already in the folder are kept and only the missing ones computed. */
    public BooleanProperty resumeProperty() {
        return resume;
    }
}
