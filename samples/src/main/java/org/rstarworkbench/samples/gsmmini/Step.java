package org.rstarworkbench.samples.gsmmini;

import java.util.Objects;

/**
 * One step of a GSM-mini solution: a single operation, the sentence that states it, and the sub-question it answers.
 *
 * @param left        the left operand, given in the question or the result of an earlier step
 * @param operator    the operation
 * @param right       the right operand
 * @param result      {@code left operator right}, checked on construction
 * @param sentence    the step as one sentence holding {@link #equation()}, e.g. "Mia has 12 + 7 = 19 apples now."
 * @param subquestion the sub-question the step answers (A3); the last step's says "Now we can answer: " and the
 *                    question's last sentence
 */
public record Step(long left, Operator operator, long right, long result, String sentence, String subquestion) {

    public Step {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(subquestion, "subquestion");
        if (operator.apply(left, right) != result) {
            throw new IllegalArgumentException("the step " + left + " " + operator.symbol() + " " + right + " = "
                    + result + " is wrong: the result is " + operator.apply(left, right));
        }
        if (!sentence.contains(equationOf(left, operator, right, result))) {
            throw new IllegalArgumentException("the sentence \"" + sentence + "\" does not state its equation "
                    + equationOf(left, operator, right, result));
        }
    }

    /** The equation as the sentence writes it, e.g. {@code "12 + 7 = 19"}. */
    public String equation() {
        return equationOf(left, operator, right, result);
    }

    static String equationOf(long left, Operator operator, long right, long result) {
        return left + " " + operator.symbol() + " " + right + " = " + result;
    }
}
