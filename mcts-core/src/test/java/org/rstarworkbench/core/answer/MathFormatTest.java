package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MathFormatTest {

    private final AnswerFormat math = AnswerFormat.MATH;

    @Nested
    class Extract {

        @Test
        void takesTheLastBoxWithBalancedBraces() {
            String completion = "First $\\boxed{1}$, then the final answer is $\\boxed{\\frac{\\sqrt{3}}{2}}$.";
            assertThat(math.extract(completion)).contains("\\frac{\\sqrt{3}}{2}");
        }

        @Test
        void readsFboxAndTheSpaceForm() {
            assertThat(math.extract("so \\fbox{x^2 + 1} holds")).contains("x^2 + 1");
            assertThat(math.extract("hence $\\boxed 5$.")).contains("5");
        }

        @Test
        void keepsEscapedBracesInsideTheBox() {
            assertThat(math.extract("\\boxed{\\{1,2\\}}")).contains("\\{1,2\\}");
        }

        @Test
        void skipsABoxLeftOpen() {
            assertThat(math.extract("\\boxed{3} and then \\boxed{\\frac{1}{")).contains("3");
            assertThat(math.extract("\\boxed{")).isEmpty();
        }

        @Test
        void fallsBackToTheTextAfterTheLastMarker() {
            String completion = "The answer is 4? No. So the answer is: $\\frac{1}{2}$.\nQuestion 2: ...";
            assertThat(math.extract(completion)).contains("\\frac{1}{2}");
        }

        @Test
        void prefersABoxOverTheMarker() {
            assertThat(math.extract("The answer is $\\boxed{7}$ since 8 fails. The answer is 8")).contains("7");
        }

        @Test
        void stripsInlineMathDelimiters() {
            assertThat(math.extract("The answer is \\(3\\sqrt{2}\\).")).contains("3\\sqrt{2}");
        }

        @Test
        void isEmptyWithoutBoxOrMarker() {
            assertThat(math.extract("We find x = 5.")).isEmpty();
            assertThat(math.extract("The answer is $ $.")).isEmpty();
            assertThat(math.extract("\\boxed{\\,}")).isEmpty();
            assertThat(math.extract(null)).isEmpty();
        }
    }

    @Nested
    class ExtractGold {

        @Test
        void takesTheLastBoxOfASolution() {
            String solution = "We have $r = \\sqrt{0^2 + 3^2} = 3.$ Therefore the polar coordinates are "
                    + "$\\boxed{\\left( 3, \\frac{\\pi}{2} \\right)}.$";
            assertThat(math.extractGold(solution)).contains("\\left( 3, \\frac{\\pi}{2} \\right)");
        }

        @Test
        void acceptsABareAnswer() {
            assertThat(math.extractGold("\\frac{14}{3}")).contains("\\frac{14}{3}");
            assertThat(math.extractGold(" $p - q$ ")).contains("p - q");
            assertThat(math.extractGold("")).isEmpty();
            assertThat(math.extractGold(null)).isEmpty();
        }
    }

    @Nested
    class Equivalent {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\\left( 3, \\frac{\\pi}{2} \\right)|(3,\\frac{\\pi}{2})",
            "\\dfrac{17}{50}|\\frac{17}{50}",
            "\\tfrac{1}{2}|\\frac12",
            "\\frac 59|\\frac{5}{9}",
            "\\frac9{19}|\\frac{9}{19}",
            "\\frac{270}7\\text{ degrees}|\\frac{270}{7}",
            "90^\\circ|90",
            "30^{\\circ}|30",
            "\\$18.90|18.9",
            "5.4 \\text{ cents}|5.4",
            "864 \\mbox{ inches}^2|864",
            "x=5|5",
            "y = 2x + 3|2x+3",
            ".0000672|0.0000672",
            "0.5|\\frac{1}{2}",
            ".5|1/2",
            "11\\sqrt2|11\\sqrt{2}",
            "3\\sqrt{13}|\\sqrt{117}",
            "\\frac{\\sqrt{3}}{3}|\\sqrt{3}/3",
            "1\\frac{4}{5}|\\frac{9}{5}",
            "137 \\frac{1}{2}|137.5",
            "10,\\!080|10080",
            "11,\\! 111,\\! 111,\\! 100|11111111100",
            "\\text{Evelyn}|evelyn",
            "\\text{(C)}|C",
            "6 - 5i|6-5i",
            "4.|4",
            "50\\%|50",
            "2^{10}|1024",
            "1.25|\\frac{5}{4}",
            "0.3333|\\frac{1}{3}",
        })
        void sameAnswers(String a, String b) {
            assertThat(math.equivalent(a, b)).as("%s ~ %s", a, b).isTrue();
            assertThat(math.equivalent(b, a)).as("%s ~ %s", b, a).isTrue();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\\frac{1}{2}|\\frac{1}{3}",
            "326.5|326.6",
            "0.0000672|0.0001",
            "1,-2|-2,1",
            "\\pi|3.14159",
            "(3,4]|(3,4)",
            "2k+2|2k",
            "x^2|x^3",
            "5x - 7y + 11z + 4 = 0|5x-7y+11z+4",
            "3\\frac{1}{2}|1.5",
        })
        void differentAnswers(String a, String b) {
            assertThat(math.equivalent(a, b)).as("%s ~ %s", a, b).isFalse();
            assertThat(math.equivalent(b, a)).as("%s ~ %s", b, a).isFalse();
        }

        @Test
        void blankAndNullAreNeverEquivalent() {
            assertThat(math.equivalent(null, null)).isFalse();
            assertThat(math.equivalent("", "")).isFalse();
            assertThat(math.equivalent("\\,", "\\;")).isFalse();
            assertThat(math.equivalent("1", null)).isFalse();
        }

        @Test
        void comparesIgnoringCase() {
            assertThat(math.equivalent("\\text{East}", "east")).isTrue();
        }
    }
}
