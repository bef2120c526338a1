package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoFormatTest {

    private final AnswerFormat yesNo = AnswerFormat.YES_NO;

    @ParameterizedTest
    @ValueSource(strings = {"proved", "true", "Yes", "CORRECT", "positive", "affirmative", "right", "1", "t", "Y",
        " yes. ", "True!", "**Yes**", "(true)"})
    void mapsYesWordsToTrue(String word) {
        assertThat(yesNo.extractGold(word)).contains("true");
        assertThat(yesNo.extract("So the answer is " + word)).contains("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"disproved", "false", "No", "INCORRECT", "negative", "wrong", "0", "f", "N", "False.",
        "no!"})
    void mapsNoWordsToFalse(String word) {
        assertThat(yesNo.extractGold(word)).contains("false");
        assertThat(yesNo.extract("So the answer is " + word)).contains("false");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Celery is needed. The answer is: no, because celery is essential.|false",
        "The answer is yes. Wait, the answer is no.|false",
        "The answer is that this is not true.|false",
        "The answer is: it is TRUE that the ship was named after a battle.|true",
        "Yes.|true",
        "false|false",
    })
    void readsTheFirstYesNoWordAfterTheLastMarker(String completion, String expected) {
        assertThat(yesNo.extract(completion)).contains(expected);
    }

    @Test
    void ignoresLettersInsideWords() {
        // "don't" holds a "t", which alone would mean true
        assertThat(yesNo.extract("The answer is: I don't know.")).isEmpty();
    }

    @Test
    void looksOnlyAtTheStatedSentence() {
        assertThat(yesNo.extract("The answer is unclear.\nYes, it is right.")).isEmpty();
    }

    @Test
    void isEmptyWithoutAMarkerUnlessTheWholeTextIsAnAnswer() {
        assertThat(yesNo.extract("Yes, because the ship was named after a battle.")).isEmpty();
        assertThat(yesNo.extract("")).isEmpty();
        assertThat(yesNo.extract(null)).isEmpty();
        assertThat(yesNo.extractGold("maybe")).isEmpty();
        assertThat(yesNo.extractGold(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "true|yes|true",
        "False|no.|true",
        "true|false|false",
        "maybe|Maybe|true",
        " unknown |UNKNOWN|true",
        "maybe|yes|false",
        "1|y|true",
    })
    void comparesCanonicalFormsElseTrimmedTextIgnoringCase(String a, String b, boolean expected) {
        assertThat(yesNo.equivalent(a, b)).isEqualTo(expected);
        assertThat(yesNo.equivalent(b, a)).isEqualTo(expected);
    }

    @Test
    void blankAndNullAreNeverEquivalent() {
        assertThat(yesNo.equivalent("", "")).isFalse();
        assertThat(yesNo.equivalent(null, null)).isFalse();
        assertThat(yesNo.equivalent("true", null)).isFalse();
    }
}
