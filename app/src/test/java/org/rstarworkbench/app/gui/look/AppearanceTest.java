package org.rstarworkbench.app.gui.look;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.rstarworkbench.visualizer.style.TreeLook;

class AppearanceTest {

    @Test
    void theTreeLookFollowsTheThemeAndPresentationMode() {
        Appearance a = new Appearance();
        assertThat(a.treeLook().get()).isEqualTo(TreeLook.LIGHT);
        a.themeProperty().set(Theme.DARK);
        assertThat(a.treeLook().get()).isEqualTo(TreeLook.DARK);
        a.presentationProperty().set(true);
        assertThat(a.treeLook().get()).isEqualTo(TreeLook.DARK.withScale(Appearance.PRESENTATION_SCALE));
        a.themeProperty().set(Theme.LIGHT);
        assertThat(a.treeLook().get().scale()).isEqualTo(1.5);
        assertThat(a.treeLook().get().dark()).isFalse();
    }

    @Test
    void themesAreNamedInAnyCaseAndEveryStyleSheetIsThere() {
        assertThat(Theme.of(" Dark ")).isEqualTo(Theme.DARK);
        assertThatThrownBy(() -> Theme.of("purple")).hasMessageContaining("purple").hasMessageContaining("light");
        for (Theme t : Theme.values()) {
            if (t.styleSheet() != null) {
                assertThat(AppearanceStyles.class.getResource("/org/rstarworkbench/app/gui/" + t.styleSheet()))
                        .as(t.styleSheet()).isNotNull();
            }
        }
        assertThat(AppearanceStyles.class.getResource("/org/rstarworkbench/app/gui/"
                + AppearanceStyles.PRESENTATION)).isNotNull();
    }
}
