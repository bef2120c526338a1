package org.rstarworkbench.app.gui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BundledDemosTest {

    @Test
    void demoRunsAreFoundByIdAndAnUnknownIdNamesTheOnesThereAre() {
        assertThat(BundledDemos.all()).hasSizeBetween(3, 4);
        assertThat(BundledDemos.byId("first-lesson").rollouts()).isEqualTo(4);
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
        assertThatThrownBy(() -> new DemoRun("Bad Id", "t", "d", 0, 4, 4, true, true)).hasMessageContaining("Bad Id");
        assertThatThrownBy(() -> new DemoRun("ok", "t", "d", 0, 0, 4, true, true)).hasMessageContaining("rollouts");
    }
}
