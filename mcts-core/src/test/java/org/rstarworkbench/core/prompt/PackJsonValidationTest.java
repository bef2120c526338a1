package org.rstarworkbench.core.prompt;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every check of a pack folder, one problem at a time: the message names the file and the field. */
class PackJsonValidationTest {

    @TempDir
    Path dir;

    private AbstractThrowableAssert<?, ? extends Throwable> loadingWith(Consumer<ObjectNode> change) {
        PackFolders.write(dir, change);
        return assertThatThrownBy(() -> PromptPacks.load(dir)).isInstanceOf(PromptPackException.class)
                .hasMessageStartingWith(dir.resolve("pack.json").toString() + ": ");
    }

    private static ObjectNode cot(ObjectNode root) {
        return (ObjectNode) root.get("cot");
    }

    @Test
    void unknownFormatVersion() {
        loadingWith(root -> root.put("format", 2)).hasMessageContaining(
                "field \"format\" is 2, an unknown format version: this workbench reads format 1 only");
    }

    @Test
    void missingFormat() {
        loadingWith(root -> root.remove("format")).hasMessageContaining("field \"format\" is missing. Add");
    }

    @Test
    void formatAsString() {
        loadingWith(root -> root.put("format", "1"))
                .hasMessageContaining("field \"format\" must be the integer 1, was \"1\"");
    }

    @Test
    void missingName() {
        loadingWith(root -> root.remove("name"))
                .hasMessageContaining("field \"name\" is missing. Add it: a string.");
    }

    @Test
    void blankDescription() {
        loadingWith(root -> root.put("description", "  "))
                .hasMessageContaining("field \"description\" must not be blank. Give it a value.");
    }

    @Test
    void nameOfTheWrongType() {
        loadingWith(root -> root.put("name", 7))
                .hasMessageContaining("field \"name\" must be a string, was 7. Write the text in double quotes.");
    }

    @Test
    void nullValue() {
        loadingWith(root -> root.putNull("name")).hasMessageContaining("field \"name\" must be a string, was null");
    }

    @Test
    void unknownAnswerFormatListsTheValidOnes() {
        loadingWith(root -> root.put("answerFormat", "decimal")).hasMessageContaining(
                "field \"answerFormat\" must be one of \"numeric\", \"math\", \"yesno\", was \"decimal\"");
    }

    @Test
    void missingSection() {
        loadingWith(root -> root.remove("ost"))
                .hasMessageContaining("field \"ost\" is missing. Add it: a JSON object.");
    }

    @Test
    void sectionOfTheWrongType() {
        loadingWith(root -> root.put("decompose", "decompose.txt"))
                .hasMessageContaining("field \"decompose\" must be a JSON object ({ ... }), was \"decompose.txt\"");
    }

    @Test
    void misspeltFieldIsNamedWithTheKnownOnes() {
        loadingWith(root -> cot(root).put("maxToken", 5)).hasMessageContaining(
                "unknown field \"cot.maxToken\"; the fields of \"cot\" are template, examples, examplesRephrased, "
                        + "stop, maxTokens. Remove it or correct its name.");
    }

    @Test
    void unknownTopLevelField() {
        loadingWith(root -> root.put("version", 1)).hasMessageContaining("unknown field \"version\"; the fields of "
                + "the top level are format, name,");
    }

    @Test
    void negativeTokenLimit() {
        loadingWith(root -> cot(root).put("maxTokens", -3)).hasMessageContaining(
                "field \"cot.maxTokens\" must be a positive integer, was -3. Write a whole number above 0");
    }

    @Test
    void zeroTokenLimit() {
        loadingWith(root -> ((ObjectNode) root.get("decompose")).put("subquestionMaxTokens", 0))
                .hasMessageContaining("field \"decompose.subquestionMaxTokens\" must be a positive integer, was 0");
    }

    @Test
    void fractionalTokenLimit() {
        loadingWith(root -> ((ObjectNode) root.get("ost")).put("maxTokens", 1.5))
                .hasMessageContaining("field \"ost.maxTokens\" must be a positive integer, was 1.5");
    }

    @Test
    void tokenLimitAsString() {
        loadingWith(root -> ((ObjectNode) root.get("rephrase")).put("maxTokens", "512"))
                .hasMessageContaining("field \"rephrase.maxTokens\" must be a positive integer, was \"512\"");
    }

    @Test
    void tokenLimitTooLargeForAnInt() {
        loadingWith(root -> cot(root).put("maxTokens", 99_999_999_999L))
                .hasMessageContaining("field \"cot.maxTokens\" must be a positive integer, was 99999999999");
    }

    @Test
    void missingTokenLimit() {
        loadingWith(root -> ((ObjectNode) root.get("rephrase")).remove("maxTokens"))
                .hasMessageContaining("field \"rephrase.maxTokens\" is missing. Add it: a positive integer.");
    }

    @Test
    void questionIndexBelowOne() {
        loadingWith(root -> ((ObjectNode) root.get("decompose")).put("questionIndex", 0))
                .hasMessageContaining("field \"decompose.questionIndex\" must be a positive integer, was 0");
    }

    @Test
    void questionIndexThatDoesNotFollowTheExamples() {
        loadingWith(root -> ((ObjectNode) root.get("decompose")).put("questionIndex", 5)).hasMessageContaining(
                "field \"decompose.questionIndex\" is 5, but the file named by \"decompose.examples\" numbers its "
                        + "examples up to Question 1. Set it to 2");
    }

    @Test
    void stopThatIsNotAnArray() {
        loadingWith(root -> cot(root).put("stop", "###"))
                .hasMessageContaining("field \"cot.stop\" must be an array of strings, was \"###\"");
    }

    @Test
    void stopWithAnEmptyString() {
        loadingWith(root -> cot(root).withArray("stop").add(""))
                .hasMessageContaining("field \"cot.stop[2]\" must be a non-empty string, was \"\"");
    }

    @Test
    void stopWithANumber() {
        loadingWith(root -> ((ObjectNode) root.get("ost")).withArray("stop").insert(0, 4))
                .hasMessageContaining("field \"ost.stop[0]\" must be a non-empty string, was 4");
    }

    @Test
    void templateWithoutInstruction() {
        loadingWith(root -> cot(root).put("template", "{examples}\n\nQ:")).hasMessageContaining(
                "field \"cot.template\" has no {instruction} placeholder (it must contain both {examples} and "
                        + "{instruction}). Fix the template.");
    }

    @Test
    void templateWithoutExamples() {
        loadingWith(root -> ((ObjectNode) root.get("ost")).put("template", "Q: {instruction}\nA:"))
                .hasMessageContaining("field \"ost.template\" has no {examples} placeholder");
    }

    @Test
    void templateWithAnUnknownPlaceholder() {
        loadingWith(root -> cot(root).put("template", "{examples} {question} {instruction}"))
                .hasMessageContaining("field \"cot.template\" has the unknown placeholder \"{question}\" at "
                        + "character 12");
    }

    @Test
    void templateWithASingleBrace() {
        loadingWith(root -> cot(root).put("template", "{examples} f(x) = {x {instruction}"))
                .hasMessageContaining("field \"cot.template\" has a single \"{\" at character 19 (write \"{{\"");
    }

    @Test
    void missingExampleFile() {
        loadingWith(root -> cot(root).put("examples", "nowhere.txt")).hasMessageContaining(
                "field \"cot.examples\" names the file \"nowhere.txt\", which does not exist in " + dir
                        + ". Create it or correct the name.");
    }

    @Test
    void missingRephrasedExampleFile() {
        loadingWith(root -> ((ObjectNode) root.get("decompose")).put("examplesRephrased", "gone.txt"))
                .hasMessageContaining("field \"decompose.examplesRephrased\" names the file \"gone.txt\"");
    }

    @Test
    void exampleFileOutsideTheFolder() {
        loadingWith(root -> ((ObjectNode) root.get("rephrase")).put("examples", "../rephrase.txt"))
                .hasMessageContaining("field \"rephrase.examples\" must name a file inside the pack folder, was "
                        + "\"../rephrase.txt\"");
    }

    @Test
    void absoluteExampleFile() {
        loadingWith(root -> cot(root).put("examples", dir.resolve("cot.txt").toAbsolutePath().toString()))
                .hasMessageContaining("field \"cot.examples\" must name a file inside the pack folder");
    }

    @Test
    void blankPrefix() {
        loadingWith(root -> ((ObjectNode) root.get("rephrase")).put("prefix", ""))
                .hasMessageContaining("field \"rephrase.prefix\" must not be blank");
    }
}
