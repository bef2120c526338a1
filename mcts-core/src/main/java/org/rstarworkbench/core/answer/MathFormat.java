package org.rstarworkbench.core.answer;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * LaTeX answers of the MATH benchmark.
 *
 * <p>The answer of a completion or solution is the content of its last {@code \boxed{}} (or {@code \fbox{}}),
 * otherwise what follows its last "answer is", cut at the end of that sentence, without dollar signs or a final
 * full stop. Answers are returned as written; comparison normalises them (see {@link LatexNormaliser}).
 *
 * <p>Two answers are equivalent when their normal forms are equal ignoring case, or when both are plain arithmetic
 * (see {@link LatexArithmetic}) and their values differ by at most 1e-3, relative to the larger value below 1 so
 * that small answers such as 0.0000672 keep their meaning, and by at most 1e-12 relative for values beyond double
 * resolution.
 */
final class MathFormat implements AnswerFormat {

    private static final double ABSOLUTE_TOLERANCE = 1e-3;
    private static final double RELATIVE_FLOOR = 1e-12;

    @Override
    public String name() {
        return "math";
    }

    @Override
    public Optional<String> extract(String completion) {
        if (completion == null) {
            return Optional.empty();
        }
        Optional<String> answer = BoxedAnswer.last(completion)
                .or(() -> AnswerMarker.afterLast(completion).map(AnswerMarker::clip));
        return answer.map(MathFormat::unwrap).filter(MathFormat::meaningful);
    }

    @Override
    public Optional<String> extractGold(String goldLabel) {
        if (goldLabel == null) {
            return Optional.empty();
        }
        Optional<String> stated = extract(goldLabel);
        if (stated.isPresent()) {
            return stated;
        }
        // The reference's MATH files also carry the bare answer ("\frac{14}{3}"), which has neither box nor marker.
        return Optional.of(unwrap(goldLabel)).filter(MathFormat::meaningful);
    }

    @Override
    public boolean equivalent(String a, String b) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return false;
        }
        if (a.strip().equals(b.strip())) {
            return true;
        }
        String x = LatexNormaliser.normalise(a);
        String y = LatexNormaliser.normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equalsIgnoreCase(y)) {
            return true;
        }
        OptionalDouble u = LatexArithmetic.evaluate(x);
        OptionalDouble v = LatexArithmetic.evaluate(y);
        return u.isPresent() && v.isPresent() && close(u.getAsDouble(), v.getAsDouble());
    }

    @Override
    public String toString() {
        return name();
    }

    private static boolean close(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        double tolerance = Math.max(RELATIVE_FLOOR * scale, ABSOLUTE_TOLERANCE * Math.min(1, scale));
        return Math.abs(a - b) <= tolerance;
    }

    /** Strips math delimiters and a final full stop: "$\frac{1}{2}$." gives "\frac{1}{2}". */
    private static String unwrap(String answer) {
        int start = 0;
        int end = answer.length();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            if (Character.isWhitespace(answer.charAt(start)) || answer.charAt(start) == '$') {
                start++;
                changed = true;
            } else if (answer.startsWith("\\(", start) || answer.startsWith("\\[", start)) {
                start += 2;
                changed = true;
            }
            if (start >= end) {
                break;
            }
            char last = answer.charAt(end - 1);
            boolean escaped = end - 2 >= start && answer.charAt(end - 2) == '\\';
            if (Character.isWhitespace(last) || last == '.' || (last == '$' && !escaped)) {
                end--;
                changed = true;
            } else if (escaped && (last == ')' || last == ']') && end - 2 >= start + 1) {
                end -= 2;
                changed = true;
            }
        }
        return start < end ? answer.substring(start, end) : "";
    }

    private static boolean meaningful(String answer) {
        return !answer.isEmpty() && !LatexNormaliser.normalise(answer).isEmpty();
    }
}
