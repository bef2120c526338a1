package org.rstarworkbench.core.answer;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numeric value of a normalised LaTeX answer built from numbers, {@code + - * / ^}, {@code \cdot},
 * {@code \times}, {@code \div}, parentheses, braces, {@code \frac{}{}}, {@code \sqrt{}} and mixed numbers such as
 * {@code 1\frac{4}{5}}. Anything else (variables, {@code \pi}, {@code i}, lists, intervals) has no value here, so
 * such answers are only ever compared as strings.
 */
final class LatexArithmetic {

    /** Answers are short; the bound also bounds the parser's recursion depth. */
    private static final int MAX_LENGTH = 200;

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d*)?|\\.\\d+");
    private static final Pattern PROPER_FRACTION = Pattern.compile("\\\\frac\\{(\\d+)}\\{(\\d+)}");

    private final String text;
    private int pos;
    private boolean failed;

    private LatexArithmetic(String text) {
        this.text = text;
    }

    /** The value, or empty when the text is not such an expression or its value is not finite. */
    static OptionalDouble evaluate(String normalised) {
        if (normalised.isEmpty() || normalised.length() > MAX_LENGTH) {
            return OptionalDouble.empty();
        }
        LatexArithmetic parser = new LatexArithmetic(normalised);
        double value = parser.sum();
        boolean complete = !parser.failed && parser.pos == normalised.length();
        return complete && Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    private double sum() {
        double value = product();
        while (!failed) {
            if (eat("+")) {
                value += product();
            } else if (eat("-")) {
                value -= product();
            } else {
                break;
            }
        }
        return value;
    }

    private double product() {
        double value = signed();
        while (!failed) {
            if (eat("*") || eat("\\cdot") || eat("\\times")) {
                value *= signed();
            } else if (eat("/") || eat("\\div")) {
                value /= signed();
            } else if (startsFactor()) {
                value *= power(); // juxtaposition, as in 3\sqrt{13}
            } else {
                break;
            }
        }
        return value;
    }

    private double signed() {
        if (eat("-")) {
            return -signed();
        }
        if (eat("+")) {
            return signed();
        }
        return power();
    }

    private double power() {
        double base = atom();
        return eat("^") ? Math.pow(base, atom()) : base;
    }

    private double atom() {
        if (eat("(")) {
            return closedBy(")");
        }
        if (eat("{")) {
            return closedBy("}");
        }
        if (eat("\\frac{")) {
            double numerator = closedBy("}");
            return expect("{") ? numerator / closedBy("}") : fail();
        }
        if (eat("\\sqrt{")) {
            return Math.sqrt(closedBy("}"));
        }
        return number();
    }

    private double number() {
        Matcher matcher = NUMBER.matcher(text).region(pos, text.length());
        if (!matcher.lookingAt()) {
            return fail();
        }
        pos = matcher.end();
        double value = Double.parseDouble(matcher.group());
        Matcher fraction = PROPER_FRACTION.matcher(text).region(pos, text.length());
        if (matcher.group().indexOf('.') < 0 && fraction.lookingAt()) {
            // A whole number followed by a fraction is a mixed number in MATH answers: 1\frac{4}{5} is 9/5.
            pos = fraction.end();
            value += Double.parseDouble(fraction.group(1)) / Double.parseDouble(fraction.group(2));
        }
        return value;
    }

    private double closedBy(String closing) {
        double value = sum();
        return expect(closing) ? value : fail();
    }

    private boolean startsFactor() {
        if (pos >= text.length()) {
            return false;
        }
        char c = text.charAt(pos);
        return Character.isDigit(c) || c == '(' || c == '{'
                || text.startsWith("\\frac{", pos) || text.startsWith("\\sqrt{", pos);
    }

    private boolean eat(String token) {
        if (!failed && text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private boolean expect(String token) {
        if (!eat(token)) {
            fail();
            return false;
        }
        return true;
    }

    private double fail() {
        failed = true;
        return Double.NaN;
    }
}
