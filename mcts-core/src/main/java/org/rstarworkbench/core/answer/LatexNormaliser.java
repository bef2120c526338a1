package org.rstarworkbench.core.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a LaTeX answer into a normal form in which equal answers are usually equal strings, in the spirit of
 * the MATH benchmark's {@code strip_string}: spacing, sizing and dollar signs go, {@code \dfrac} becomes
 * {@code \frac}, {@code \frac12} becomes {@code \frac{1}{2}}, degree marks and trailing units on numbers go,
 * {@code x = 5} becomes {@code 5}.
 */
final class LatexNormaliser {

    private static final Pattern SPACING =
            Pattern.compile("(?<!\\\\)\\\\(?:[!,;: ]|q?quad(?![a-zA-Z])|displaystyle(?![a-zA-Z]))");
    private static final Pattern SIZING = Pattern.compile("\\\\(?:left|right|big|Big|bigg|Bigg)(?![a-zA-Z])");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SHORT_SQRT = Pattern.compile("\\\\sqrt(\\w)");
    private static final Pattern SHORT_FRAC_BOTH = Pattern.compile("\\\\frac(\\w)(\\w)");
    private static final Pattern SHORT_FRAC_NUMERATOR = Pattern.compile("\\\\frac(\\w)\\{");
    private static final Pattern SHORT_FRAC_DENOMINATOR = Pattern.compile("\\\\frac\\{([^{}]*)}(\\w)");
    private static final Pattern BARE_DECIMAL_POINT = Pattern.compile("(?<!\\d)\\.(\\d)");
    private static final Pattern TRAILING_UNIT =
            Pattern.compile("\\\\(?:text|textrm|mbox|mathrm)\\{[^{}]*}(?:\\^\\{?\\d}?)?$");
    private static final Pattern TEXT = Pattern.compile("\\\\(?:text|textrm|textbf|mbox|mathrm|mathbf)\\{([^{}]*)}");
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    private static final Pattern ASSIGNMENT = Pattern.compile("^[a-zA-Z](?:_\\{?[a-zA-Z0-9]+}?)?=(?=[^=]+$)");
    private static final Pattern CHOICE = Pattern.compile("^\\(([A-Za-z])\\)$");

    private LatexNormaliser() {
    }

    /** The normal form of an answer; may be empty when nothing but formatting was there. */
    static String normalise(String answer) {
        String s = SPACING.matcher(answer).replaceAll("");
        s = s.replace("tfrac", "frac").replace("dfrac", "frac");
        s = SIZING.matcher(s).replaceAll("");
        s = s.replace("^{\\circ}", "").replace("^\\circ", "").replace("\u00b0", "");
        s = s.replace("\\$", "").replace("$", "").replace("\\%", "").replace("%", "");
        s = WHITESPACE.matcher(s).replaceAll("");
        s = SHORT_SQRT.matcher(s).replaceAll("\\\\sqrt{$1}");
        s = SHORT_FRAC_BOTH.matcher(s).replaceAll("\\\\frac{$1}{$2}");
        s = SHORT_FRAC_NUMERATOR.matcher(s).replaceAll("\\\\frac{$1}{");
        s = SHORT_FRAC_DENOMINATOR.matcher(s).replaceAll("\\\\frac{$1}{$2}");
        s = BARE_DECIMAL_POINT.matcher(s).replaceAll("0.$1");
        s = dropUnit(s);
        s = TEXT.matcher(s).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
        if (THOUSANDS.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        s = ASSIGNMENT.matcher(s).replaceFirst("");
        s = withoutTrailingDots(s);
        return CHOICE.matcher(s).replaceFirst("$1");
    }

    private static String withoutTrailingDots(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(0, end);
    }

    /** "5.4\text{cents}" and "15\mbox{cm}^2" lose the unit; "\text{Evelyn}" stays, as it is the whole answer. */
    private static String dropUnit(String s) {
        Matcher unit = TRAILING_UNIT.matcher(s);
        if (unit.find()) {
            String number = s.substring(0, unit.start());
            if (LatexArithmetic.evaluate(number).isPresent()) {
                return number;
            }
        }
        return s;
    }
}
