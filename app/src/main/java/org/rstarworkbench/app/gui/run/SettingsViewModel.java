package org.rstarworkbench.app.gui.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.rstarworkbench.app.gui.SettingsException;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.gui.UserErrors;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;

/**
 * What the next run is started from, as the run panel edits it: the problem ({@link ProblemSettings}: picked from
 * GSM-mini or a dataset file, or typed), the model, the peer ({@link PeerSettings}), the prompt pack and the search
 * settings, the advanced ones in {@link AdvancedSearchSettings}. {@link #settings()} checks them all and names every
 * bad field as the panel labels it.
 *
 * <p>Threading: the FX thread (in tests, the thread that drains the executor's callbacks).
 */
public final class SettingsViewModel {

    /** The labels of the search settings, which the run panel shows and messages name. */
    private static final Map<String, String> FIELD_NAMES = Map.ofEntries(Map.entry("rollouts", "Rollouts"),
            Map.entry("maxDepth", "Max depth"), Map.entry("explorationWeight", "Exploration c"),
            Map.entry("votes", "Votes"), Map.entry("lastVotes", "Last votes"), Map.entry("seed", "Seed"),
            Map.entry("weightSchedule", "Weight schedule"), Map.entry("a1Samples", "A1 samples"),
            Map.entry("subquestions", "Sub-questions per A3"), Map.entry("temperature", "Temperature"),
            Map.entry("topP", "Top-p"), Map.entry("topK", "Top-k"));

    private final TaskExecutor tasks;
    private final Consumer<UserError> errors;

    private final ProblemSettings problem;
    private final ObservableList<ModelChoice> models;
    private final ObjectProperty<ModelChoice> model;
    private final StringProperty endpointUrl = new SimpleStringProperty("http://localhost:8000/v1");
    private final StringProperty endpointModel = new SimpleStringProperty("");
    private final ObservableList<String> packs = FXCollections.observableArrayList("gsm8k");
    private final StringProperty pack = new SimpleStringProperty("gsm8k");

    private final IntegerProperty rollouts = new SimpleIntegerProperty(16);
    private final IntegerProperty maxDepth = new SimpleIntegerProperty(5);
    private final DoubleProperty explorationWeight = new SimpleDoubleProperty(2.0);
    private final IntegerProperty votes = new SimpleIntegerProperty(10);
    private final IntegerProperty lastVotes = new SimpleIntegerProperty(32);
    private final IntegerProperty seed = new SimpleIntegerProperty(42);
    private final BooleanProperty a1 = new SimpleBooleanProperty(true);
    private final BooleanProperty a5 = new SimpleBooleanProperty(true);
    private final BooleanProperty peer = new SimpleBooleanProperty(true);
    private final PeerSettings peerModel = new PeerSettings();
    private final BooleanProperty record = new SimpleBooleanProperty(true);
    private final AdvancedSearchSettings advanced = new AdvancedSearchSettings();
    private final BooleanBinding endpointApplies;

    /**
     * @param tasks   the task executor
     * @param catalog the models to offer
     * @param errors  shows a failure to the user
     */
    public SettingsViewModel(TaskExecutor tasks, ModelCatalog catalog, Consumer<UserError> errors) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.problem = new ProblemSettings(tasks, errors);
        this.models = FXCollections.observableArrayList(catalog.choices());
        this.model = new SimpleObjectProperty<>(catalog.first());
        this.pack.set(catalog.first().preferredPack());
        this.endpointApplies = Bindings.createBooleanBinding(() -> model.get() != null && model.get().usesEndpoint(),
                model);
        model.addListener((obs, old, chosen) -> {
            if (chosen != null && packs.contains(chosen.preferredPack())) {
                pack.set(chosen.preferredPack());
            }
        });
    }

    /** Loads the problem list ({@link ProblemSettings#loadStartingList}) and the bundled packs on worker threads. */
    public void loadChoices() {
        problem.loadStartingList();
        tasks.submit(PromptPacks::bundledNames, packs::setAll,
                failure -> errors.accept(UserErrors.of("Loading the prompt packs", failure)));
    }

    /**
     * The settings as entered, checked.
     *
     * @throws SettingsException naming every field that cannot be used and its value
     */
    public RunSettings settings() throws SettingsException {
        List<String> problemsFound = new ArrayList<>();
        String text = questionProperty().get() == null ? "" : questionProperty().get().strip();
        if (text.isEmpty()) {
            problemsFound.add("Problem is empty: pick a problem from the list or type a question");
        }
        ModelChoice chosen = model.get();
        Endpoint endpoint = new Endpoint(endpointUrl.get(), endpointModel.get());
        if (chosen == null) {
            problemsFound.add("Model is not chosen: pick one in the model list");
        } else if (chosen.usesEndpoint()) {
            problemsFound.addAll(endpoint.problems());
        }
        if (peer.get()) {
            problemsFound.addAll(peerModel.problems());
        }
        if (pack.get() == null || pack.get().isBlank()) {
            problemsFound.add("Prompt pack is empty: pick one of " + String.join(", ", packs));
        }
        SearchConfig config = config();
        config.problems().stream().map(SettingsViewModel::withFieldName).forEach(problemsFound::add);
        advanced.problems().stream().map(SettingsViewModel::withFieldName).forEach(problemsFound::add);
        if (!problemsFound.isEmpty()) {
            throw new SettingsException(problemsFound);
        }
        return new RunSettings(problem.problem(text), pack.get().strip(), chosen, endpoint, config, peer.get(),
                Objects.requireNonNullElse(peerModel.choiceProperty().get(), PeerChoice.SAME), peerModel.endpoint(),
                record.get());
    }

    /**
     * The search settings as entered, the advanced ones included, not checked ({@link SearchConfig#problems()} and
     * {@link AdvancedSearchSettings#problems()} say what is wrong; a temperature or top-p that cannot be used leaves
     * the default sampling here).
     */
    public SearchConfig config() {
        SearchConfig d = SearchConfig.defaults();
        return advanced.value().get().applyTo(d.withRollouts(rollouts.get()).withMaxDepth(maxDepth.get())
                .withExplorationWeight(explorationWeight.get()).withActions(a1.get(), a5.get())
                .withSamples(d.a1Samples(), d.subquestions(), votes.get(), lastVotes.get()).withSeed(seed.get()));
    }

    /** The label the run panel shows for a search setting, e.g. "Max depth" for {@code maxDepth}. */
    static String fieldName(String field) {
        String name = FIELD_NAMES.get(field);
        if (name == null) {
            throw new IllegalArgumentException("no label for the search setting " + field);
        }
        return name;
    }

    /**
     * Chooses the model a run recorded as {@code generatorId}, when this window offers it: the demo model, the
     * bundled models, or an OpenAI-compatible endpoint ({@code NAME@URL}, filling its fields); else leaves the choice.
     */
    public void chooseRecordedModel(String generatorId) {
        ModelChoice.recorded(generatorId).filter(models::contains).ifPresent(chosen -> {
            model.set(chosen);
            Endpoint.ofModelId(generatorId).ifPresent(e -> {
                endpointUrl.set(e.url());
                endpointModel.set(e.modelName());
            });
        });
    }

    /** "maxDepth must be …" → "Max depth must be …". */
    static String withFieldName(String problem) {
        int space = problem.indexOf(' ');
        String field = space < 0 ? problem : problem.substring(0, space);
        String name = FIELD_NAMES.get(field);
        return name == null ? problem : name + problem.substring(field.length());
    }

    /** Fills the settings from a stored run's, so that "play" runs the same search again. */
    public void fillFrom(Problem stored, String packName, SearchConfig config) {
        problem.fill(stored);
        if (packName != null && !packName.isBlank()) {
            if (!packs.contains(packName)) {
                packs.add(packName);
            }
            pack.set(packName);
        }
        rollouts.set(config.rollouts());
        maxDepth.set(config.maxDepth());
        explorationWeight.set(config.explorationWeight());
        votes.set(config.votes());
        lastVotes.set(config.lastVotes());
        seed.set((int) config.seed());
        a1.set(config.a1Enabled());
        a5.set(config.a5Enabled());
        advanced.fill(config);
    }

    /** The problem list, the problem picked from it and the question text. */
    public ProblemSettings problem() {
        return problem;
    }

    public ObservableList<Problem> problems() {
        return problem.problems();
    }

    public ObjectProperty<Problem> pickedProblemProperty() {
        return problem.pickedProblemProperty();
    }

    public StringProperty questionProperty() {
        return problem.questionProperty();
    }

    public ObservableList<ModelChoice> models() {
        return models;
    }

    public ObjectProperty<ModelChoice> modelProperty() {
        return model;
    }

    /** Whether the endpoint fields apply to the chosen model. */
    public BooleanBinding endpointApplies() {
        return endpointApplies;
    }

    public StringProperty endpointUrlProperty() {
        return endpointUrl;
    }

    public StringProperty endpointModelProperty() {
        return endpointModel;
    }

    public ObservableList<String> packs() {
        return packs;
    }

    public StringProperty packProperty() {
        return pack;
    }

    public IntegerProperty rolloutsProperty() {
        return rollouts;
    }

    public IntegerProperty maxDepthProperty() {
        return maxDepth;
    }

    public DoubleProperty explorationWeightProperty() {
        return explorationWeight;
    }

    public IntegerProperty votesProperty() {
        return votes;
    }

    public IntegerProperty lastVotesProperty() {
        return lastVotes;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    public BooleanProperty a1Property() {
        return a1;
    }

    public BooleanProperty a5Property() {
        return a5;
    }

    public BooleanProperty peerProperty() {
        return peer;
    }

    /** Which model the peer check uses, apart from the generator. */
    public PeerSettings peerModel() {
        return peerModel;
    }

    public BooleanProperty recordProperty() {
        return record;
    }

    /** The Advanced part: weight schedule, samples per A1 and A3, sampling and reference parity. */
    public AdvancedSearchSettings advanced() {
        return advanced;
    }
}

