package org.rstarworkbench.app.gui.run;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The left panel: the problem, the model and the search settings (editable while no run is under way), and the run
 * controls below them, always in view.
 */
public final class RunView extends BorderPane {

    /** Room for the run buttons in two columns. */
    private static final double MIN_WIDTH = 270;

    private final RunViewModel run;
    private final SettingsViewModel settings;
    /** Bidirectional bindings hold their ends weakly; the adapters of the spinners are kept here. */
    private final List<Object> keep = new ArrayList<>();

    public RunView(RunViewModel run) {
        this.run = run;
        this.settings = run.settings();
        getStyleClass().add("run-view");
        setMinWidth(MIN_WIDTH);
        VBox runSettings = new VBox(14, new ProblemView(settings.problem()), modelSection(), peerSection(),
                searchSection());
        runSettings.disableProperty().bind(run.settingsEditable().not());
        VBox form = new VBox(14, runSettings, new BreakpointsView(run.breakpoints()));
        form.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        setBottom(controls());
    }

    private Node modelSection() {
        ComboBox<ModelChoice> model = new ComboBox<>(settings.models());
        model.setId("modelChoice");
        model.setMaxWidth(Double.MAX_VALUE);
        model.valueProperty().bindBidirectional(settings.modelProperty());
        model.setTooltip(new Tooltip());
        model.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> settings.modelProperty().get() == null ? "" : settings.modelProperty().get().description(),
                settings.modelProperty()));
        GridPane endpoint = endpointFields("endpoint", settings.endpointUrlProperty(),
                settings.endpointModelProperty(), settings.endpointApplies());
        ComboBox<String> pack = new ComboBox<>(settings.packs());
        pack.setId("pack");
        pack.valueProperty().bindBidirectional(settings.packProperty());
        pack.setMaxWidth(Double.MAX_VALUE);
        GridPane packRow = grid();
        packRow.addRow(0, new Label("Pack"), pack);
        return section("Model", model, endpoint, packRow);
    }

    /** The peer of the mutual-consistency check, which may differ from the generator; idle while the check is off. */
    private Node peerSection() {
        PeerSettings peer = settings.peerModel();
        ComboBox<PeerChoice> choice = new ComboBox<>(peer.choices());
        choice.setId("peerChoice");
        choice.setMaxWidth(Double.MAX_VALUE);
        choice.valueProperty().bindBidirectional(peer.choiceProperty());
        choice.setTooltip(new Tooltip());
        choice.getTooltip().textProperty().bind(Bindings.createStringBinding(
                () -> peer.choiceProperty().get() == null ? "" : peer.choiceProperty().get().description(),
                peer.choiceProperty()));
        GridPane endpoint = endpointFields("peerEndpoint", peer.endpointUrlProperty(), peer.endpointModelProperty(),
                peer.endpointApplies());
        Node section = section("Peer", choice, endpoint);
        section.disableProperty().bind(settings.peerProperty().not());
        return section;
    }

    /** The URL and model-name fields ({@code <id>Url}, {@code <id>Model}), shown only while they apply. */
    private static GridPane endpointFields(String id, StringProperty urlText, StringProperty modelText,
                                           ObservableBooleanValue applies) {
        TextField url = new TextField();
        url.setId(id + "Url");
        url.setPromptText("http://localhost:8000/v1");
        url.textProperty().bindBidirectional(urlText);
        TextField name = new TextField();
        name.setId(id + "Model");
        name.setPromptText("model name the server serves");
        name.textProperty().bindBidirectional(modelText);
        GridPane endpoint = grid();
        endpoint.addRow(0, new Label("URL"), url);
        endpoint.addRow(1, new Label("Model"), name);
        endpoint.visibleProperty().bind(applies);
        endpoint.managedProperty().bind(applies);
        return endpoint;
    }

    private Node searchSection() {
        GridPane g = grid();
        addRow(g, intSpinner("rollouts", settings.rolloutsProperty(), 1, 4096));
        addRow(g, intSpinner("maxDepth", settings.maxDepthProperty(), 1, 64));
        addRow(g, Spinners.bound("explorationWeight", settings.explorationWeightProperty(), 0, 100, 0.1, keep));
        addRow(g, intSpinner("votes", settings.votesProperty(), 1, 256));
        addRow(g, intSpinner("lastVotes", settings.lastVotesProperty(), 1, 256));
        addRow(g, intSpinner("seed", settings.seedProperty(), 0, Integer.MAX_VALUE));
        CheckBox a1 = check("A1 one-step thoughts", settings.a1Property());
        CheckBox a5 = check("A5 rephrase the question", settings.a5Property());
        CheckBox peer = check("Peer check (mutual consistency)", settings.peerProperty());
        peer.setTooltip(new Tooltip("A peer model completes masked prefixes of each candidate trajectory; the answer "
                + "comes from the trajectories it agrees with (rStar §3.3). Pick the peer under Peer."));
        CheckBox record = check("Save the run to the store", settings.recordProperty());
        return section("Search", g, a1, a5, peer, record, new AdvancedSearchView(settings.advanced()));
    }

    /** A row of {@code field} under the label that messages about it use (the field's id is the setting's name). */
    static void addRow(GridPane g, Node field) {
        g.addRow(g.getRowCount(), new Label(SettingsViewModel.fieldName(field.getId())), field);
    }

    private Node controls() {
        Button play = button("play", "▶ Play", run::play, run.canPlay().not(),
                "Search rollout by rollout, with a short wait after each so the growth can be followed");
        play.textProperty().bind(Bindings.concat("▶ ", run.playLabel()));
        Button pause = button("pause", "‖ Pause", run::pause, run.canPause().not(),
                "Pause before the next model call");
        Button stepCall = button("stepCall", "Step call", run::stepModelCall, run.canStep().not(),
                "Let exactly one model call happen, then pause");
        Button stepRollout = button("stepRollout", "Step rollout", run::stepRollout, run.canStep().not(),
                "Let the current rollout finish, then pause");
        Button toEnd = button("runToEnd", "▶▶ Run to end", run::runToEnd, run.canRunToEnd().not(),
                "Run to the end at full speed");
        Button cancel = button("cancel", "■ Cancel", run::cancel, run.canCancel().not(),
                "Stop the run; what it found so far stays on screen");
        TilePane buttons = new TilePane(6, 6, play, pause, stepCall, stepRollout, toEnd, cancel);
        buttons.setPrefColumns(2);
        Slider delay = new Slider(0, 1000, run.playDelayMillisProperty().get());
        delay.setId("playDelay");
        delay.valueProperty().addListener((obs, old, v) -> run.playDelayMillisProperty().set(v.intValue()));
        Label delayText = new Label();
        delayText.textProperty().bind(run.playDelayMillisProperty().asString("Play: %d ms between rollouts"));
        delayText.getStyleClass().add("hint");
        Label hit = new Label();
        hit.setId("breakpointHit");
        hit.setWrapText(true);
        hit.getStyleClass().add("breakpoint-hit");
        hit.textProperty().bind(run.breakpointTextProperty());
        hit.visibleProperty().bind(run.breakpointTextProperty().isNotEmpty());
        hit.managedProperty().bind(hit.visibleProperty());
        VBox box = new VBox(8, title("Run"), buttons, hit, delayText, delay);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("run-controls");
        return box;
    }

    private Button button(String id, String text, Runnable action, ObservableBooleanValue off,
                          String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        b.disableProperty().bind(off);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private Spinner<Integer> intSpinner(String id, IntegerProperty property, int min, int max) {
        return Spinners.bound(id, property, min, max, keep);
    }

    static CheckBox check(String text, BooleanProperty property) {
        CheckBox c = new CheckBox(text);
        c.selectedProperty().bindBidirectional(property);
        return c;
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        return g;
    }

    static Label title(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("section-title");
        return heading;
    }

    private static Node section(String title, Node... content) {
        VBox box = new VBox(6, title(title));
        box.getChildren().addAll(content);
        return box;
    }
}
