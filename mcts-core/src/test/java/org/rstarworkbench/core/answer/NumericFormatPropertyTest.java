package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class NumericFormatPropertyTest {

    private final AnswerFormat numeric = AnswerFormat.NUMERIC;

    @Property
    void readsAnyStatedLong(@ForAll long n, @ForAll("prefixes") String prefix) {
        Optional<String> answer = numeric.extract(prefix + " The answer is " + n + ".");

        assertThat(answer).contains(Long.toString(n));
        assertThat(numeric.equivalent(answer.orElseThrow(), Long.toString(n))).isTrue();
    }

    @Property
    void readsAnyStatedDecimal(@ForAll @BigRange(min = "-1e15", max = "1e15") @Scale(6) BigDecimal n,
                               @ForAll("prefixes") String prefix) {
        Optional<String> answer = numeric.extract(prefix + " The answer is " + n.toPlainString() + ".");

        assertThat(answer).hasValueSatisfying(a -> assertThat(new BigDecimal(a)).isEqualByComparingTo(n));
        assertThat(numeric.equivalent(answer.orElseThrow(), n.toPlainString())).isTrue();
    }

    @Property
    void readsThousandsSeparators(@ForAll long n) {
        String grouped = String.format(Locale.ROOT, "%,d", n);

        assertThat(numeric.extract("The answer is $" + grouped + " in total.")).contains(Long.toString(n));
        assertThat(numeric.extractGold("#### " + grouped)).contains(Long.toString(n));
        assertThat(numeric.extract("So she pays " + grouped)).contains(Long.toString(n));
        assertThat(numeric.equivalent(grouped, Long.toString(n))).isTrue();
    }

    @Property
    void readsGoldLabelsWrittenAsJsonNumbers(@ForAll double value) {
        String json = Double.toString(value); // how a JSON reader turns 9284017268534.4 into text: "9.2840172685344E12"

        assertThat(numeric.extractGold(json)).hasValueSatisfying(
                a -> assertThat(new BigDecimal(a)).isEqualByComparingTo(new BigDecimal(json)));
    }

    /**
     * On the completions the reference's GSM8K evaluator was written for (words and plain numbers, the marker in
     * lower case), our reading agrees with the reference's wherever the reference reads a number.
     */
    @Property(tries = 2000)
    void agreesWithTheReferenceOnCommonCompletions(@ForAll("commonCompletions") String completion) {
        Optional<BigDecimal> reference = referenceReading(completion);
        Optional<String> ours = numeric.extract(completion);

        reference.ifPresent(expected -> assertThat(ours).as(completion)
                .hasValueSatisfying(a -> assertThat(new BigDecimal(a)).isEqualByComparingTo(expected)));
    }

    @Provide
    Arbitrary<String> prefixes() {
        return Arbitraries.of("", "She has 3 apples and 4 pears, so 3 + 4 = 7.", "Step 1: -5 degrees at 10,000 m.",
                "\\boxed{99}", "We get 1/2 of 12.");
    }

    @Provide
    Arbitrary<String> commonCompletions() {
        Arbitrary<String> word = Arbitraries.of("she", "has", "apples", "so", "=", "+", "*", "dollars", "then", "is");
        Arbitrary<String> number = Arbitraries.oneOf(
                Arbitraries.integers().between(-100_000, 1_000_000).map(String::valueOf),
                Arbitraries.integers().between(0, 10_000).map(i -> i / 100 + "." + String.format(Locale.ROOT, "%02d", i % 100)),
                Arbitraries.integers().between(1_000, 9_999_999).map(i -> String.format(Locale.ROOT, "%,d", i)),
                Arbitraries.integers().between(0, 500).map(i -> i + "."));
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(6, word), Tuple.of(3, number),
                Tuple.of(1, Arbitraries.just("The answer is")));
        return token.list().ofMinSize(1).ofMaxSize(20).map(tokens -> String.join(" ", tokens));
    }

    private static final Pattern REFERENCE_NUMBER = Pattern.compile("-?\\d+\\.?\\d*");

    /** The reference's GSM8K reading, transcribed: case-sensitive marker, first marker segment, commas dropped. */
    private static Optional<BigDecimal> referenceReading(String completion) {
        String[] parts = completion.split("answer is", -1);
        boolean marked = parts.length > 1;
        String segment = (marked ? parts[1] : parts[parts.length - 1]).replace(",", "");
        List<String> found = new ArrayList<>();
        Matcher matcher = REFERENCE_NUMBER.matcher(segment);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String pick = marked ? found.get(0) : found.get(found.size() - 1);
        return Optional.of(new BigDecimal(pick.endsWith(".") ? pick.substring(0, pick.length() - 1) : pick));
    }
}
