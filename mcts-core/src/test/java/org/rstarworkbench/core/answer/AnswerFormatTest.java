package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class AnswerFormatTest {

    @Test
    void findsEachFormatByItsName() {
        assertThat(AnswerFormat.named("numeric")).isSameAs(AnswerFormat.NUMERIC);
        assertThat(AnswerFormat.named("math")).isSameAs(AnswerFormat.MATH);
        assertThat(AnswerFormat.named("yesno")).isSameAs(AnswerFormat.YES_NO);
    }

    @Test
    void ignoresCaseAndSurroundingSpace() {
        assertThat(AnswerFormat.named(" YesNo ")).isSameAs(AnswerFormat.YES_NO);
    }

    @Test
    void namesEveryFormatOnce() {
        assertThat(AnswerFormat.names()).containsExactly("numeric", "math", "yesno");
        for (String name : AnswerFormat.names()) {
            assertThat(AnswerFormat.named(name).name()).isEqualTo(name);
            assertThat(AnswerFormat.named(name)).hasToString(name);
        }
    }

    @Test
    void rejectsAnUnknownNameListingTheValidOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> AnswerFormat.named("gsm8k"))
                .withMessageContaining("'gsm8k'")
                .withMessageContaining("numeric").withMessageContaining("math").withMessageContaining("yesno");
        assertThatIllegalArgumentException().isThrownBy(() -> AnswerFormat.named(null))
                .withMessageContaining("numeric");
    }
}
