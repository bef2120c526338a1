package org.rstarworkbench.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader against the real reference folders (skipped when they are absent) and against small folders of the
 * same layout written by the tests.
 */
class ReferencePromptFolderTest {

    private static final Pattern PYTHON_FIELD = Pattern.compile("\\{\\{|\\}\\}|\\{(\\w+)\\}");

    @TempDir
    Path dir;

    /** What Python's {@code template.format(**values)} gives, for templates with simple named fields. */
    static String pythonFormat(String template, Map<String, String> values) {
        Matcher matcher = PYTHON_FIELD.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String token = matcher.group();
            String replacement = token.equals("{{") ? "{" : token.equals("}}") ? "}" : values.get(matcher.group(1));
            assertThat(replacement).as("field %s of the template", token).isNotNull();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String readOr(Path file, Path fallback) throws IOException {
        return read(Files.exists(file) ? file : fallback);
    }

    private static JsonNode json(Path file) throws IOException {
        return PackFolders.JSON.readTree(file.toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GSM8K", "GSM8KHARD", "MATH", "MULTIARITH", "STG", "SVAMP"})
    void cotPromptIsWhatTheReferenceSends(String dataset) throws Exception {
        Path folder = ReferenceData.prompts(dataset);
        JsonNode config = json(folder.resolve("fewshot_cot/fewshot_cot_config.json"));
        String template = config.get("prompt_template").textValue();
        String plain = read(folder.resolve("fewshot_cot/fewshot_cot_prompt.txt"));
        String rephrased = readOr(folder.resolve("fewshot_cot/fewshot_cot_prompt_rephrased.txt"),
                folder.resolve("fewshot_cot/fewshot_cot_prompt.txt"));
        List<String> stops = new ArrayList<>();
        config.get("stop_tokens").forEach(stop -> stops.add(stop.textValue()));

        PromptPack pack = ReferencePromptFolder.load(folder, null, true);

        assertThat(pack.cot().render(false, "Q?"))
                .isEqualTo(pythonFormat(template, Map.of("examples", plain, "instruction", "Q?")));
        assertThat(pack.cot().render(true, "Q?"))
                .isEqualTo(pythonFormat(template, Map.of("examples", rephrased, "instruction", "Q?")));
        assertThat(pack.cot().stop()).isEqualTo(stops);
        assertThat(pack.cot().maxTokens()).isEqualTo(1024);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GSM8K", "GSM8KHARD", "MATH", "MULTIARITH", "STG", "SVAMP"})
    void ostPromptIsWhatTheReferenceSends(String dataset) throws Exception {
        Path folder = ReferenceData.prompts(dataset);
        String template = json(folder.resolve("fewshot_ost/fewshot_ost_config.json")).get("prompt_template")
                .textValue();
        String examples = read(folder.resolve("fewshot_ost/fewshot_ost_prompt.txt"));

        PromptPack pack = ReferencePromptFolder.load(folder);

        assertThat(pack.ost().render(false, "Q?"))
                .isEqualTo(pythonFormat(template, Map.of("examples", examples, "instruction", "Q?")));
        assertThat(pack.ost().stop()).containsExactly("\n", "\n\n");
        assertThat(pack.ost().maxTokens()).isEqualTo(256);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GSM8K", "GSM8KHARD", "MATH", "MULTIARITH", "STG", "SVAMP"})
    void decomposeAndRephraseAreReadAsTheyAre(String dataset) throws Exception {
        Path folder = ReferenceData.prompts(dataset);
        JsonNode template = json(folder.resolve("decompose/decompose_template.json"));

        PromptPack pack = ReferencePromptFolder.load(folder, null, true);

        assertThat(pack.name()).isEqualTo(dataset);
        assertThat(pack.decompose().questionIndex()).isEqualTo(template.get("index").intValue()).isEqualTo(5);
        assertThat(pack.decompose().examples()).isEqualTo(read(folder.resolve("decompose/decompose_prompt.txt")));
        assertThat(pack.decompose().examplesRephrased()).isEqualTo(read(folder.resolve(
                "decompose/decompose_prompt_rephrased.txt")));
        assertThat(pack.decompose().subquestionMaxTokens()).isEqualTo(128);
        assertThat(pack.decompose().subanswerMaxTokens()).isEqualTo(512);
        assertThat(pack.rephrase().examples()).isEqualTo(readOr(folder.resolve("rephrasing_prompt_template.txt"),
                folder.resolve("rephrasing_prompt_template.txt.txt")));
        assertThat(pack.rephrase().prefix())
                .isEqualTo("Given a list of conditions, please answer the question. Condition 1: ");
        assertThat(pack.rephrase().maxTokens()).isEqualTo(512);
    }

    @Test
    void answerFormatFollowsTheDatasetUnlessGiven() throws PromptPackException {
        assertThat(ReferencePromptFolder.load(ReferenceData.prompts("MATH")).answerFormat()).isEqualTo("math");
        assertThat(ReferencePromptFolder.load(ReferenceData.prompts("STG")).answerFormat()).isEqualTo("yesno");
        assertThat(ReferencePromptFolder.load(ReferenceData.prompts("GSM8K")).answerFormat()).isEqualTo("numeric");
        assertThat(ReferencePromptFolder.load(ReferenceData.prompts("GSM8K"), "math").answerFormat())
                .isEqualTo("math");
    }

    @Test
    void resolveOpensAReferenceFolder() throws PromptPackException {
        Path folder = ReferenceData.prompts("SVAMP");

        assertThat(PromptPacks.resolve(folder.toString())).isEqualTo(ReferencePromptFolder.load(folder));
    }

    @Test
    void inferredAnswerFormats() {
        assertThat(ReferencePromptFolder.inferAnswerFormat("MATH")).isEqualTo("math");
        assertThat(ReferencePromptFolder.inferAnswerFormat("stg")).isEqualTo("yesno");
        assertThat(ReferencePromptFolder.inferAnswerFormat("MULTIARITH")).isEqualTo("numeric");
    }

    @Test
    void minimalFolderLoadsWithTheReferenceDefaults() throws Exception {
        Path folder = dir.resolve("MATH");
        writeMinimalReferenceFolder(folder);

        PromptPack pack = ReferencePromptFolder.load(folder);

        assertThat(pack.answerFormat()).isEqualTo("math");
        assertThat(pack.cot().examplesRephrased()).isEqualTo(pack.cot().examples()).isEqualTo("cot examples");
        assertThat(pack.ost().examplesRephrased()).isEqualTo("ost examples");
        assertThat(pack.ost().stop()).isEqualTo(ReferencePromptFolder.OST_STOP);
        assertThat(pack.decompose().examplesRephrased()).isEqualTo("decompose examples");
        assertThat(pack.rephrase().examples()).isEqualTo("rephrase instructions");
    }

    @Test
    void doubledBracesInTheTemplateAreRenderedAsPythonDoes() throws Exception {
        writeMinimalReferenceFolder(dir);
        PackFolders.writeText(dir.resolve("fewshot_cot/fewshot_cot_config.json"),
                "{\"prompt_template\": \"Answer as {{\\\"a\\\": 1}}.\\n{examples}\\n{instruction}\\n\","
                        + " \"stop_tokens\": [\"###\"]}");
        PackFolders.writeText(dir.resolve("fewshot_cot/fewshot_cot_prompt.txt"), "f(x) = {x}\r\n{instruction}");

        PromptPack pack = ReferencePromptFolder.load(dir);

        assertThat(pack.cot().render(false, "What is {y}?"))
                .isEqualTo("Answer as {\"a\": 1}.\nf(x) = {x}\n{instruction}\nWhat is {y}?\n");
    }

    @Test
    void theDoubleExtensionOfStrategyQasRephrasingFileIsAccepted() throws Exception {
        writeMinimalReferenceFolder(dir);
        Files.move(dir.resolve("rephrasing_prompt_template.txt"), dir.resolve("rephrasing_prompt_template.txt.txt"));

        assertThat(ReferencePromptFolder.load(dir).rephrase().examples()).isEqualTo("rephrase instructions");
    }

    @Test
    void rephrasedExamplesAreUsedWhenPresentAndAskedFor() throws Exception {
        writeMinimalReferenceFolder(dir);
        PackFolders.writeText(dir.resolve("fewshot_ost/fewshot_ost_prompt_rephrased.txt"), "ost conditions");

        assertThat(ReferencePromptFolder.load(dir, null, true).ost().render(true, "Q")).contains("ost conditions");
    }

    @Test
    void theReferenceDefaultRunUsesThePlainExamplesBelowARephrasing() throws Exception {
        writeMinimalReferenceFolder(dir);
        PackFolders.writeText(dir.resolve("fewshot_cot/fewshot_cot_prompt_rephrased.txt"), "cot conditions");
        PackFolders.writeText(dir.resolve("decompose/decompose_prompt_rephrased.txt"), "decompose conditions");

        PromptPack pack = ReferencePromptFolder.load(dir, null, false);

        assertThat(pack.cot().examplesRephrased()).isEqualTo("cot examples");
        assertThat(pack.decompose().examplesRephrased()).isEqualTo("decompose examples");
        assertThat(ReferencePromptFolder.load(dir).decompose().examplesRephrased()).isEqualTo("decompose examples");
        assertThat(ReferencePromptFolder.load(dir, null, true).decompose().examplesRephrased())
                .isEqualTo("decompose conditions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fewshot_cot/fewshot_cot_config.json", "fewshot_cot/fewshot_cot_prompt.txt",
            "fewshot_ost/fewshot_ost_config.json", "fewshot_ost/fewshot_ost_prompt.txt",
            "decompose/decompose_template.json", "decompose/decompose_prompt.txt", "rephrasing_prompt_template.txt"})
    void aMissingFileIsNamedWithWhatTheFolderShouldHold(String file) throws Exception {
        writeMinimalReferenceFolder(dir);
        Files.delete(dir.resolve(file));

        assertThatThrownBy(() -> ReferencePromptFolder.load(dir)).isInstanceOf(PromptPackException.class)
                .hasMessageStartingWith(dir.toAbsolutePath() + ": missing " + file + ". A reference rStar prompts "
                        + "folder (prompts/<DATASET> of the rStar repository) holds fewshot_cot/fewshot_cot_config.json")
                .hasMessageEndingWith("Point to such a folder.");
    }

    @Test
    void malformedConfigNamesFileLineAndColumn() throws Exception {
        writeMinimalReferenceFolder(dir);
        PackFolders.writeText(dir.resolve("decompose/decompose_template.json"), "{\n \"index\": 5,\n}");

        assertThatThrownBy(() -> ReferencePromptFolder.load(dir)).isInstanceOf(PromptPackException.class)
                .hasMessageStartingWith(dir.toAbsolutePath().resolve("decompose/decompose_template.json")
                        + ": malformed JSON at line 3, column");
    }

    @Test
    void configWithoutTheTemplateFieldNamesIt() throws Exception {
        writeMinimalReferenceFolder(dir);
        PackFolders.writeText(dir.resolve("fewshot_ost/fewshot_ost_config.json"), "{\"stop_tokens\": []}");

        assertThatThrownBy(() -> ReferencePromptFolder.load(dir)).hasMessage(dir.toAbsolutePath()
                .resolve("fewshot_ost/fewshot_ost_config.json") + ": field \"prompt_template\" is missing. Add it: "
                + "a string.");
    }

    @Test
    void decomposeIndexMustBeAPositiveInteger() throws Exception {
        writeMinimalReferenceFolder(dir);
        PackFolders.writeText(dir.resolve("decompose/decompose_template.json"), "{\"index\": \"5\"}");

        assertThatThrownBy(() -> ReferencePromptFolder.load(dir))
                .hasMessageContaining("decompose_template.json: field \"index\" must be a positive integer, was \"5\"");
    }

    @Test
    void unknownAnswerFormatListsTheValidOnes() throws Exception {
        writeMinimalReferenceFolder(dir);

        assertThatThrownBy(() -> ReferencePromptFolder.load(dir, "bool")).isInstanceOf(PromptPackException.class)
                .hasMessageContaining("Unknown answer format \"bool\"")
                .hasMessageContaining("\"numeric\", \"math\", \"yesno\"");
    }

    @Test
    void missingFolder() {
        assertThatThrownBy(() -> ReferencePromptFolder.load(dir.resolve("GSM8K")))
                .hasMessageStartingWith(dir.resolve("GSM8K").toAbsolutePath() + ": no such folder. A reference");
    }

    /** Writes a folder with the reference layout and placeholder texts of our own. */
    static void writeMinimalReferenceFolder(Path folder) {
        String template = "\"Preamble.\\n\\n{examples}\\n\\n### Instruction:\\n{instruction}\\n\\n### Response:\\n\"";
        PackFolders.writeText(folder.resolve("fewshot_cot/fewshot_cot_config.json"),
                "{\"prompt_template\": " + template + ", \"stop_tokens\": [\"</s>\", \"###\"]}");
        PackFolders.writeText(folder.resolve("fewshot_cot/fewshot_cot_prompt.txt"), "cot examples");
        PackFolders.writeText(folder.resolve("fewshot_ost/fewshot_ost_config.json"),
                "{\"prompt_template\": " + template + ", \"stop_tokens\": [\"</s>\"]}");
        PackFolders.writeText(folder.resolve("fewshot_ost/fewshot_ost_prompt.txt"), "ost examples");
        PackFolders.writeText(folder.resolve("decompose/decompose_template.json"), "{\"index\": 5}");
        PackFolders.writeText(folder.resolve("decompose/decompose_prompt.txt"), "decompose examples");
        PackFolders.writeText(folder.resolve("rephrasing_prompt_template.txt"), "rephrase instructions");
    }
}
