package org.rstarworkbench.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rstarworkbench.core.model.djl.Architecture;
import org.rstarworkbench.core.model.djl.Vocabulary;
import org.rstarworkbench.core.model.djl.Dimensions;
import org.rstarworkbench.core.model.djl.ModelCard;
import org.rstarworkbench.core.model.djl.TinyModel;

/** {@code solve --local-model}: an in-process model folder, offline, on a bundled GSM-mini problem. */
class LocalModelTest {

    @TempDir
    Path dir;

    @Test
    void solvesAGsmMiniProblemWithAnInProcessModelAndTheTinyPack() throws Exception {
        Path folder = dir.resolve("model");
        ModelCard card = new ModelCard("test-lstm", Architecture.LSTM, Dimensions.lstm(16, 32, 1, 1024),
                Vocabulary.characters(List.of()).chars(), 0, ModelCard.WEIGHTS_FILE, Map.of("data", "untrained"));
        try (TinyModel model = TinyModel.initialize(card, 3)) {
            model.save(folder);
        }

        Cli.Result r = Cli.rstar("solve", "--dataset", "gsm-mini", "--item", "0", "--local-model", folder.toString(),
                "--rollouts", "1", "--no-peer", "--no-store", "--votes", "2", "--last-votes", "2", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.lastLine());
        assertThat(json.get("requests").asInt()).isPositive();
        assertThat(json.get("gold").asText()).isNotBlank();
        assertThat(Cli.rstar("solve", "--question", "Q?", "--local-model", dir.resolve("none").toString(),
                "--no-store").err()).contains("no such folder");
    }
}
