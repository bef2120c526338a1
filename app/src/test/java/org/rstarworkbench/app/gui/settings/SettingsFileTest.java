package org.rstarworkbench.app.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.gui.look.Theme;
import org.rstarworkbench.app.gui.run.AdvancedSearch;
import org.rstarworkbench.app.gui.run.PeerChoice;
import org.rstarworkbench.core.search.SearchConfig.WeightSchedule;
import org.rstarworkbench.visualizer.style.FillMode;

class SettingsFileTest {

    static final SavedSettings CHANGED = new SavedSettings(Theme.DARK, true, "OpenAI-compatible endpoint",
            "http://gpu-box:8000/v1", "qwen2.5-7b", PeerChoice.ENDPOINT, "http://peer-box:8001/v1", "qwen2.5-1.5b",
            "gsm8k", 32, 6, 4, 24, 1.4, false, true, 7, FillMode.VERDICT, 1280, 720, "/data/gsm8k/test.jsonl",
            new AdvancedSearch(WeightSchedule.EXPONENTIAL, 5, 2, 0.3, 0.9, 0, true));

    @TempDir
    Path dir;

    @Test
    void whatIsSavedLoadsBackTheSame() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("nested/settings.json"));
        file.save(CHANGED);
        assertThat(new SettingsFile(file.file()).load()).isEqualTo(CHANGED);
        file.save(SavedSettings.DEFAULTS);
        assertThat(file.load()).isEqualTo(SavedSettings.DEFAULTS);
        try (var listing = Files.list(file.file().getParent())) {
            assertThat(listing).as("no temporary file left").containsExactly(file.file());
        }
    }

    @Test
    void theFileHoldsNoApiKey() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.json"));
        file.save(CHANGED);
        assertThat(Files.readString(file.file()).toLowerCase()).doesNotContain("key").doesNotContain("token");
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new SettingsFile(dir.resolve("none.json")).load()).isEqualTo(SavedSettings.DEFAULTS);
    }

    @Test
    void aCorruptFileGivesTheDefaults() throws Exception {
        Path path = dir.resolve("settings.json");
        for (String text : new String[] {"{\"theme\": \"dark\", ", "[1, 2]", "", "\u0000\u0001garbage"}) {
            Files.writeString(path, text, StandardCharsets.UTF_8);
            assertThat(new SettingsFile(path).load()).as(text).isEqualTo(SavedSettings.DEFAULTS);
        }
    }

    @Test
    void anUnreadableFileGivesTheDefaults() throws Exception {
        Path folder = dir.resolve("settings.json");
        Files.createDirectories(folder); // a folder where the file should be
        assertThat(new SettingsFile(folder).load()).isEqualTo(SavedSettings.DEFAULTS);
    }

    @Test
    void missingKeysTakeTheirDefaultsAndTheRestIsKept() throws Exception {
        Path path = dir.resolve("settings.json");
        Files.writeString(path, "{\"theme\": \"dark\", \"rollouts\": 8, \"endpointModel\": \"llama\"}");
        SavedSettings loaded = new SettingsFile(path).load();
        assertThat(loaded.theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.rollouts()).isEqualTo(8);
        assertThat(loaded.endpointModel()).isEqualTo("llama");
        assertThat(loaded.maxDepth()).isEqualTo(SavedSettings.DEFAULTS.maxDepth());
        assertThat(loaded.fill()).isEqualTo(SavedSettings.DEFAULTS.fill());
        assertThat(loaded.model()).isNull();
        assertThat(loaded.peerModel()).isEqualTo(PeerChoice.SAME);
        assertThat(loaded.width()).isEqualTo(SavedSettings.DEFAULTS.width());
    }

    @Test
    void valuesOfTheWrongKindOrOutOfRangeTakeTheirDefaults() throws Exception {
        Path path = dir.resolve("settings.json");
        Files.writeString(path, "{\"theme\": \"purple\", \"presentation\": \"yes\", \"rollouts\": 0, "
                + "\"maxDepth\": \"five\", \"explorationWeight\": -1, \"fill\": \"rainbow\", \"width\": 100, "
                + "\"height\": 5000, \"a5\": false, \"seed\": 3.5, \"peerModel\": \"nobody\", "
                + "\"peerEndpointModel\": 4, \"dataset\": 7, \"unknown\": 1}");
        SavedSettings loaded = new SettingsFile(path).load();
        SavedSettings d = SavedSettings.DEFAULTS;
        assertThat(loaded).isEqualTo(new SavedSettings(d.theme(), d.presentation(), d.model(), d.endpointUrl(),
                d.endpointModel(), d.peerModel(), d.peerEndpointUrl(), d.peerEndpointModel(), d.pack(), d.rollouts(),
                d.maxDepth(), d.votes(), d.lastVotes(), d.explorationWeight(), d.a1(), false, d.seed(), d.fill(), d.width(), 5000,
                null, d.advanced()));
    }

    @Test
    void theAdvancedSearchSettingsAreSavedUnderTheirOwnKeys() throws Exception {
        SettingsFile file = new SettingsFile(dir.resolve("settings.json"));
        file.save(CHANGED);
        assertThat(Files.readString(file.file())).contains("\"weightSchedule\" : \"exponential\"")
                .contains("\"a1Samples\" : 5").contains("\"subquestions\" : 2").contains("\"temperature\" : 0.3")
                .contains("\"topP\" : 0.9").contains("\"topK\" : 0").contains("\"referenceParity\" : true");
    }

    @Test
    void aFileWithoutAdvancedSettingsGivesTheirDefaults() throws Exception {
        Path path = dir.resolve("settings.json");
        Files.writeString(path, "{\"rollouts\": 8, \"topK\": 7}");
        SavedSettings loaded = new SettingsFile(path).load();
        assertThat(loaded.advanced()).isEqualTo(new AdvancedSearch(WeightSchedule.CONSTANT, 3, 3, 0.8, 0.95, 7,
                false));
    }

    @Test
    void badAdvancedValuesTakeTheirDefaultsAndTheRestIsKept() throws Exception {
        Path path = dir.resolve("settings.json");
        Files.writeString(path, "{\"weightSchedule\": \"cosine\", \"a1Samples\": 0, \"subquestions\": 4, "
                + "\"temperature\": -0.5, \"topP\": 1.5, \"topK\": \"forty\", \"referenceParity\": 1}");
        AdvancedSearch d = AdvancedSearch.DEFAULTS;
        assertThat(new SettingsFile(path).load().advanced()).isEqualTo(new AdvancedSearch(d.weightSchedule(),
                d.a1Samples(), 4, d.temperature(), d.topP(), d.topK(), d.referenceParity()));
        Files.writeString(path, "{\"weightSchedule\": \"LINEAR\", \"topP\": 0, \"temperature\": 0}");
        assertThat(new SettingsFile(path).load().advanced()).as("names in any case; top-p 0 is not a mass")
                .isEqualTo(new AdvancedSearch(WeightSchedule.LINEAR, d.a1Samples(), d.subquestions(), 0.0, d.topP(),
                        d.topK(), d.referenceParity()));
    }

    @Test
    void theDefaultFileLiesBesideTheRunStore() {
        assertThat(SettingsFile.atDefault().file().getFileName().toString()).isEqualTo("settings.json");
        assertThat(SettingsFile.atDefault().file().getParent().getFileName().toString())
                .isEqualTo("rstar-workbench");
    }
}
