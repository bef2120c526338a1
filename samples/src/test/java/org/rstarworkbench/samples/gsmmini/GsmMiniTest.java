package org.rstarworkbench.samples.gsmmini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.core.tree.QuestionParts;

class GsmMiniTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    @Test
    void theTestSplitHas75ProblemsForEachNumberOfOperations() {
        List<WordProblem> test = GsmMini.test();

        assertThat(test).hasSize(GsmMini.TEST_SIZE);
        assertThat(test.stream().collect(Collectors.groupingBy(WordProblem::operations, Collectors.counting())))
                .isEqualTo(Map.of(1, 75L, 2, 75L, 3, 75L, 4, 75L));
        assertThat(test).extracting(WordProblem::id).startsWith("gsm-mini-test/0", "gsm-mini-test/1")
                .doesNotHaveDuplicates();
        assertThat(test).extracting(WordProblem::question).doesNotHaveDuplicates();
    }

    @Test
    void theTestSplitLoadsByName() {
        List<Problem> set = GsmMini.testSet();

        assertThat(GsmMini.set("gsm-mini")).contains(set);
        assertThat(GsmMini.set("gsm-mini-test")).contains(set);
        assertThat(GsmMini.set("gsm8k")).isEmpty();
        assertThat(set.get(0).gold()).isEqualTo(Long.toString(GsmMini.test().get(0).answer()));
        assertThat(set.get(0).question()).isEqualTo(GsmMini.test().get(0).question());
    }

    @Test
    void theSameSeedGivesTheSameProblemsAndOtherSeedsOtherOnes() {
        assertThat(GsmMini.train(5, 200)).isEqualTo(GsmMini.train(5, 200));
        assertThat(GsmMini.train(5, 50)).isEqualTo(GsmMini.train(5, 200).subList(0, 50));
        assertThat(GsmMini.train(6, 50)).extracting(WordProblem::question)
                .doesNotContainAnyElementsOf(GsmMini.train(5, 50).stream().map(WordProblem::question).toList());
    }

    @Test
    void trainingNeverSeesATestProblem() {
        Set<String> test = new HashSet<>(GsmMini.test().stream().map(WordProblem::question).toList());
        for (long seed : new long[] {0, 1, GsmMini.TEST_SEED}) {
            List<String> train = GsmMini.train(seed, 3000).stream().map(WordProblem::question).toList();

            assertThat(train).doesNotHaveDuplicates().noneMatch(test::contains);
        }
    }

    @Test
    void trainingDrawsEveryNumberOfOperationsAndEveryTheme() {
        List<WordProblem> train = GsmMini.train(2, 4000);
        Map<Integer, Long> byOperations = train.stream()
                .collect(Collectors.groupingBy(WordProblem::operations, Collectors.counting()));

        assertThat(byOperations.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4);
        assertThat(byOperations.values()).allMatch(n -> n > 800);
        assertThat(Themes.ALL).hasSizeGreaterThanOrEqualTo(12);
        assertThat(train.stream().map(WordProblem::theme).distinct())
                .containsExactlyInAnyOrderElementsOf(Themes.ALL.stream().map(Theme::name).toList());
        assertThat(train.stream().filter(GsmMiniTest::hasDistractor).count()).isBetween(500L, 1500L);
    }

    @Test
    void everySolutionChecksOutAgainstItsStory() {
        List<WordProblem> problems = new ArrayList<>(GsmMini.test());
        problems.addAll(GsmMini.train(1, 2000));
        for (WordProblem p : problems) {
            List<Long> known = numbersIn(p.context());
            for (Step step : p.steps()) {
                assertThat(step.operator().apply(step.left(), step.right())).as(p.id()).isEqualTo(step.result());
                assertThat(step.sentence()).as(p.id()).contains(step.equation());
                assertThat(step.result()).as(p.id()).isBetween(1L, 1000L);
                // Each operand is a number of the story or the result of an earlier step.
                assertThat(known).as(p.id() + ": " + step.equation()).contains(step.left(), step.right());
                known.add(step.result());
            }
            assertThat(p.solution()).as(p.id()).endsWith("The answer is " + p.answer() + ".");
            assertThat(AnswerFormat.NUMERIC.extract(p.solution())).as(p.id()).contains(p.problem().gold());
        }
    }

    @Test
    void operandsAreMostlyAtMost100() {
        List<Step> steps = GsmMini.train(4, 2000).stream().flatMap(p -> p.steps().stream()).toList();
        long large = steps.stream().filter(s -> Math.max(s.left(), s.right()) > 100).count();

        assertThat((double) large / steps.size()).isLessThan(0.05);
        assertThat(steps).allMatch(s -> s.operator() != Operator.TIMES || Math.min(s.left(), s.right()) <= 12);
    }

    @Test
    void theEngineSplitsOffTheAskingSentenceAndFindsTheFinalSubquestion() {
        for (WordProblem p : GsmMini.train(3, 1000)) {
            QuestionParts parts = QuestionParts.of(p.question());
            assertThat(parts.problem()).as(p.id()).isEqualTo(p.ask());
            assertThat(parts.context()).as(p.id()).isEqualTo(p.context());
            assertThat(p.question().length()).as(p.id()).isLessThanOrEqualTo(StoryWriter.MAX_QUESTION_LENGTH);
            int last = p.operations();
            assertThat(p.subquestion(last)).isEqualTo("Now we can answer: " + p.ask());
            for (String question : List.of(p.question(), p.rephrased())) {
                assertThat(QuestionParts.isFinalSubquestion(p.subquestion(last), question)).isTrue();
                for (int k = 1; k < last; k++) {
                    assertThat(QuestionParts.isFinalSubquestion(p.subquestion(k), question)).as(p.id()).isFalse();
                }
            }
        }
    }

    @Test
    void theRephrasingListsTheStoryAsConditions() {
        WordProblem p = new WordProblem("x", "orchard",
                List.of("Mia has 12 apples.", "She buys 7 more.", "How many apples does Mia have now?"),
                List.of(new Step(12, Operator.PLUS, 7, 19, "Mia has 12 + 7 = 19 apples.",
                        "Now we can answer: How many apples does Mia have now?")));

        assertThat(p.rephrased()).isEqualTo("Condition 1: Mia has 12 apples. Condition 2: She buys 7 more. "
                + "Question: How many apples does Mia have now?");
        assertThat(p.solution()).isEqualTo("Mia has 12 + 7 = 19 apples. The answer is 19.");
        assertThat(p.subanswer(1)).isEqualTo(p.solution());
        assertThat(p.problem()).isEqualTo(new Problem("x", "Mia has 12 apples. She buys 7 more. How many apples "
                + "does Mia have now?", "19"));
    }

    @Test
    void aWrongStepIsRejected() {
        assertThatThrownBy(() -> new Step(12, Operator.PLUS, 7, 20, "12 + 7 = 20", "?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the result is 19");
        assertThatThrownBy(() -> new Step(12, Operator.PLUS, 7, 19, "Mia has 19 apples.", "?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not state its equation");
        assertThatThrownBy(() -> Operator.DIVIDED_BY.apply(7, 2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> GsmMini.train(1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean hasDistractor(WordProblem p) {
        List<Long> stated = numbersIn(p.context());
        Set<Long> used = new HashSet<>();
        p.steps().forEach(s -> {
            used.add(s.left());
            used.add(s.right());
        });
        return !used.containsAll(stated);
    }

    private static List<Long> numbersIn(String text) {
        List<Long> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(Long.parseLong(m.group()));
        }
        return numbers;
    }
}
