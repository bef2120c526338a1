package org.rstarworkbench.app.gui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BundledDemosTest {

    @Test
    void demoRunsAreFoundByIdAndAnUnknownIdNamesTheOnesThereAre() {
        assertThat(BundledDemos.all()).hasSizeBetween(3, 5);
        assertThat(BundledDemos.all().stream().map(DemoRun::id).distinct()).hasSameSizeAs(BundledDemos.all());
        assertThat(BundledDemos.byId("first-lesson").rollouts()).isEqualTo(4);
        assertThat(BundledDemos.byId("first-lesson").models()).isEqualTo(DemoModels.SCRIPTED);
        assertThat(BundledDemos.byId("tiny-models").models()).isEqualTo(DemoModels.BUNDLED);
        assertThatThrownBy(() -> BundledDemos.byId("lesson-99")).hasMessageContaining("lesson-99")
                .hasMessageContaining("first-lesson").hasMessageContaining("no-rephrase");
    }

    @Test
    void aFileThatIsNotARunFileIsRefusedWithItsName() {
        assertThatThrownBy(() -> BundledDemos.parse("{\"format\": \"other\"}", "x.json"))
                .hasMessageContaining("x.json").hasMessageContaining("rstar-run/1");
        assertThatThrownBy(() -> BundledDemos.parse("{\"format\": \"rstar-run/1\", \"events\": []}", "y.json"))
                .hasMessageContaining("y.json").hasMessageContaining("run-started");
    }

    @Test
    void badDemoRunEntriesAreRefused() {
        assertThatThrownBy(() -> new DemoRun("Bad Id", "t", "d", DemoModels.SCRIPTED, 0, 4, 4, true, true))
                .hasMessageContaining("Bad Id");
        assertThatThrownBy(() -> new DemoRun("ok", "t", "d", DemoModels.SCRIPTED, 0, 0, 4, true, true))
                .hasMessageContaining("rollouts");
        assertThatThrownBy(() -> new DemoRun("ok", "t", "d", null, 0, 4, 4, true, true)).hasMessageContaining("models");
    }
}
