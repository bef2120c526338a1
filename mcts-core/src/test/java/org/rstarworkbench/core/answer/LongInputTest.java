package org.rstarworkbench.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Long or adversarial completions (a model that never stops) must not make reading slow. */
class LongInputTest {

    private static final int N = 200_000;

    static List<String> adversarialTexts() {
        return List.of(
                "!".repeat(N) + "a",
                ".".repeat(N) + "a",
                "$".repeat(N) + "a",
                " ".repeat(N) + "x%",
                "\\boxed{".repeat(N / 7),
                "(".repeat(N) + "1",
                "answer is ".repeat(N / 10),
                "The answer is " + "9".repeat(N),
                "1/".repeat(N / 2),
                "1,".repeat(N / 2),
                "\\text{".repeat(N / 6) + "}",
                "\\frac{".repeat(N / 6),
                ". \n".repeat(N / 3),
                "-".repeat(N) + "5");
    }

    @ParameterizedTest
    @MethodSource("adversarialTexts")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsAdversarialTextInLinearTime(String text) {
        for (AnswerFormat format : List.of(AnswerFormat.NUMERIC, AnswerFormat.MATH, AnswerFormat.YES_NO)) {
            format.extract(text).ifPresent(answer -> assertThat(format.equivalent(answer, answer)).isTrue());
            format.extractGold(text);
            format.equivalent(text, text + "0");
        }
    }
}
