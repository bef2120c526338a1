package org.rstarworkbench.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.Workbenches;
import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.app.gui.run.AdvancedSearch;
import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.core.search.SearchConfig.WeightSchedule;
import org.rstarworkbench.visualizer.style.FillMode;

class SettingsKeeperTest {

    static final AdvancedSearch ADVANCED = new AdvancedSearch(WeightSchedule.LINEAR, 4, 5, 0.6, 0.9, 20, true);

    @Test
    void settingsAppliedToTheWindowAreCapturedBackTheSame() {
        try (Workbenches w = new Workbenches()) {
            SavedSettings saved = new SavedSettings(Theme.DARK, true, ModelChoice.endpoint().label(),
                    "http://gpu-box:8000/v1", "qwen2.5-7b", PeerChoice.ENDPOINT, "http://peer-box:8001/v1",
                    "qwen2.5-1.5b", "gsm8k", 32, 6, 4, 24, 1.4, false, true, 7, FillMode.VERDICT, 1280, 720, null,
                    ADVANCED);
            SettingsKeeper.apply(saved, w.main);
            assertThat(w.main.settings().modelProperty().get()).isSameAs(ModelChoice.endpoint());
            assertThat(w.main.settings().peerModel().choiceProperty().get()).isEqualTo(PeerChoice.ENDPOINT);
            assertThat(w.main.settings().peerModel().endpointUrlProperty().get()).isEqualTo("http://peer-box:8001/v1");
            assertThat(w.main.appearance().treeLook().get().dark()).isTrue();
            assertThat(w.main.settings().config().sampling().temperature()).isEqualTo(0.6);
            assertThat(w.main.settings().config().referenceParity()).isTrue();
            assertThat(SettingsKeeper.capture(w.main, 1280, 720)).isEqualTo(saved);
        }
    }

    @Test
    void aModelTheCatalogNoLongerHasLeavesTheChoiceAsItWas() {
        try (Workbenches w = new Workbenches(ModelCatalog.standard(), null)) {
            ModelChoice before = w.main.settings().modelProperty().get();
            SavedSettings saved = new SavedSettings(Theme.LIGHT, false, "A model long gone", "", "", null, "", "",
                    null, 16, 5, 10, 32, 2.0, true, true, 42, FillMode.MEAN_REWARD, 1440, 900, null, null);
            SettingsKeeper.apply(saved, w.main);
            assertThat(w.main.settings().modelProperty().get()).isSameAs(before);
            assertThat(SettingsKeeper.capture(w.main, 1440, 900).model()).isEqualTo(before.label());
        }
    }

    @Test
    void aWindowSmallerThanTheSmallestSizeIsSavedAtThatSize() {
        try (Workbenches w = new Workbenches()) {
            SavedSettings captured = SettingsKeeper.capture(w.main, 10, 10);
            assertThat(captured.width()).isEqualTo(640);
            assertThat(captured.height()).isEqualTo(400);
        }
    }
}
