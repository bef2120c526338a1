package org.rstarworkbench.core.tree;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionPartsTest {

    @Test
    void splitsAtTheLastSentence() {
        QuestionParts p = QuestionParts.of(" Ann has 3 apples. Bob has 2. How many in all? ");
        assertThat(p.context()).isEqualTo("Ann has 3 apples. Bob has 2.");
        assertThat(p.problem()).isEqualTo("How many in all?");
    }

    @Test
    void trailingPeriodsAreDroppedFirst() {
        QuestionParts p = QuestionParts.of("Ann has 3 apples. Find the total..");
        assertThat(p.context()).isEqualTo("Ann has 3 apples.");
        assertThat(p.problem()).isEqualTo("Find the total");
    }

    @Test
    void aQuestionWithoutPeriodIsAllProblem() {
        assertThat(QuestionParts.of("How many?")).isEqualTo(new QuestionParts("", "How many?"));
    }

    @Test
    void finalSubquestionByPhraseOrByTheLastSentence() {
        String q = "Ann has 3 apples. How many apples does Ann have?";
        assertThat(QuestionParts.isFinalSubquestion("Now we can answer the question: total?", q)).isTrue();
        assertThat(QuestionParts.isFinalSubquestion("So, HOW MANY APPLES DOES ANN HAVE?", q)).isTrue();
        assertThat(QuestionParts.isFinalSubquestion("How many apples at first?", q)).isFalse();
        assertThat(QuestionParts.isFinalSubquestion("now we can answer", q)).as("case-sensitive phrase").isFalse();
    }
}
