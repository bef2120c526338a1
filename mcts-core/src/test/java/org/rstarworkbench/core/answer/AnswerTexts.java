package org.rstarworkbench.core.answer;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generators of hostile and answer-like text for the property tests of this package. */
final class AnswerTexts {

    private static final List<String> FRAGMENTS = List.of(
            "The answer is ", "the Answer is: ", "answer isn't ", "#### ", "\\boxed{", "\\boxed ", "\\fbox{", "{", "}",
            "\\{", "\\}", "$", "\\$", "\\frac", "\\dfrac{", "\\sqrt", "\\text{ cm}", "\\left(", "\\right)", "^\\circ",
            "^", "(", ")", "[", "]", ",", ".", ".\n", "\n\n", " ", ":", "-", "\u2212", "+", "/", "%", "=", "x", "e",
            "E", "1", "0", "7", "42", "3.14", ".5", "1,234", "1,2345", "-0", "1e400", "1e-99999", "9e999999999",
            "yes", "No", "true", "not", "t", "don't", "\\pi", "i", "\\,", "\\!", "\u00df", "\u0130", "\ud83d\ude00",
            "\u00b0", "\u0000", "\\");

    private AnswerTexts() {
    }

    /** Concatenations of fragments that matter to the parsers: markers, boxes, braces, numbers, signs, LaTeX. */
    static Arbitrary<String> answerLike() {
        return Arbitraries.of(FRAGMENTS).list().ofMaxSize(25).map(parts -> String.join("", parts));
    }

    /** Digit runs of up to 600 characters, optionally signed, with a decimal point or an exponent. */
    static Arbitrary<String> hugeNumbers() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(600);
        return Arbitraries.oneOf(
                digits,
                digits.map(d -> "-" + d),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(300).list().ofSize(2)
                        .map(p -> p.get(0) + "." + p.get(1)),
                digits.map(d -> "1e" + d),
                digits.map(d -> d + "e" + (d.length() * 7 % 3000)),
                digits.map(d -> "0." + d + "e-" + (d.length() * 3 % 2500)));
    }

    /** Any text: arbitrary unicode, answer-like fragments, huge numbers, and these inside a sentence. */
    static Arbitrary<String> anyText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> parts = Arbitraries.oneOf(unicode, answerLike(), hugeNumbers());
        return Arbitraries.oneOf(parts, parts.list().ofMaxSize(3).map(p -> String.join(" The answer is ", p)));
    }
}
