package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericFormatTest {

    private final AnswerFormat numeric = AnswerFormat.NUMERIC;

    @Nested
    class Extract {

        @Test
        void takesTheFirstNumberAfterTheFirstMarker() {
            String completion = "She has 16 - 3 - 4 = 9 eggs and earns 9 * 2 = 18. The answer is 18 dollars, not 20."
                    + " The answer is 20.";
            assertThat(numeric.extract(completion)).contains("18");
        }

        @Test
        void takesTheLastNumberWhenThereIsNoMarker() {
            assertThat(numeric.extract("16 - 3 - 4 = 9 eggs, so 9 * 2 = 18 dollars.")).contains("18");
        }

        @Test
        void readsTheMarkerInAnyCase() {
            assertThat(numeric.extract("THE ANSWER IS 7. Then 8 more.")).contains("7");
        }

        @Test
        void ignoresAnswerIsNot() {
            // "answer isn't" is no marker, so the last number wins
            assertThat(numeric.extract("The answer isn't 5, it is 6")).contains("6");
        }

        @Test
        void isEmptyWhenTheMarkerIsFollowedByNoNumber() {
            assertThat(numeric.extract("We got 12 apples. The answer is twelve.")).isEmpty();
        }

        @Test
        void isEmptyWithoutAnyNumber() {
            assertThat(numeric.extract("I do not know.")).isEmpty();
            assertThat(numeric.extract("")).isEmpty();
            assertThat(numeric.extract(null)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "The answer is: $1,234.50|1234.5",
            "The answer is -42.|-42",
            "The answer is \u221242.|-42",
            "The answer is 3.50 dollars.|3.5",
            "The answer is 6.|6",
            "The answer is 6.0|6",
            "The answer is 007|7",
            "The answer is 0.0|0",
            "The answer is -0|0",
            "The answer is 3/4 of a pie.|0.75",
            "The answer is -3/4|-0.75",
            "The answer is 25%.|25",
            "The answer is 18 dollars|18",
            "The answer is .5|0.5",
            "The answer is 1,000,000.|1000000",
            "The answer is 2.5e3|2500",
            "The answer is $\\frac{3}{4}$.|0.75",
            "The answer is \\dfrac{1}{8}|0.125",
            "The answer is \\frac12|0.5",
            "The answer is 10,\\!080.|10080",
            "The answer is 1{,}234.|1234",
            "The answer is: **42**|42",
            "The answer is x = -7|-7",
        })
        void readsNumbersAfterTheMarker(String completion, String expected) {
            assertThat(numeric.extract(completion)).contains(expected);
        }

        @Test
        void takesTheBoxWhenThereIsNoMarker() {
            assertThat(numeric.extract("So we get $\\boxed{12}$. Check: 12 * 2 = 24")).contains("12");
            assertThat(numeric.extract("Thus \\boxed{\\frac{3}{4}}")).contains("0.75");
        }

        @Test
        void treatsAMinusBetweenNumbersAsSubtraction() {
            assertThat(numeric.extract("She has 10-3")).contains("3");
            assertThat(numeric.extract("between 5 and x-3")).contains("3");
            assertThat(numeric.extract("The temperature fell to (-3)")).contains("-3");
        }

        @Test
        void keepsCommasThatAreNoThousandsSeparators() {
            assertThat(numeric.extract("The answer is 3,4 or 5")).contains("3");
            assertThat(numeric.extract("Lists: 1, 2, 3")).contains("3");
        }

        @Test
        void keepsHugeNumbersExact() {
            String digits = "9".repeat(500);
            assertThat(numeric.extract("The answer is " + digits + ".")).contains(digits);
        }

        @Test
        void skipsAFractionByZeroAndAnAbsurdExponent() {
            assertThat(numeric.extract("The answer is 3/0")).isEmpty();
            assertThat(numeric.extract("We have 7 and 1e99999")).contains("7");
            assertThat(numeric.extract("We have 7 and 1e-99999")).contains("7");
            assertThat(numeric.extract("The answer is " + "9".repeat(1500) + "e900")).isEmpty();
        }

        @Test
        void readsTheLongestNumbersItAcceptsBackFromItsOwnAnswers() {
            String answer = numeric.extract("The answer is " + "9".repeat(1000) + "e999.").orElseThrow();

            assertThat(answer).hasSize(1999);
            assertThat(numeric.equivalent(answer, answer)).isTrue();
            assertThat(numeric.extract("The answer is 1e-1995")).hasValueSatisfying(
                    small -> assertThat(numeric.equivalent(small, small)).isTrue());
        }
    }

    @Nested
    class ExtractGold {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "'#### 1,234'|1234",
            "a #### 5 then #### -72|-72",
            "#### $5.50|5.5",
            "72|72",
            "1,234|1234",
            "-3.0|-3",
            "51.0|51",
            "9.2840172685344E12|9284017268534.4",
            "1.0E-5|0.00001",
            "3244047.0999999996|3244047.0999999996",
            "50%|50",
            "The answer is 12.|12",
        })
        void readsGoldLabels(String label, String expected) {
            assertThat(numeric.extractGold(label)).contains(expected);
        }

        @Test
        void readsTheNumberAfterTheLastGsm8kMark() {
            String solution = "Janet sells 16 - 3 - 4 = <<16-3-4=9>>9 duck eggs a day.\n"
                    + "She makes 9 * 2 = $<<9*2=18>>18 every day at the farmer's market.\n#### 18";
            assertThat(numeric.extractGold(solution)).contains("18");
        }

        @Test
        void isEmptyWithoutANumber() {
            assertThat(numeric.extractGold("#### unknown")).isEmpty();
            assertThat(numeric.extractGold("none")).isEmpty();
            assertThat(numeric.extractGold(null)).isEmpty();
        }
    }

    @Nested
    class Equivalent {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "6|6.0",
            "6|6",
            "-2.5|-2.50",
            "0.75|3/4",
            "1234|1,234",
            "18|$18",
            "0|-0.0",
            "2500|2.5e3",
            "3244047.1|3244047.0999999996",
            "0.3|0.30000000000000004",
            "0.5|\\frac{1}{2}",
        })
        void sameValues(String a, String b) {
            assertThat(numeric.equivalent(a, b)).isTrue();
            assertThat(numeric.equivalent(b, a)).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "6|7",
            "999999|1000000",
            "9284017268534.4|9284017268534.5",
            "1000000000000|1000000000001",
            "14053029.666666666|14053029.67",
            "0.001|0.0011",
            "0|0.000000001",
            "5|-5",
        })
        void differentValues(String a, String b) {
            assertThat(numeric.equivalent(a, b)).isFalse();
            assertThat(numeric.equivalent(b, a)).isFalse();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "  ", "six", "6 apples", "1/0", "x"})
        void nonNumbersAreNeverEquivalent(String text) {
            assertThat(numeric.equivalent(text, text)).isFalse();
            assertThat(numeric.equivalent(text, "6")).isFalse();
        }

        @Test
        void nullIsNeverEquivalent() {
            assertThat(numeric.equivalent(null, null)).isFalse();
            assertThat(numeric.equivalent("1", null)).isFalse();
            assertThat(numeric.equivalent(null, "1")).isFalse();
        }
    }
}
