package org.rstarworkbench.core.answer;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Numeric answers of grade-school word problems (GSM8K, GSM-Hard, SVAMP, MultiArith).
 *
 * <p>Extraction follows the reference's GSM8K evaluator: after the first "answer is" take the first number,
 * otherwise the last number of the whole text. Beyond the reference it reads the marker in any case, a
 * {@code \boxed{}} answer when there is no marker, thousands separators only where they are separators, fractions,
 * exponents, and a minus sign only where it is a sign. Answers are canonical decimals ({@code "6"} where the
 * reference gives {@code "6.0"}).
 *
 * <p>Two answers are equivalent when {@code |a - b| <= 1e-14 * max(|a|, |b|)}, computed exactly. The reference
 * compares Python floats for equality; the small relative slack only absorbs binary floating-point noise in gold
 * labels (GSM-Hard stores {@code 3244047.0999999996} for 3244047.1, about 100 times less than the slack) and never
 * merges two answers that differ within their first 14 significant digits. A looser tolerance such as 1e-6 would
 * merge 999999 with 1000000, and GSM-Hard answers reach 10^13.
 */
final class NumericFormat implements AnswerFormat {

    private static final BigDecimal RELATIVE_TOLERANCE = new BigDecimal("1e-14");
    private static final String GSM8K_ANSWER_MARK = "####";

    @Override
    public String name() {
        return "numeric";
    }

    @Override
    public Optional<String> extract(String completion) {
        return value(completion).map(NumberText::canonical);
    }

    @Override
    public Optional<String> extractGold(String goldLabel) {
        if (goldLabel == null) {
            return Optional.empty();
        }
        int mark = goldLabel.lastIndexOf(GSM8K_ANSWER_MARK);
        if (mark >= 0) {
            String tail = goldLabel.substring(mark + GSM8K_ANSWER_MARK.length());
            return NumberText.whole(tail).or(() -> NumberText.first(tail)).map(NumberText::canonical);
        }
        return NumberText.whole(goldLabel).map(NumberText::canonical).or(() -> extract(goldLabel));
    }

    @Override
    public boolean equivalent(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        Optional<BigDecimal> x = NumberText.whole(a);
        Optional<BigDecimal> y = NumberText.whole(b);
        return x.isPresent() && y.isPresent() && NumberText.close(x.get(), y.get(), RELATIVE_TOLERANCE);
    }

    @Override
    public String toString() {
        return name();
    }

    private static Optional<BigDecimal> value(String completion) {
        if (completion == null) {
            return Optional.empty();
        }
        Optional<String> stated = AnswerMarker.afterFirst(completion);
        if (stated.isPresent()) {
            // Like the reference, a marker commits to the number right after it: a later number is often the
            // start of a hallucinated next question rather than a better answer.
            return NumberText.first(stated.get());
        }
        return BoxedAnswer.last(completion).flatMap(NumberText::first).or(() -> NumberText.last(completion));
    }
}
