package org.rstarworkbench.app.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.visualizer.style.FillMode;

class WorkbenchOptionsTest {

    @Test
    void sizesAreWidthByHeight() {
        assertThat(WorkbenchOptions.parseSize("1440x900")).containsExactly(1440, 900);
        assertThat(WorkbenchOptions.parseSize(" 800 X 600 ")).containsExactly(800, 600);
        assertThatThrownBy(() -> WorkbenchOptions.parseSize("big")).hasMessageContaining("WIDTHxHEIGHT")
                .hasMessageContaining("was big");
        assertThatThrownBy(() -> new WorkbenchOptions(Path.of("r.db"), null, false, null, 300, 200,
                FillMode.KIND, null)).hasMessageContaining("at least 640x400");
        assertThatThrownBy(() -> new WorkbenchOptions(Path.of("r.db"), 3L, true, null, 1000, 800, FillMode.KIND, null))
                .hasMessageContaining("not both");
    }

    @Test
    void theLookAndABundledDemoRunAreOptionsToo() {
        WorkbenchOptions window = WorkbenchOptions.window(Path.of("r.db"));
        assertThat(window.theme()).isEqualTo(Theme.LIGHT);
        assertThat(window.presentation()).isFalse();
        WorkbenchOptions lesson = window.withLook(Theme.DARK, true).withDemoRun("first-lesson");
        assertThat(lesson.theme()).isEqualTo(Theme.DARK);
        assertThat(lesson.presentation()).isTrue();
        assertThat(lesson.demoRun()).isEqualTo("first-lesson");
        assertThatThrownBy(() -> new WorkbenchOptions(Path.of("r.db"), 3L, false, null, 1000, 800, FillMode.KIND,
                null).withDemoRun("first-lesson")).hasMessageContaining("not two of them");
    }

    @Test
    void withoutADisplayTheLauncherSaysHowToRenderAScreenshotInstead() {
        assertThat(WorkbenchLauncher.missingDisplay("Linux", Map.of())).contains("--screenshot")
                .contains("xvfb-run");
        assertThat(WorkbenchLauncher.missingDisplay("Linux", Map.of("DISPLAY", ":0"))).isNull();
        assertThat(WorkbenchLauncher.missingDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"))).isNull();
        assertThat(WorkbenchLauncher.missingDisplay("Mac OS X", Map.of())).isNull();
        assertThat(WorkbenchLauncher.missingDisplay("Windows 11", Map.of())).isNull();
    }
}
