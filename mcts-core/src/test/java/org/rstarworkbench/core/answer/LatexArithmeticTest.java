package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LatexArithmeticTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "42|42",
        "-3.5|-3.5",
        "0.|0",
        "1/4|0.25",
        "2+3*4|14",
        "(2+3)*4|20",
        "2\\cdot3|6",
        "6\\div4|1.5",
        "\\frac{1}{2}|0.5",
        "-\\frac{35}{9}|-3.888888888888889",
        "\\frac{3\\sqrt{3}}{4}|1.299038105676658",
        "3\\sqrt{13}|10.816653826391969",
        "2^{10}|1024",
        "10^{-3}|0.001",
        "1\\frac{4}{5}|1.8",
        "-1\\frac{1}{2}|-1.5",
        "2(3)|6",
        "{7}|7",
    })
    void evaluatesPlainArithmetic(String expression, double expected) {
        assertThat(LatexArithmetic.evaluate(expression)).hasValueCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "\\pi", "2\\pi", "6-5i", "(1,2)", "1,-2", "\\frac{1}{0}", "(2", "2)", "\\frac{1}",
        "\\sqrt{-1}", "10^{400}", "\\sqrt[3]{8}", "--", "2^"})
    void hasNoValueForAnythingElse(String expression) {
        assertThat(LatexArithmetic.evaluate(expression)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void refusesOverlongInputInsteadOfRecursingDeeply() {
        assertThat(LatexArithmetic.evaluate("(".repeat(5000) + "1" + ")".repeat(5000))).isEmpty();
    }
}
