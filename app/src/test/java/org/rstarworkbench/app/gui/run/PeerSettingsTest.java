package org.rstarworkbench.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;

/** The peer chooser's state and checks, without JavaFX. */
class PeerSettingsTest {

    static final Problem PROBLEM = new Problem("p", "What is 3 + 4?", "7");

    @Test
    void theGeneratorsChoiceIsTheDefaultAndNeedsNoFields() {
        PeerSettings peer = new PeerSettings();
        assertThat(peer.choices()).startsWith(PeerChoice.SAME).contains(PeerChoice.ENDPOINT);
        assertThat(peer.choiceProperty().get()).isEqualTo(PeerChoice.SAME);
        assertThat(peer.endpointApplies().get()).isFalse();
        peer.endpointUrlProperty().set("");
        assertThat(peer.problems()).as("the fields are not read").isEmpty();
    }

    @Test
    void theEndpointFieldsApplyOnlyToAnotherEndpoint() {
        PeerSettings peer = new PeerSettings(List.of(PeerChoice.values()));
        peer.choiceProperty().set(PeerChoice.ENDPOINT);
        assertThat(peer.endpointApplies().get()).isTrue();
        peer.choiceProperty().set(PeerChoice.BUNDLED);
        assertThat(peer.endpointApplies().get()).isFalse();
        assertThat(peer.problems()).isEmpty();
    }

    @Test
    void eachBadPeerFieldIsNamedAsThePeers() {
        PeerSettings peer = new PeerSettings();
        peer.choiceProperty().set(PeerChoice.ENDPOINT);
        peer.endpointUrlProperty().set(" ");
        assertThat(peer.problems()).containsExactly(
                "Peer endpoint URL is empty: give the server's base URL, e.g. http://localhost:8000/v1",
                "Peer model name is empty: give the name the server serves (GET <URL>/models lists them)");
        peer.endpointUrlProperty().set("localhost:8001/v1");
        peer.endpointModelProperty().set("qwen2.5-1.5b");
        assertThat(peer.problems()).singleElement().asString()
                .startsWith("Peer endpoint URL 'localhost:8001/v1' is not an http(s) URL");
        peer.endpointUrlProperty().set("http://localhost:8001/v1");
        assertThat(peer.problems()).isEmpty();
        assertThat(peer.endpoint()).isEqualTo(new Endpoint("http://localhost:8001/v1", "qwen2.5-1.5b"));
    }

    @Test
    void noChoiceIsNamed() {
        PeerSettings peer = new PeerSettings();
        peer.choiceProperty().set(null);
        assertThat(peer.problems()).containsExactly("Peer is not chosen: pick one in the peer list");
    }

    @Test
    void theGeneratorsChoiceGivesItsOwnPeerAndAnEndpointOpensItsOwnServer() throws Exception {
        Endpoint generator = new Endpoint("http://localhost:8000/v1", "big");
        Endpoint own = new Endpoint(" http://localhost:8001/v1 ", " small ");
        assertThat(PeerChoice.SAME.open(ModelChoice.demo(), generator, own, PROBLEM))
                .as("the demo model is its own peer").isNull();
        assertThat(PeerChoice.SAME.open(ModelChoice.endpoint(), generator, own, PROBLEM)).isNull();
        try (LanguageModel peer = PeerChoice.ENDPOINT.open(ModelChoice.demo(), generator, own, PROBLEM)) {
            assertThat(peer.id()).isEqualTo("small@http://localhost:8001/v1");
        }
    }

    @Test
    void runSettingsOpenThePeerOnlyWhenThePeerCheckIsOn() throws Exception {
        RunSettings on = settings(true, PeerChoice.ENDPOINT);
        try (LanguageModel peer = on.openPeer()) {
            assertThat(peer.id()).startsWith("small@");
        }
        RunSettings off = settings(false, PeerChoice.ENDPOINT);
        assertThat(off.openPeer()).isNull();
    }

    static RunSettings settings(boolean peer, PeerChoice choice) {
        return new RunSettings(PROBLEM, "gsm8k", ModelChoice.demo(), new Endpoint("", ""),
                SearchConfig.defaults(), peer, choice,
                new Endpoint("http://localhost:8001/v1", "small"), false);
    }
}
