package org.rstarworkbench.core.answer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads numbers in model text: plain and signed decimals, thousands separators, exponents (JSON numbers
 * written by other tools), simple fractions {@code 3/4} and LaTeX {@code \frac{3}{4}}. Values are exact
 * {@link BigDecimal}s so that huge answers neither overflow nor lose digits.
 */
final class NumberText {

    /**
     * Longest plain decimal a value may need: no answer is longer, and a bound keeps "1e999999999" from turning
     * into a billion digits.
     */
    private static final int MAX_PLAIN_DIGITS = 2000;

    /** Longer digit runs are not read, as parsing cost grows with length; twice the above so canonical text reads. */
    private static final int MAX_DIGITS = 2 * MAX_PLAIN_DIGITS;

    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern LATEX_FRACTION = Pattern.compile(
            "\\\\[dt]?frac\\s*\\{\\s*(-?\\d+(?:\\.\\d+)?)\\s*}\\s*\\{\\s*(\\d+(?:\\.\\d+)?)\\s*}");
    private static final Pattern LATEX_SHORT_FRACTION = Pattern.compile("\\\\[dt]?frac(\\d)(\\d)");

    /**
     * A minus sign only counts when it cannot be a binary minus ("5-3" holds 5 and 3, "x = -3" holds -3); digits
     * never start inside another number.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<![\\w)\\]}])(-))?(?<![\\d.])(\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE]([+-]?\\d{1,9}))?"
                    + "(?:\\s*/\\s*(\\d+(?:\\.\\d+)?))?");

    private NumberText() {
    }

    /** The first readable number in the text. */
    static Optional<BigDecimal> first(String text) {
        Matcher matcher = NUMBER.matcher(prepare(text));
        while (matcher.find()) {
            Optional<BigDecimal> value = value(matcher);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /** The last readable number in the text. */
    static Optional<BigDecimal> last(String text) {
        Matcher matcher = NUMBER.matcher(prepare(text));
        Optional<BigDecimal> last = Optional.empty();
        while (matcher.find()) {
            Optional<BigDecimal> value = value(matcher);
            if (value.isPresent()) {
                last = value;
            }
        }
        return last;
    }

    /** What may surround a lone number, removed in this order: a plus, a currency sign, a percent sign, a stop. */
    private static final Pattern[] DECORATIONS = {Pattern.compile("^\\+"), Pattern.compile("^\\\\?\\$\\s*"),
            Pattern.compile("(?<!\\s)\\s*\\\\?%$"), Pattern.compile("\\.$")};

    /**
     * The value of text that is one number and nothing else, allowing a currency sign, a percent sign, a leading
     * plus and a final full stop around it: {@code "$1,234.50"}, {@code "-3.0"}, {@code "9.2840172685344E12"}.
     */
    static Optional<BigDecimal> whole(String text) {
        String trimmed = text.strip();
        for (Pattern decoration : DECORATIONS) {
            trimmed = decoration.matcher(trimmed).replaceFirst("");
        }
        Matcher matcher = NUMBER.matcher(prepare(trimmed));
        return matcher.matches() ? value(matcher) : Optional.empty();
    }

    /** A plain decimal without exponent or trailing zeros: {@code "6"}, {@code "-2.5"}, {@code "0.75"}. */
    static String canonical(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /**
     * Whether two values differ by at most {@code relative} times the larger magnitude. Exact arithmetic, so the
     * test means what it says however large the numbers are.
     */
    static boolean close(BigDecimal a, BigDecimal b, BigDecimal relative) {
        BigDecimal scale = a.abs().max(b.abs());
        return a.subtract(b).abs().compareTo(scale.multiply(relative)) <= 0;
    }

    private static String prepare(String text) {
        String plain = text.replace('\u2212', '-').replace("{,}", ",").replace("\\!", "");
        // Cheap look-ups first: most completions have neither separators nor LaTeX, and a matcher costs.
        if (plain.indexOf(',') >= 0) {
            plain = THOUSANDS.matcher(plain).replaceAll("");
        }
        if (plain.contains("frac")) {
            plain = LATEX_FRACTION.matcher(plain).replaceAll("$1/$2");
            plain = LATEX_SHORT_FRACTION.matcher(plain).replaceAll("$1/$2");
        }
        return plain;
    }

    private static Optional<BigDecimal> value(Matcher number) {
        String digits = number.group(2);
        String denominator = number.group(4);
        if (digits.length() > MAX_DIGITS || (denominator != null && denominator.length() > MAX_DIGITS)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(digits);
        if (number.group(3) != null) {
            value = value.scaleByPowerOfTen(Integer.parseInt(number.group(3)));
        }
        if (denominator != null) {
            BigDecimal divisor = new BigDecimal(denominator);
            if (divisor.signum() == 0 || plainDigits(value) > MAX_PLAIN_DIGITS) {
                return Optional.empty();
            }
            value = value.divide(divisor, MathContext.DECIMAL128);
        }
        if (plainDigits(value) > MAX_PLAIN_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(number.group(1) == null ? value : value.negate());
    }

    /** How many digits {@link BigDecimal#toPlainString()} writes for the value. */
    private static long plainDigits(BigDecimal value) {
        long integerDigits = (long) value.precision() - value.scale();
        return Math.max(integerDigits, 1) + Math.max(value.scale(), 0);
    }
}
