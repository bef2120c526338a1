package org.rstarworkbench.app.gui.evaluation;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.app.gui.run.PeerSettings;

/**
 * The evaluation window's form, one row per setting: dataset, items, methods with their budgets, generator, peer
 * (idle unless rStar is ticked), search settings, problems at once, results folder with "Continue". It edits an
 * {@link EvaluationSettings}; everything is disabled while {@code locked} holds (an evaluation is running).
 */
final class EvaluationForm extends GridPane {

    private final EvaluationSettings settings;

    EvaluationForm(EvaluationSettings settings, BooleanExpression locked) {
        this.settings = settings;
        setHgap(8);
        setVgap(6);
        addRow(0, new Label("Dataset"), dataset());
        addRow(1, new Label("Items"), items());
        addRow(2, new Label("Methods"), methods());
        addRow(3, new Label("Model"), model());
        addRow(4, new Label("Peer"), peer());
        addRow(5, new Label("Search"), search());
        addRow(6, new Label("Results folder"), results());
        disableProperty().bind(locked);
    }

    private Node dataset() {
        TextField dataset = field("evalDataset", settings.datasetProperty(), "gsm-mini or a dataset file");
        HBox.setHgrow(dataset, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> chooseDataset());
        return new HBox(6, dataset, browse);
    }

    private Node items() {
        Spinner<Integer> first = spinner("evalFirst", 0, 100_000, settings.firstItemProperty());
        Spinner<Integer> last = spinner("evalLast", 0, 100_000, settings.lastItemProperty());
        return new HBox(6, first, new Label("to"), last, new Label("(from 0)"));
    }

    private Node methods() {
        CheckBox greedy = check("evalGreedy", "greedy-cot", settings.greedyProperty());
        CheckBox sc = check("evalSc", "sc, samples", settings.selfConsistencyProperty());
        TextField ks = field("evalScK", settings.scKProperty(), "4,8");
        ks.disableProperty().bind(settings.selfConsistencyProperty().not());
        CheckBox maj = check("evalMctsMaj", "mcts-maj", settings.mctsMajorityProperty());
        CheckBox rstar = check("evalRstar", "rstar", settings.rstarProperty());
        TextField budgets = field("evalRollouts", settings.rolloutsProperty(), "2,4,8");
        budgets.disableProperty().bind(settings.mctsMajorityProperty().or(settings.rstarProperty()).not());
        return new HBox(8, greedy, sc, ks, maj, rstar, new Label("rollouts"), budgets);
    }

    private Node model() {
        ComboBox<ModelChoice> models = new ComboBox<>(settings.models());
        models.setId("evalModel");
        models.valueProperty().bindBidirectional(settings.modelProperty());
        models.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelChoice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public ModelChoice fromString(String s) {
                return null;
            }
        });
        HBox endpoint = new HBox(6, field("evalEndpointUrl", settings.endpointUrlProperty(),
                "http://localhost:8000/v1"), field("evalEndpointModel", settings.endpointModelProperty(),
                "model name"));
        endpoint.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> settings.modelProperty().get() != null && settings.modelProperty().get().usesEndpoint(),
                settings.modelProperty()));
        endpoint.managedProperty().bind(endpoint.visibleProperty());
        return new HBox(6, models, endpoint);
    }

    private Node peer() {
        PeerSettings peer = settings.peer();
        ComboBox<PeerChoice> choice = new ComboBox<>(peer.choices());
        choice.setId("evalPeer");
        choice.valueProperty().bindBidirectional(peer.choiceProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(
                () -> peer.choiceProperty().get() == null ? "" : peer.choiceProperty().get().description(),
                peer.choiceProperty()));
        choice.setTooltip(tip);
        HBox endpoint = new HBox(6, field("evalPeerEndpointUrl", peer.endpointUrlProperty(),
                "http://localhost:8001/v1"), field("evalPeerEndpointModel", peer.endpointModelProperty(),
                "model name"));
        endpoint.visibleProperty().bind(peer.endpointApplies());
        endpoint.managedProperty().bind(endpoint.visibleProperty());
        HBox row = new HBox(6, choice, endpoint, new Label("(rStar's mutual-consistency check)"));
        row.disableProperty().bind(settings.rstarProperty().not());
        return row;
    }

    private Node search() {
        Label described = new Label();
        described.setId("evalSearch");
        described.textProperty().bind(Bindings.createStringBinding(
                () -> EvaluationSettings.describe(settings.searchProperty().get()) + "  (the run panel's)",
                settings.searchProperty()));
        described.setTooltip(new Tooltip("MCTS majority and rStar search with the run panel's settings as they were "
                + "when this window opened; their rollouts come from the budgets above."));
        Spinner<Integer> parallel = spinner("evalParallel", 1, EvaluationSettings.MAX_PARALLEL,
                settings.parallelProperty());
        parallel.setPrefWidth(70);
        parallel.setTooltip(new Tooltip("Problems evaluated at once: more keeps a server busy; the bundled models "
                + "share this computer's cores."));
        return new HBox(8, described, new Label("· problems at once"), parallel);
    }

    private Node results() {
        TextField out = field("evalOut", settings.outFolderProperty(), "none: results stay in this window");
        HBox.setHgrow(out, Priority.ALWAYS);
        Button chooseOut = new Button("Choose…");
        chooseOut.setOnAction(e -> chooseOutFolder());
        CheckBox resume = check("evalResume", "Continue", settings.resumeProperty());
        resume.setTooltip(new Tooltip("Keep the results already in the folder and compute only the missing ones, "
                + "e.g. after a cancelled evaluation."));
        return new HBox(6, out, chooseOut, resume);
    }

    private static Spinner<Integer> spinner(String id, int min, int max, IntegerProperty property) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get());
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.valueProperty().addListener((o, a, v) -> property.set(v));
        property.addListener((o, a, v) -> spinner.getValueFactory().setValue(v.intValue()));
        return spinner;
    }

    private static CheckBox check(String id, String text, BooleanProperty property) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }

    private static TextField field(String id, StringProperty property, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private void chooseDataset() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a dataset (JSON array or JSON lines)");
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            settings.datasetProperty().set(file.getPath());
        }
    }

    private void chooseOutFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the folder for the results");
        File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            settings.outFolderProperty().set(dir.getPath());
        }
    }
}
