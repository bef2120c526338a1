package org.rstarworkbench.samples.gsmmini;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.prompt.PromptPack;
import org.rstarworkbench.core.prompt.PromptPacks;

class TinyPackTest {

    @Test
    void theTinyPackIsBundledWithShortZeroShotFormats() throws Exception {
        PromptPack tiny = PromptPacks.bundled("tiny");

        assertThat(PromptPacks.bundledNames()).contains("tiny");
        assertThat(tiny.name()).isEqualTo("tiny");
        assertThat(tiny.answerFormat()).isEqualTo("numeric");
        assertThat(tiny.cot().render(false, "Mia has 2 apples. How many?")).isEqualTo("Q: Mia has 2 apples. How many?\nA: ");
        assertThat(tiny.ost().render(true, "q")).isEqualTo("Q: q\n");
        assertThat(List.of(tiny.cot().stop(), tiny.ost().stop())).containsOnly(List.of("\n"));
        assertThat(tiny.decompose().questionIndex()).isEqualTo(1);
        assertThat(tiny.decompose().examples()).isEmpty();
        assertThat(tiny.rephrase().examples()).isEmpty();
        assertThat(tiny.rephrase().prefix()).isEqualTo("Condition 1: ");
    }
}
