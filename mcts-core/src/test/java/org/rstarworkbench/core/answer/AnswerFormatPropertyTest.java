package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AnswerFormatPropertyTest {

    @Provide
    Arbitrary<AnswerFormat> formats() {
        return Arbitraries.of(AnswerFormat.NUMERIC, AnswerFormat.MATH, AnswerFormat.YES_NO);
    }

    @Provide
    Arbitrary<String> texts() {
        return AnswerTexts.anyText();
    }

    @Property(tries = 2000)
    void neverThrows(@ForAll("formats") AnswerFormat format, @ForAll("texts") String a, @ForAll("texts") String b) {
        format.extract(a);
        format.extractGold(a);
        format.equivalent(a, b);
        format.equivalent(a, a);
    }

    @Property(tries = 2000)
    void everyAnswerItReadsIsEquivalentToItself(@ForAll("formats") AnswerFormat format, @ForAll("texts") String text) {
        for (String answer : answersOf(format, text)) {
            assertThat(answer).isNotBlank();
            assertThat(format.equivalent(answer, answer)).as("%s answer '%s'", format, answer).isTrue();
        }
    }

    @Property(tries = 2000)
    void equivalenceIsSymmetric(@ForAll("formats") AnswerFormat format,
                                @ForAll("texts") String first, @ForAll("texts") String second) {
        List<String> candidates = new ArrayList<>(List.of(first, second));
        candidates.addAll(answersOf(format, first));
        candidates.addAll(answersOf(format, second));
        for (String a : candidates) {
            for (String b : candidates) {
                assertThat(format.equivalent(a, b)).as("%s: '%s' ~ '%s'", format, a, b)
                        .isEqualTo(format.equivalent(b, a));
            }
        }
    }

    @Property
    void nullIsNeverAnAnswer(@ForAll("formats") AnswerFormat format, @ForAll("texts") String text) {
        assertThat(format.extract(null)).isEmpty();
        assertThat(format.extractGold(null)).isEmpty();
        assertThat(format.equivalent(null, text)).isFalse();
        assertThat(format.equivalent(text, null)).isFalse();
    }

    private static List<String> answersOf(AnswerFormat format, String text) {
        List<String> answers = new ArrayList<>();
        format.extract(text).ifPresent(answers::add);
        format.extractGold(text).ifPresent(answers::add);
        return answers;
    }
}
