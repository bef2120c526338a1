package org.rstarworkbench.app.gui.run;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The peer as the run panel edits it, apart from the generator: which {@link PeerChoice}, and the URL and model name
 * of its own endpoint when it has one. {@link #problems()} checks the fields and names them as the user sees them.
 *
 * <p>Threading: the FX thread (in tests, the thread that drains the executor's callbacks).
 */
public final class PeerSettings {

    private final ObservableList<PeerChoice> choices;
    private final ObjectProperty<PeerChoice> choice = new SimpleObjectProperty<>(PeerChoice.SAME);
    private final StringProperty endpointUrl = new SimpleStringProperty("http://localhost:8000/v1");
    private final StringProperty endpointModel = new SimpleStringProperty("");
    private final BooleanBinding endpointApplies = Bindings.createBooleanBinding(
            () -> choice.get() != null && choice.get().usesEndpoint(), choice);

    /** The choices this build can open, "same as the generator's choice" first and chosen. */
    public PeerSettings() {
        this(PeerChoice.installed());
    }

    /** @param offered the choices to offer, in chooser order */
    public PeerSettings(List<PeerChoice> offered) {
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("the peer chooser needs at least one choice");
        }
        choices = FXCollections.observableArrayList(offered);
        choice.set(offered.get(0));
    }

    /** The peer's endpoint fields as typed. */
    public Endpoint endpoint() {
        return new Endpoint(endpointUrl.get(), endpointModel.get());
    }

    /** What is wrong with the peer's fields, each naming the field and the value; empty when they can be used. */
    public List<String> problems() {
        PeerChoice chosen = choice.get();
        if (chosen == null) {
            return List.of("Peer is not chosen: pick one in the peer list");
        }
        if (!chosen.usesEndpoint()) {
            return List.of();
        }
        return endpoint().problems().stream().map(PeerSettings::ofPeer).toList();
    }

    /** "Endpoint URL is empty: …" → "Peer endpoint URL is empty: …", so the user knows which of the two it is. */
    static String ofPeer(String problem) {
        return problem.isEmpty() ? problem : "Peer " + Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
    }

    public ObservableList<PeerChoice> choices() {
        return choices;
    }

    public ObjectProperty<PeerChoice> choiceProperty() {
        return choice;
    }

    /** Whether the peer's endpoint fields apply to the chosen peer. */
    public BooleanBinding endpointApplies() {
        return endpointApplies;
    }

    public StringProperty endpointUrlProperty() {
        return endpointUrl;
    }

    public StringProperty endpointModelProperty() {
        return endpointModel;
    }
}
