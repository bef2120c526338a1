package org.rstarworkbench.app.gui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.Workbenches;
import org.rstarworkbench.app.gui.run.ModelCatalog;
import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.gui.run.RunState;

/** Opening a bundled demo run in the window's view-model: a replay with no model and no store. */
class OpenDemoRunTest {

    @Test
    void everyDemoOpensAsAReplayWithThePeersVerdict() {
        try (Workbenches w = new Workbenches(ModelCatalog.installed(), null)) {
            for (DemoRun demo : BundledDemos.all()) {
                w.main.openDemoRun(demo);
                w.runUntil(() -> !w.main.loadingProperty().get());
                assertThat(w.main.run().state()).as(demo.id()).isEqualTo(RunState.REPLAY);
                assertThat(w.main.titleProperty().get()).as(demo.id()).contains(demo.title());
                assertThat(w.main.tree().tree().size()).as(demo.id()).isGreaterThan(5);
                assertThat(w.main.status().statsProperty().get().verdict()).as(demo.id()).isNotNull();
                assertThat(w.main.settings().rolloutsProperty().get()).as(demo.id()).isEqualTo(demo.rollouts());
                assertThat(w.main.settings().a5Property().get()).as(demo.id()).isEqualTo(demo.a5());
                assertThat(w.main.settings().modelProperty().get()).as("%s: Play runs the same model", demo.id())
                        .isEqualTo(demo.models() == DemoModels.SCRIPTED ? ModelChoice.demo() : ModelChoice.bundled());
            }
            assertThat(w.errors).isEmpty();
        }
    }
}
