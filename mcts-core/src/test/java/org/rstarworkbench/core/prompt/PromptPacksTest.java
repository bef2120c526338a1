package org.rstarworkbench.core.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptPacksTest {

    @TempDir
    Path dir;

    @Test
    void bundledNamesListTheProjectsPack() {
        assertThat(PromptPacks.bundledNames()).contains("gsm8k").doesNotHaveDuplicates();
    }

    @Test
    void everyBundledPackLoads() throws PromptPackException {
        for (String name : PromptPacks.bundledNames()) {
            PromptPack pack = PromptPacks.bundled(name);
            assertThat(pack.name()).isEqualTo(name);
            assertThat(PromptPacks.ANSWER_FORMATS).contains(pack.answerFormat());
        }
    }

    @Test
    void unknownBundledNameListsTheBundledOnes() {
        assertThatThrownBy(() -> PromptPacks.bundled("../gsm8k")).isInstanceOf(PromptPackException.class)
                .hasMessage("No bundled prompt pack \"../gsm8k\". The bundled packs are: "
                        + String.join(", ", PromptPacks.bundledNames()) + ".");
    }

    @Test
    void resolveFindsABundledName() throws PromptPackException {
        assertThat(PromptPacks.resolve(" gsm8k ")).isEqualTo(PromptPacks.bundled("gsm8k"));
    }

    @Test
    void resolveFindsAPackFolderAndItsPackJson() throws PromptPackException {
        Path packJson = PackFolders.write(dir, root -> { });

        assertThat(PromptPacks.resolve(dir.toString()).name()).isEqualTo("tiny");
        assertThat(PromptPacks.resolve(packJson.toString()).name()).isEqualTo("tiny");
    }

    @Test
    void resolveReportsTheProblemsOfAPackFolder() {
        PackFolders.write(dir, root -> root.put("format", 3));

        assertThatThrownBy(() -> PromptPacks.resolve(dir.toString()))
                .hasMessageContaining("field \"format\" is 3, an unknown format version");
    }

    @Test
    void resolveFindsAReferenceFolder() throws Exception {
        Path folder = dir.resolve("SVAMP");
        ReferencePromptFolderTest.writeMinimalReferenceFolder(folder);

        PromptPack pack = PromptPacks.resolve(folder.toString());

        assertThat(pack.name()).isEqualTo("SVAMP");
        assertThat(pack.answerFormat()).isEqualTo("numeric");
    }

    @Test
    void resolveExplainsWhatItAcceptsWhenNothingMatches() {
        String bundled = String.join(", ", PromptPacks.bundledNames());
        String accepted = " Give a bundled pack's name (" + bundled + "), a pack folder holding pack.json, or a "
                + "reference rStar prompts/<DATASET> folder holding fewshot_cot/.";

        assertThatThrownBy(() -> PromptPacks.resolve("gsm9k")).isInstanceOf(PromptPackException.class)
                .hasMessage("No prompt pack \"gsm9k\": it is not a bundled pack, and no such folder exists." + accepted);
        assertThatThrownBy(() -> PromptPacks.resolve(dir.toString()))
                .hasMessage("The folder \"" + dir + "\" holds neither pack.json nor fewshot_cot/." + accepted);
        assertThatThrownBy(() -> PromptPacks.resolve("  ")).hasMessage("No prompt pack given." + accepted);
        assertThatThrownBy(() -> PromptPacks.resolve(null)).hasMessage("No prompt pack given." + accepted);
        assertThatThrownBy(() -> PromptPacks.resolve("bad\u0000name")).isInstanceOf(PromptPackException.class);
    }

    @Test
    void aCopiedBundledPackLoadsFromItsFolderToTheSameValue() throws Exception {
        PromptPack bundled = PromptPacks.bundled("gsm8k");
        for (String file : new String[] {"pack.json", "cot_examples.txt", "cot_examples_rephrased.txt",
                "ost_examples.txt", "ost_examples_rephrased.txt", "decompose_examples.txt",
                "decompose_examples_rephrased.txt", "rephrase_examples.txt"}) {
            try (var in = PromptPacks.class.getResourceAsStream(PromptPacks.BUNDLED_ROOT + "gsm8k/" + file)) {
                assertThat(in).as(file).isNotNull();
                Files.write(dir.resolve(file), in.readAllBytes());
            }
        }

        assertThat(PromptPacks.load(dir)).isEqualTo(bundled);
    }
}
