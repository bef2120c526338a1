package org.rstarworkbench.discriminator.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.answer.AnswerFormat;

class AgreementModeTest {

    static final AnswerFormat NUMERIC = AnswerFormat.NUMERIC;

    /** Four checks of which {@code agreeing} reach 7 and the rest 8. */
    static List<MaskCheck> fourWith(int agreeing) {
        String[] answers = new String[4];
        for (int i = 0; i < 4; i++) {
            answers[i] = i < agreeing ? "7" : "8";
        }
        return Checks.peer("7", answers);
    }

    @Test
    void looseNeedsOneAgreeingMask() {
        assertThat(AgreementMode.LOOSE.passes("7", fourWith(0), NUMERIC)).isFalse();
        assertThat(AgreementMode.LOOSE.passes("7", fourWith(1), NUMERIC)).isTrue();
        assertThat(AgreementMode.LOOSE.passes("7", fourWith(4), NUMERIC)).isTrue();
    }

    @Test
    void midNeedsHalfTheMasksRoundedDown() {
        assertThat(AgreementMode.MID.passes("7", fourWith(1), NUMERIC)).isFalse();
        assertThat(AgreementMode.MID.passes("7", fourWith(2), NUMERIC)).isTrue();
        assertThat(AgreementMode.MID.passes("7", fourWith(3), NUMERIC)).isTrue();
        // 3 masks: 3 / 2 = 1 agreeing mask is enough, as the reference's integer division
        assertThat(AgreementMode.MID.passes("7", Checks.peer("7", "7", "8", "8"), NUMERIC)).isTrue();
        assertThat(AgreementMode.MID.passes("7", Checks.peer("7", "8", "8", "8"), NUMERIC)).isFalse();
        // 1 mask: 1 / 2 = 0, so any trajectory passes
        assertThat(AgreementMode.MID.passes("7", Checks.peer("7", "8"), NUMERIC)).isTrue();
    }

    @Test
    void strictNeedsEveryMask() {
        assertThat(AgreementMode.STRICT.passes("7", fourWith(3), NUMERIC)).isFalse();
        assertThat(AgreementMode.STRICT.passes("7", fourWith(4), NUMERIC)).isTrue();
    }

    @Test
    void majorityNeedsThePeersMajorityAnswerToBeTheTrajectorys() {
        assertThat(AgreementMode.MAJORITY.passes("7", Checks.peer("7", "7", "8", "7", null), NUMERIC)).isTrue();
        assertThat(AgreementMode.MAJORITY.passes("7", Checks.peer("7", "8", "8", "7", "9"), NUMERIC)).isFalse();
        // one agreeing mask of four is a majority when the others all differ (a plurality, as the reference)
        assertThat(AgreementMode.MAJORITY.passes("7", Checks.peer("7", "7", "8", "9", "10"), NUMERIC)).isTrue();
    }

    @Test
    void majorityTiesGoToTheAnswerReachedFirst() {
        assertThat(AgreementMode.MAJORITY.passes("7", Checks.peer("7", "8", "7", "7", "8"), NUMERIC)).isFalse();
        assertThat(AgreementMode.MAJORITY.passes("7", Checks.peer("7", "7", "8", "8", "7"), NUMERIC)).isTrue();
    }

    @Test
    void majorityLetsAnswerlessCompletionsWinTogether() {
        assertThat(AgreementMode.MAJORITY.passes("7", Checks.peer("7", null, "7", null, "8"), NUMERIC)).isFalse();
        assertThat(AgreementMode.MID.passes("7", Checks.peer("7", null, "7", null, "7"), NUMERIC)).isTrue();
    }

    @Test
    void majorityGroupsEquivalentAnswers() {
        assertThat(AgreementMode.MAJORITY.passes("7", Checks.peer("7", "8", "7.0", "7", "9"), NUMERIC)).isTrue();
    }

    @Test
    void modesAreNamedAsInTheReference() {
        assertThat(AgreementMode.named("maj")).isEqualTo(AgreementMode.MAJORITY);
        assertThat(AgreementMode.named(" Mid ")).isEqualTo(AgreementMode.MID);
        assertThat(AgreementMode.named("majority")).isEqualTo(AgreementMode.MAJORITY);
        assertThat(AgreementMode.LOOSE.id()).isEqualTo("loose");
        assertThatThrownBy(() -> AgreementMode.named("lax")).hasMessageContaining("'lax'").hasMessageContaining("mid");
    }
}
