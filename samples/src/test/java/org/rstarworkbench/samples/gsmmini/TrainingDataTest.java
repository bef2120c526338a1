package org.rstarworkbench.samples.gsmmini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.prompt.PromptPack;

class TrainingDataTest {

    /** The prompt budget: the tiny models read whole prompts. */
    private static final int MAX_PROMPT = 800;
    private static final int MAX_MEDIAN_PROMPT = 400;

    private static List<TrainingPair> pairs;
    private static Map<String, List<TrainingPair>> byTask;

    @TempDir
    Path dir;

    @BeforeAll
    static void makePairs() {
        pairs = TrainingData.pairs(11, 300);
        byTask = pairs.stream().collect(Collectors.groupingBy(TrainingPair::task));
    }

    @Test
    void everyTaskIsTaught() {
        assertThat(byTask.keySet()).containsExactlyInAnyOrderElementsOf(TrainingData.TASKS);
        assertThat(byTask.get(TrainingData.A5)).hasSize(300);
        assertThat(pairs).doesNotHaveDuplicates();
    }

    @Test
    void theSameSeedGivesTheSamePairs() {
        assertThat(TrainingData.pairs(11, 30)).isEqualTo(TrainingData.pairs(11, 30));
        assertThat(TrainingData.pairs(12, 5)).isNotEqualTo(TrainingData.pairs(11, 5));
    }

    @Test
    void completionsAreOneLineAndFitTheirTokenLimits() {
        PromptPack tiny = TrainingData.pack();
        Map<String, Integer> limits = Map.of(TrainingData.A1, tiny.ost().maxTokens(),
                TrainingData.A2, tiny.cot().maxTokens(), TrainingData.A4, tiny.cot().maxTokens(),
                TrainingData.A3_PROPOSE, tiny.decompose().subquestionMaxTokens(),
                TrainingData.A3_ANSWER, tiny.decompose().subanswerMaxTokens(),
                TrainingData.A5, tiny.rephrase().maxTokens(), TrainingData.PEER, 512);
        for (TrainingPair p : pairs) {
            assertThat(p.completion()).as(p.task()).endsWith("\n").hasSizeGreaterThan(1);
            assertThat(p.completion().indexOf('\n')).as(p.task()).isEqualTo(p.completion().length() - 1);
            // Characters are the tiny models' tokens; the newline that stops generation counts too.
            assertThat(p.completion().length()).as(p.task() + ": " + p.completion())
                    .isLessThanOrEqualTo(limits.get(p.task()));
        }
    }

    @Test
    void promptsStayWithinTheBudget() {
        for (Map.Entry<String, List<TrainingPair>> e : byTask.entrySet()) {
            int[] lengths = e.getValue().stream().mapToInt(p -> p.prompt().length()).sorted().toArray();

            assertThat(lengths[lengths.length - 1]).as(e.getKey() + " longest prompt").isLessThanOrEqualTo(MAX_PROMPT);
            assertThat(lengths[lengths.length / 2]).as(e.getKey() + " median prompt")
                    .isLessThanOrEqualTo(MAX_MEDIAN_PROMPT);
        }
    }

    @Test
    void fullSolutionsAndPeerCompletionsStateTheGoldAnswer() {
        Map<String, String> goldByQuestion = new HashMap<>();
        for (WordProblem p : GsmMini.train(11, 300)) {
            goldByQuestion.put(p.question(), p.problem().gold());
            goldByQuestion.put(p.rephrased(), p.problem().gold());
        }
        for (String task : List.of(TrainingData.A2, TrainingData.PEER)) {
            for (TrainingPair p : byTask.get(task)) {
                String question = p.prompt().substring("Q: ".length(), p.prompt().indexOf('\n'));
                String lastLine = p.prompt().substring(p.prompt().lastIndexOf('\n') + 1);

                assertThat(goldByQuestion).as(p.prompt()).containsKey(question);
                assertThat(AnswerFormat.NUMERIC.extract(lastLine + p.completion())).as(p.prompt())
                        .contains(goldByQuestion.get(question));
            }
        }
        assertThat(byTask.get(TrainingData.PEER)).allMatch(p -> p.prompt().contains("\nA: Let's"));
    }

    @Test
    void pairsSurviveAJsonLinesRoundTrip() throws IOException {
        Path file = dir.resolve("pairs.jsonl");
        List<TrainingPair> some = pairs.subList(0, 200);

        TrainingData.writeJsonl(file, some);

        assertThat(Files.readAllLines(file)).hasSize(200);
        assertThat(TrainingData.readJsonl(file)).isEqualTo(some);
    }

    @Test
    void aBadJsonLineIsNamedByFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"),
                "{\"task\": \"A1\", \"prompt\": \"p\", \"completion\": \"c\"}\n\n{\"task\": \"A1\"}\n");

        assertThatThrownBy(() -> TrainingData.readJsonl(file)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + ":3: the field \"prompt\" is missing");
        Files.writeString(file, "{oops\n");
        assertThatThrownBy(() -> TrainingData.readJsonl(file)).hasMessageStartingWith(file + ":1: malformed JSON");
    }
}
