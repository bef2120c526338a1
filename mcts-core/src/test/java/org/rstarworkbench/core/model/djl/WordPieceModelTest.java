package org.rstarworkbench.core.model.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ai.djl.ndarray.index.NDIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.model.GenerationRequest;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.model.Sampling;

/**
 * A model whose vocabulary has word pieces: a prompt's final space is healed into the first token, stop sequences
 * are found inside multi-character tokens, and the pieces survive a save and load.
 */
class WordPieceModelTest {

    private static final Vocabulary VOCABULARY = new Vocabulary(Vocabulary.characters(List.of()).chars(),
            List.of(" The", "xy"));

    private static TinyModel model;

    @TempDir
    Path dir;

    @BeforeAll
    static void create() {
        ModelCard card = new ModelCard("test-pieces", Architecture.LSTM, Dimensions.lstm(16, 32, 1, 256),
                VOCABULARY.chars(), VOCABULARY.pieces(), 0, ModelCard.WEIGHTS_FILE, Map.of("data", "none"));
        model = TinyModel.initialize(card, 4);
        // Greedy decoding always prefers "xy", then " The"; it never ends by itself.
        model.weights().get("head.bias").set(new NDIndex(Vocabulary.EOS), -1e4f);
        model.weights().get("head.bias").set(new NDIndex(id("xy")), 100f);
        model.weights().get("head.bias").set(new NDIndex(id(" The")), 50f);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static int id(String piece) {
        return VOCABULARY.chars().length() + Vocabulary.SPECIALS + VOCABULARY.pieces().indexOf(piece);
    }

    private static String greedy(String prompt, int maxTokens, List<String> stop) throws Exception {
        GenerationRequest request = new GenerationRequest(prompt, 1, maxTokens, stop, Sampling.GREEDY);
        return DjlLanguageModel.over(model, 16).generate(List.of(request)).get(0).texts().get(0);
    }

    @Test
    void aPromptEndingInASpaceIsContinuedByATokenThatBeginsWithOne() throws Exception {
        assertThat(greedy("A:", 3, List.of())).isEqualTo("xyxyxy");
        assertThat(greedy("A: ", 3, List.of())).isEqualTo("Thexyxy");
    }

    @Test
    void aStopSequenceInsideAPieceEndsTheCompletionWhereItStarts() throws Exception {
        assertThat(greedy("A:", 5, List.of("yx"))).isEqualTo("x");
        assertThat(greedy("A: ", 5, List.of("ex"))).isEqualTo("Th");
    }

    @Test
    void thePiecesAreSavedAndLoaded() throws Exception {
        model.save(dir.resolve("m"));
        try (TinyModel loaded = TinyModel.load(dir.resolve("m"))) {
            assertThat(loaded.vocabulary().pieces()).containsExactly(" The", "xy");
            assertThat(loaded.card()).isEqualTo(model.card());
        }
        Path card = dir.resolve("m").resolve(ModelCard.FILE_NAME);
        Files.writeString(card, Files.readString(card).replace("\"xy\"", "\"x1\""));
        assertThatThrownBy(() -> TinyModel.load(dir.resolve("m"))).isInstanceOf(ModelException.class)
                .hasMessageContaining("model.json").hasMessageContaining("'pieces'").hasMessageContaining("'x1'");
        Files.writeString(card, Files.readString(card).replace("\"x1\"", "7"));
        assertThatThrownBy(() -> TinyModel.load(dir.resolve("m"))).isInstanceOf(ModelException.class)
                .hasMessageContaining("pieces[1]");
    }
}
