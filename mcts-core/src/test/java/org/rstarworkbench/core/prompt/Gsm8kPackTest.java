package org.rstarworkbench.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled GSM8K-style pack: its arithmetic, its formats, and that its problems are its own. */
class Gsm8kPackTest {

    private static final String NUMBER = "\\$?\\d+(?:,\\d{3})*(?:\\.\\d+)?";
    private static final Pattern EQUATION = Pattern.compile(
            "(?<![\\d.,$])(" + NUMBER + "(?:\\s*[-+*/x×]\\s*" + NUMBER + ")+)\\s*=\\s*(" + NUMBER + ")");
    private static final Pattern OPERATOR = Pattern.compile("\\s*([-+*/x×])\\s*");
    private static final Pattern ANSWER = Pattern.compile("The answer is:? (\\d+)\\.$");
    private static final String CONDITIONS = "Given a list of conditions, please answer the question. Condition 1: ";

    private static PromptPack pack;

    @BeforeAll
    static void load() throws PromptPackException {
        pack = PromptPacks.bundled("gsm8k");
    }

    private static List<String> allExamples() {
        return List.of(pack.cot().examples(), pack.cot().examplesRephrased(), pack.ost().examples(),
                pack.ost().examplesRephrased(), pack.decompose().examples(), pack.decompose().examplesRephrased(),
                pack.rephrase().examples());
    }

    private static List<String> blocks(String examples) {
        return Arrays.stream(examples.split("\n\n(?=### Instruction:)")).toList();
    }

    /** Evaluates {@code a op b op c …} with the usual precedence of * and / over + and -. */
    static BigDecimal evaluate(String expression) {
        Matcher ops = OPERATOR.matcher(expression);
        List<BigDecimal> terms = new ArrayList<>();
        List<String> additive = new ArrayList<>();
        int start = 0;
        String pending = null;
        BigDecimal term = null;
        while (true) {
            boolean found = ops.find();
            BigDecimal value = number(expression.substring(start, found ? ops.start() : expression.length()));
            term = term == null ? value : "/".equals(pending) ? term.divide(value, MathContext.DECIMAL64)
                    : term.multiply(value);
            if (!found) {
                terms.add(term);
                break;
            }
            String op = ops.group(1).replace("x", "*").replace("×", "*");
            if (op.equals("+") || op.equals("-")) {
                terms.add(term);
                additive.add(op);
                term = null;
            }
            pending = op;
            start = ops.end();
        }
        BigDecimal result = terms.get(0);
        for (int i = 0; i < additive.size(); i++) {
            result = additive.get(i).equals("+") ? result.add(terms.get(i + 1)) : result.subtract(terms.get(i + 1));
        }
        return result;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.strip().replace("$", "").replace(",", ""));
    }

    /** The equations of a text as {@code [left side, right side]}, checking each on the way. */
    private static List<BigDecimal> checkedResults(String text) {
        List<BigDecimal> results = new ArrayList<>();
        Matcher matcher = EQUATION.matcher(text);
        while (matcher.find()) {
            BigDecimal expected = evaluate(matcher.group(1));
            BigDecimal written = number(matcher.group(2));
            assertThat(written.compareTo(expected)).as("%s (is %s)", matcher.group(), expected.toPlainString())
                    .isZero();
            results.add(written);
        }
        return results;
    }

    @Test
    void theEvaluatorKnowsPrecedence() {
        assertThat(evaluate("30 * 2 / 5")).isEqualByComparingTo("12");
        assertThat(evaluate("3 + 8 - 2")).isEqualByComparingTo("9");
        assertThat(evaluate("4 x 10 + 6 * 20")).isEqualByComparingTo("160");
        assertThat(evaluate("$1,200 - 2.5 * 2")).isEqualByComparingTo("1195");
        assertThat(checkedResults("so 12 - 4 = 8 and 2 * 3 = 6.")).hasSize(2);
    }

    @Test
    void everyEquationInTheExamplesIsRight() {
        int equations = 0;
        for (String examples : allExamples()) {
            equations += checkedResults(examples).size();
        }
        assertThat(equations).isGreaterThanOrEqualTo(60);
    }

    @Test
    void everyFinalAnswerIsTheResultOfTheLastEquationBeforeIt() {
        List<String> solutions = new ArrayList<>();
        Stream.of(pack.cot().examples(), pack.cot().examplesRephrased(), pack.ost().examples(),
                pack.ost().examplesRephrased()).forEach(examples -> solutions.addAll(blocks(examples)));
        Stream.of(pack.decompose().examples(), pack.decompose().examplesRephrased()).forEach(examples ->
                examples.lines().filter(line -> line.startsWith("Answer ")).forEach(solutions::add));
        for (String solution : solutions) {
            Matcher answer = ANSWER.matcher(solution.strip());
            assertThat(answer.find()).as("final answer of %s", solution).isTrue();
            List<BigDecimal> results = checkedResults(solution);
            assertThat(results).as("equations of %s", solution).isNotEmpty();
            assertThat(results.get(results.size() - 1)).as(solution).isEqualByComparingTo(answer.group(1));
        }
    }

    @Test
    void cotExamplesHaveTheReferenceShape() {
        List<String> plain = blocks(pack.cot().examples());
        List<String> rephrased = blocks(pack.cot().examplesRephrased());

        assertThat(plain).hasSizeBetween(4, 8).hasSameSizeAs(rephrased);
        for (int i = 0; i < plain.size(); i++) {
            assertThat(plain.get(i)).matches("(?s)### Instruction:\n[^\n]+\\?\n\n### Response:\nLet's think step "
                    + "by step\\. [^\n]+ The answer is: \\d+\\.");
            assertThat(rephrased.get(i)).startsWith("### Instruction:\n" + CONDITIONS).contains(" Question: ");
            assertThat(response(rephrased.get(i))).isEqualTo(response(plain.get(i)));
        }
    }

    @Test
    void ostExamplesHaveNumberedStepsEndingInTheAnswer() {
        List<String> plain = blocks(pack.ost().examples());
        List<String> rephrased = blocks(pack.ost().examplesRephrased());

        assertThat(plain).hasSizeBetween(4, 8).hasSameSizeAs(rephrased);
        for (int i = 0; i < plain.size(); i++) {
            List<String> steps = response(plain.get(i)).lines().toList();
            assertThat(steps.get(0)).isEqualTo("Let's think step by step.");
            for (int k = 1; k < steps.size(); k++) {
                assertThat(steps.get(k)).startsWith("Step " + k + ": ");
            }
            assertThat(steps.get(steps.size() - 1)).matches("Step \\d+: The answer is \\d+\\.");
            assertThat(rephrased.get(i)).startsWith("### Instruction:\n" + CONDITIONS);
            assertThat(response(rephrased.get(i))).isEqualTo(response(plain.get(i)));
        }
    }

    private static String response(String block) {
        return block.substring(block.indexOf("### Response:\n") + "### Response:\n".length());
    }

    @Test
    void decomposeExamplesAreNumberedUpToTheQuestionIndex() {
        int index = pack.decompose().questionIndex();
        assertThat(index).isEqualTo(5);
        for (String examples : List.of(pack.decompose().examples(), pack.decompose().examplesRephrased())) {
            for (int q = 1; q < index; q++) {
                assertThat(examples).contains("\n\nQuestion " + q + ": ");
                Matcher last = Pattern.compile("Question " + q + "\\.(\\d+): Now we can answer the question: ")
                        .matcher(examples);
                assertThat(last.find()).as("question %d ends with a final sub-question", q).isTrue();
                assertThat(examples).contains("Answer " + q + "." + last.group(1) + ": ");
                assertThat(examples).doesNotContain("Question " + q + "." + (Integer.parseInt(last.group(1)) + 1));
            }
            assertThat(examples).doesNotContain("Question " + index + ":");
        }
        assertThat(pack.decompose().examplesRephrased()).contains("Question 1: " + CONDITIONS);
    }

    @Test
    void rephraseExamplesPairOriginalAndRephrasedQuestions() {
        String examples = pack.rephrase().examples();
        List<String> originals = examples.lines().filter(line -> line.startsWith("Original Question: ")).toList();
        List<String> rephrased = examples.lines().filter(line -> line.startsWith("Rephrased Question: ")).toList();

        assertThat(originals).hasSizeBetween(4, 8).hasSameSizeAs(rephrased);
        assertThat(rephrased).allSatisfy(line ->
                assertThat(line).startsWith("Rephrased Question: " + pack.rephrase().prefix()).contains(" Question: "));
        assertThat(examples.split("\n\n")[0]).doesNotContain("Original Question");
        assertThat(pack.rephrase().prefix()).isEqualTo(ReferencePromptFolder.REPHRASE_PREFIX);
    }

    @Test
    void promptsEndWhereTheModelShouldContinue() {
        assertThat(pack.cot().render(false, "How many?"))
                .contains(pack.cot().examples()).endsWith("\n\n### Instruction:\nHow many?\n\n### Response:\n");
        assertThat(pack.ost().render(true, "How many?")).contains(pack.ost().examplesRephrased())
                .endsWith("\n\n### Instruction:\nHow many?\n\n### Response:\nLet's think step by step.\n");
        assertThat(pack.ost().stop()).containsExactly("\n", "\n\n");
        assertThat(pack.cot().stop()).contains("</s>", "### ", "\n\n\n", "Instruction:", "Question:");
        assertThat(pack.answerFormat()).isEqualTo("numeric");
        assertThat(List.of(pack.cot().maxTokens(), pack.ost().maxTokens(), pack.decompose().subquestionMaxTokens(),
                pack.decompose().subanswerMaxTokens(), pack.rephrase().maxTokens()))
                .containsExactly(1024, 256, 128, 512, 512);
    }

    @Test
    void noProblemIsTakenFromTheReferenceData() throws IOException {
        Path reference = ReferenceData.root();
        Set<String> ours = new HashSet<>();
        for (String examples : allExamples()) {
            examples.lines().map(Gsm8kPackTest::withoutFormatWords)
                    .forEach(line -> ours.addAll(shingles(words(line))));
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reference)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".txt") || file.toString().endsWith(".json")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            List<String> shared = shingles(words(Files.readString(file, StandardCharsets.UTF_8))).stream()
                    .filter(ours::contains).distinct().toList();
            assertThat(shared).as("runs of 8 words shared with %s", file).isEmpty();
        }
    }

    /** The line without the labels and set phrases that the formats share with the reference by design. */
    private static String withoutFormatWords(String line) {
        return line.replace(CONDITIONS, " ").replaceAll("Condition \\d+:", " ")
                .replaceAll("^(Question|Answer) \\d+(\\.\\d+)?: ", " ")
                .replace("Now we can answer the question:", " ").replace("<original question>", " ");
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static List<String> shingles(List<String> words) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i + 8 <= words.size(); i++) {
            result.add(String.join(" ", words.subList(i, i + 8)));
        }
        return result;
    }
}
