package org.rstarworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/** A shown run fills the run panel with the model that recorded it, so Play runs the same search again. */
class StoredRunModelTest {

    static RunStarted started(String generator) {
        return new RunStarted(0, GsmMini.testSet().get(0), SearchConfig.defaults().withRollouts(3), generator,
                "gsm8k", "2026-01-01T00:00:00Z");
    }

    @Test
    void anEndpointsRunFillsTheEndpointFields() {
        try (Workbenches w = new Workbenches()) {
            w.main.showEvents("stored run", List.of(started("qwen2.5-7b@http://gpu-box:8000/v1")));

            assertThat(w.main.settings().modelProperty().get()).isEqualTo(ModelChoice.endpoint());
            assertThat(w.main.settings().endpointUrlProperty().get()).isEqualTo("http://gpu-box:8000/v1");
            assertThat(w.main.settings().endpointModelProperty().get()).isEqualTo("qwen2.5-7b");
            assertThat(w.main.settings().rolloutsProperty().get()).isEqualTo(3);
        }
    }

    @Test
    void aModelTheWindowCannotOpenLeavesTheChoiceAlone() {
        try (Workbenches w = new Workbenches()) {
            ModelChoice before = w.main.settings().modelProperty().get();
            w.main.showEvents("stored run", List.of(started("some-local-model")));

            assertThat(w.main.settings().modelProperty().get()).isSameAs(before);
        }
    }
}
