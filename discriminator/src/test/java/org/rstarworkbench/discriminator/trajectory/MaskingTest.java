package org.rstarworkbench.discriminator.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void prefixesTakeTheCeilingOfTheWordShare() {
        String ten = "w1 w2 w3 w4 w5 w6 w7 w8 w9 w10";
        String seven = "a b c d e f g";

        assertThat(Masking.masks(ten, Masking.REFERENCE_RATIOS)).extracting(Masking.Mask::words)
                .containsExactly(2, 3, 4, 5);
        // 7 words: ceil(1.4), ceil(2.1), ceil(2.8), ceil(3.5)
        assertThat(Masking.masks(seven, Masking.REFERENCE_RATIOS)).extracting(Masking.Mask::prefix)
                .containsExactly("a b", "a b c", "a b c", "a b c d");
        assertThat(Masking.masks("one", Masking.REFERENCE_RATIOS)).extracting(Masking.Mask::words)
                .containsExactly(1, 1, 1, 1);
    }

    @Test
    void wordsAreSplitOnSingleSpacesOnly() {
        assertThat(Masking.words("a  b\nc d")).containsExactly("a", "", "b\nc", "d");
        assertThat(Masking.masks("a  b\nc d", List.of(0.5)).get(0).prefix()).isEqualTo("a ");
    }

    @Test
    void spreadComputesTheReferenceRatios() {
        assertThat(Masking.spread(0.2, 0.5, 4)).isEqualTo(Masking.REFERENCE_RATIOS);
        assertThat(Masking.spread(0.3, 0.9, 1)).containsExactly(0.3);
    }

    @Test
    void badRatiosAreRejectedWithTheValue() {
        assertThatThrownBy(() -> Masking.checkRatios(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> Masking.checkRatios(List.of(0.2, 1.5))).hasMessageContaining("1.5");
        assertThatThrownBy(() -> Masking.checkRatios(List.of(0.0))).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> Masking.spread(0.5, 0.2, 3)).hasMessageContaining("left=0.5");
    }

    @Property
    void prefixHoldsCeilWordsAndStartsTheText(@ForAll @IntRange(min = 1, max = 400) int words,
                                              @ForAll @DoubleRange(min = 0.01, max = 1.0) double ratio) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append("w").append(i);
        }
        String text = sb.toString();

        Masking.Mask mask = Masking.masks(text, List.of(ratio)).get(0);

        assertThat(mask.words()).isEqualTo((int) Math.ceil(words * ratio)).isBetween(1, words);
        assertThat(text).startsWith(mask.prefix());
        assertThat(Masking.words(mask.prefix())).hasSize(mask.words());
    }
}
