package org.rstarworkbench.core.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How answers of one kind of problem are read from text and compared.
 *
 * <p>Every method is total: it never throws, whatever the text (null, empty, unbalanced braces, huge numbers), and
 * answers "nothing" ({@link Optional#empty()} or {@code false}) for what it cannot read. An answer returned by
 * {@link #extract} or {@link #extractGold} is never blank and is always {@link #equivalent} to itself;
 * {@code equivalent} is symmetric.
 *
 * <p>Threading: implementations are stateless and safe to use from several threads at once.
 */
public interface AnswerFormat {

    /** Numbers, for GSM8K, GSM-Hard, SVAMP and MultiArith; answers are canonical decimals such as {@code "-2.5"}. */
    AnswerFormat NUMERIC = new NumericFormat();

    /** LaTeX answers of the MATH benchmark, compared after normalisation or by numeric value. */
    AnswerFormat MATH = new MathFormat();

    /** Yes/no answers of StrategyQA; answers are {@code "true"} or {@code "false"}. */
    AnswerFormat YES_NO = new YesNoFormat();

    /** The short name used in configuration: {@code "numeric"}, {@code "math"} or {@code "yesno"}. */
    String name();

    /**
     * Reads the final answer of a model completion.
     *
     * @param completion the generated text; null gives empty
     * @return the answer, or empty when the completion states none this format can read
     */
    Optional<String> extract(String completion);

    /**
     * Reads the answer of a dataset gold label: a full reference solution (GSM8K {@code "... #### 72"}, MATH
     * {@code "... \boxed{...}"}) or a bare answer ({@code "72"}, a JSON number as text, {@code "true"}).
     *
     * @param goldLabel the label as stored in the dataset; null gives empty
     * @return the answer in the same form {@link #extract} gives, or empty when the label holds none
     */
    Optional<String> extractGold(String goldLabel);

    /**
     * Whether two answers mean the same; meant for answers returned by {@link #extract} or {@link #extractGold},
     * and lenient about raw text as far as the format allows.
     *
     * @return false when either is null or blank, or when they differ
     */
    boolean equivalent(String a, String b);

    /** The names {@link #named} accepts, in a stable order. */
    static List<String> names() {
        return List.of(NUMERIC.name(), MATH.name(), YES_NO.name());
    }

    /**
     * The format with the given name, ignoring case and surrounding whitespace.
     *
     * @throws IllegalArgumentException when the name is null or unknown; the message lists the valid names
     */
    static AnswerFormat named(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (AnswerFormat format : List.of(NUMERIC, MATH, YES_NO)) {
            if (format.name().equals(key)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown answer format '" + name + "'; use one of " + names());
    }
}
