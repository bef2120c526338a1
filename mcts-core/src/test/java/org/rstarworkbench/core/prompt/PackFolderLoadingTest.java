package org.rstarworkbench.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a pack folder: what is accepted, and problems with its files and JSON syntax. */
class PackFolderLoadingTest {

    @TempDir
    Path dir;

    private static ObjectNode cot(ObjectNode root) {
        return (ObjectNode) root.get("cot");
    }

    @Test
    void aValidFolderLoads() throws PromptPackException {
        PackFolders.write(dir, root -> { });

        PromptPack pack = PromptPacks.load(dir);

        assertThat(pack.name()).isEqualTo("tiny");
        assertThat(pack.answerFormat()).isEqualTo("numeric");
        assertThat(pack.cot().stop()).containsExactly("### ", "\n\n\n");
        assertThat(pack.cot().maxTokens()).isEqualTo(1024);
        assertThat(pack.ost().maxTokens()).isEqualTo(256);
        assertThat(pack.decompose().questionIndex()).isEqualTo(2);
        assertThat(pack.decompose().subquestionMaxTokens()).isEqualTo(128);
        assertThat(pack.decompose().subanswerMaxTokens()).isEqualTo(512);
        assertThat(pack.rephrase().prefix()).endsWith("Condition 1: ");
        assertThat(pack.rephrase().maxTokens()).isEqualTo(512);
    }

    @Test
    void exampleFilesLoseTrailingWhiteSpaceAByteOrderMarkAndWindowsLineEnds() throws Exception {
        PackFolders.write(dir, root -> { });
        Files.writeString(dir.resolve("cot.txt"), "\uFEFF### Instruction:\r\nHi\r\n\r\n### Response:\r\nOk.\r\n\n");

        PromptPack pack = PromptPacks.load(dir);

        assertThat(pack.cot().examples()).isEqualTo("### Instruction:\nHi\n\n### Response:\nOk.");
        assertThat(pack.cot().render(false, "Q?"))
                .isEqualTo("Solve it.\n\n### Instruction:\nHi\n\n### Response:\nOk.\n\n### Instruction:\nQ?\n\n"
                        + "### Response:\n");
    }

    @Test
    void rephrasedExamplesDefaultToThePlainOnesAndMayBeGiven() throws Exception {
        PackFolders.write(dir, root -> cot(root).put("examplesRephrased", "more/cot_rephrased.txt"));
        PackFolders.writeText(dir.resolve("more/cot_rephrased.txt"), "Rephrased examples.\n");

        PromptPack pack = PromptPacks.load(dir);

        assertThat(pack.cot().examplesRephrased()).isEqualTo("Rephrased examples.");
        assertThat(pack.ost().examplesRephrased()).isEqualTo(pack.ost().examples());
        assertThat(pack.decompose().examplesRephrased()).isEqualTo(pack.decompose().examples());
    }

    @Test
    void thePackJsonFileItselfMayBeGiven() throws PromptPackException {
        Path packJson = PackFolders.write(dir, root -> { });

        assertThat(PromptPacks.load(packJson).name()).isEqualTo("tiny");
    }

    @Test
    void exampleFileThatIsNotUtf8() throws IOException {
        PackFolders.write(dir, root -> { });
        Files.write(dir.resolve("ost.txt"), new byte[] {'a', (byte) 0xC3, '(', 'b'});

        assertThatThrownBy(() -> PromptPacks.load(dir)).isInstanceOf(PromptPackException.class)
                .hasMessage(dir.resolve("ost.txt") + ": is not valid UTF-8 text. Save it with the UTF-8 encoding.");
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        PackFolders.writeExampleFiles(dir);
        PackFolders.writeText(dir.resolve("pack.json"), "{\n  \"format\": 1,\n  \"name\": \"x\"\n  \"cot\": {}\n}");

        assertThatThrownBy(() -> PromptPacks.load(dir)).isInstanceOf(PromptPackException.class)
                .hasMessageStartingWith(dir.resolve("pack.json") + ": malformed JSON at line 4, column 3: ")
                .hasMessageEndingWith("Fix the JSON syntax there.");
    }

    @Test
    void duplicateFieldIsMalformed() {
        PackFolders.writeText(dir.resolve("pack.json"), "{\"format\": 1,\n\"format\": 1}");

        assertThatThrownBy(() -> PromptPacks.load(dir)).hasMessageContaining("malformed JSON at line 2")
                .hasMessageContaining("Duplicate field 'format'");
    }

    @Test
    void trailingContentIsMalformed() {
        PackFolders.writeText(dir.resolve("pack.json"), "{\"format\": 1} {}");

        assertThatThrownBy(() -> PromptPacks.load(dir)).hasMessageContaining("malformed JSON at line 1");
    }

    @Test
    void emptyPackJson() {
        PackFolders.writeText(dir.resolve("pack.json"), " \n");

        assertThatThrownBy(() -> PromptPacks.load(dir))
                .hasMessage(dir.resolve("pack.json") + ": is empty. Write a JSON object into it.");
    }

    @Test
    void packJsonThatIsNotAnObject() {
        PackFolders.writeText(dir.resolve("pack.json"), "[1, 2]");

        assertThatThrownBy(() -> PromptPacks.load(dir)).hasMessage(dir.resolve("pack.json")
                + ": must hold a JSON object ({ ... }), holds an array. Write the settings as one JSON object.");
    }

    @Test
    void folderWithoutPackJson() {
        assertThatThrownBy(() -> PromptPacks.load(dir)).isInstanceOf(PromptPackException.class)
                .hasMessage(dir + ": has no pack.json. A prompt pack folder holds pack.json and the example files "
                        + "it names; give such a folder.");
    }

    @Test
    void referenceFolderGivenAsPackFolder() throws IOException {
        Files.createDirectories(dir.resolve("fewshot_cot"));

        assertThatThrownBy(() -> PromptPacks.load(dir)).hasMessageContaining("looks like a reference rStar prompts "
                + "folder. Open it as a reference folder instead.");
    }

    @Test
    void missingFolder() {
        Path nowhere = dir.resolve("nowhere");

        assertThatThrownBy(() -> PromptPacks.load(nowhere)).isInstanceOf(PromptPackException.class)
                .hasMessage(nowhere + ": no such folder. Give the folder that holds pack.json.");
    }
}
