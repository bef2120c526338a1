package org.rstarworkbench.core.model.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ai.djl.ndarray.NDArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.Sampling;

/** Model folders: written, read back from disk and from the class path, and clear errors when they are not valid. */
class ModelFolderTest {

    private static final GenerationRequest REQUEST = new GenerationRequest("Q: 2+2\nA:", 3, 20, List.of(),
            new Sampling(0.9, 0.95, 40, 5L));

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void aSavedModelLoadsWithTheSameCardWeightsAndSamples(Architecture architecture) throws Exception {
        Path folder = dir.resolve("model");
        try (TinyModel original = TestModels.untrained(architecture, 21)) {
            ModelCard card = original.card().withProvenance(Map.of("seed", 21, "steps", 0));
            original.save(folder, card);
            List<String> expected = DjlLanguageModel.over(original, 128).generate(List.of(REQUEST)).get(0).texts();
            try (DjlLanguageModel loaded = DjlLanguageModel.load(folder);
                 TinyModel reloaded = TinyModel.load(folder)) {
                assertThat(loaded.card()).isEqualTo(card.withParameters(original.card().parameters()));
                assertThat(loaded.card().provenance()).containsEntry("steps", 0).containsEntry("seed", 21);
                assertThat(loaded.generate(List.of(REQUEST)).get(0).texts()).isEqualTo(expected);
                for (var entry : original.weights().all().entrySet()) {
                    NDArray copy = reloaded.weights().get(entry.getKey());
                    assertThat(copy.toFloatArray()).as(entry.getKey()).isEqualTo(entry.getValue().toFloatArray());
                }
            }
        }
        assertThat(Files.readString(folder.resolve(ModelCard.FILE_NAME)))
                .contains("\"format\" : \"rstar-tiny-model/1\"");
    }

    @Test
    void aModelFolderLoadsFromTheClassPath() throws Exception {
        Path root = dir.resolve("classes");
        try (TinyModel original = TestModels.untrained(Architecture.LSTM, 22)) {
            original.save(root.resolve(TinyModel.BUNDLED_ROOT).resolve("demo"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
             TinyModel model = TinyModel.loadResource(TinyModel.BUNDLED_ROOT + "/demo", loader)) {
            assertThat(model.card().name()).isEqualTo("test-lstm");
        }
    }

    @Test
    void aMissingBundledModelIsNamed() {
        assertThatThrownBy(() -> TinyModel.loadBundled("no-such-model")).isInstanceOf(ModelException.class)
                .hasMessageContaining("no bundled model named 'no-such-model'")
                .hasMessageContaining("org/rstarworkbench/samples/models/no-such-model/model.json");
        assertThatThrownBy(() -> TinyModel.loadBundled("../etc")).isInstanceOf(ModelException.class)
                .hasMessageContaining("not a model name");
    }

    @Test
    void badFoldersGiveMessagesNamingTheFileAndField() throws Exception {
        assertThatThrownBy(() -> TinyModel.load(dir.resolve("absent"))).isInstanceOf(ModelException.class)
                .hasMessageContaining("no such model folder");
        Path folder = dir.resolve("model");
        try (TinyModel original = TestModels.untrained(Architecture.TRANSFORMER, 23)) {
            original.save(folder);
        }
        Path card = folder.resolve(ModelCard.FILE_NAME);
        String json = Files.readString(card);

        Files.writeString(card, json.replace("\"TRANSFORMER\"", "\"GRU\""));
        assertThatThrownBy(() -> TinyModel.load(folder)).hasMessageContaining("model.json")
                .hasMessageContaining("field 'architecture'").hasMessageContaining("GRU");

        Files.writeString(card, json.replace("\"hidden\" : 32", "\"hidden\" : 48"));
        assertThatThrownBy(() -> TinyModel.load(folder)).hasMessageContaining("embedding must equal hidden");

        Files.writeString(card, json.replace("\"layers\" : 2", "\"layers\" : 3"));
        assertThatThrownBy(() -> TinyModel.load(folder)).hasMessageContaining("weights.safetensors")
                .hasMessageContaining("parameter 'block.2.ln1.gamma' is missing");

        Files.writeString(card, json.replace("\"context\" : 256", "\"context\" : 128"));
        assertThatThrownBy(() -> TinyModel.load(folder))
                .hasMessageContaining("'position_embedding' is float32 (256, 32)").hasMessageContaining("(128, 32)");

        Files.writeString(card, json);
        Files.delete(folder.resolve(ModelCard.WEIGHTS_FILE));
        assertThatThrownBy(() -> TinyModel.load(folder)).isInstanceOf(ModelException.class)
                .hasMessageContaining("weights.safetensors");

        Files.writeString(card, "{\"format\": \"something-else\"}");
        assertThatThrownBy(() -> TinyModel.load(folder)).hasMessageContaining("field 'format'");
    }
}
