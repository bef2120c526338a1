package org.rstarworkbench.app.gui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.gui.ManualFxThread;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/** The run panel's problem list: GSM-mini, a dataset file the user opens, and the way back; without JavaFX. */
class ProblemSettingsTest {

    @TempDir
    Path dir;

    final ManualFxThread fx = new ManualFxThread();
    final TaskExecutor tasks = new TaskExecutor(fx);
    final List<UserError> errors = new ArrayList<>();
    SettingsViewModel settings;

    @BeforeEach
    void start() {
        settings = new SettingsViewModel(tasks, ModelCatalog.standard(), errors::add);
        settings.loadChoices();
        fx.runUntil(() -> settings.problem().problemSetProperty().get() != null);
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    /** Runs callbacks until a new problem set is listed or an error is shown. */
    ProblemSet awaitList(ProblemSet before) {
        fx.runUntil(() -> settings.problem().problemSetProperty().get() != before || !errors.isEmpty());
        return settings.problem().problemSetProperty().get();
    }

    Path jsonl(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void gsmMiniIsListedAtStartAndItsFirstProblemPicked() {
        ProblemSet set = settings.problem().problemSetProperty().get();
        assertThat(set.isGsmMini()).isTrue();
        assertThat(set.description()).isEqualTo("gsm-mini: 300 problems");
        assertThat(settings.problems()).hasSize(GsmMini.TEST_SIZE);
        assertThat(settings.pickedProblemProperty().get()).isEqualTo(settings.problems().get(0));
        assertThat(settings.problem().dataset()).isNull();
    }

    @Test
    void anOpenedDatasetIsListedAndItsFirstProblemPicked() throws Exception {
        Path file = jsonl("small.jsonl", "{\"question\": \"Ann has 2 pens. How many?\", \"answer\": \"2\"}",
                "{\"question\": \"Bob has 3 cups. How many?\", \"answer\": \"3\"}");
        settings.questionProperty().set("a question typed before");
        settings.problem().openDataset(file);
        ProblemSet set = awaitList(settings.problem().problemSetProperty().get());

        assertThat(errors).isEmpty();
        assertThat(set.description()).isEqualTo("small.jsonl: 2 problems");
        assertThat(settings.problems()).extracting(Problem::id).containsExactly("small.jsonl/0", "small.jsonl/1");
        assertThat(settings.pickedProblemProperty().get().id()).isEqualTo("small.jsonl/0");
        assertThat(settings.questionProperty().get()).isEqualTo("Ann has 2 pens. How many?");
        assertThat(settings.problem().dataset()).isEqualTo(file);
        assertThat(settings.settings().problem()).as("the run gets the listed problem, gold answer and all")
                .isEqualTo(new Problem("small.jsonl/0", "Ann has 2 pens. How many?", "2"));
    }

    @Test
    void malformedLinesAreSkippedCountedAndNamed() throws Exception {
        Path file = jsonl("mixed.jsonl", "{\"question\": \"Q1?\", \"answer\": \"1\"}", "{oops",
                "{\"text\": \"no question\"}", "{\"question\": \"Q4?\", \"answer\": \"4\"}");
        settings.problem().openDataset(file);
        ProblemSet set = awaitList(settings.problem().problemSetProperty().get());

        assertThat(errors).isEmpty();
        assertThat(set.description()).isEqualTo("mixed.jsonl: 2 problems, 2 malformed entries skipped");
        assertThat(set.skipped()).hasSize(2);
        assertThat(set.skipped().get(0)).startsWith(file + ":2: malformed JSON");
        assertThat(settings.problems()).extracting(Problem::question).containsExactly("Q1?", "Q4?");
    }

    @Test
    void aBadFileNamesTheFileAndLineAndLeavesTheListAsItWas() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"), "[{\"problem\": \"Q1?\"},\n {\"problem\": ]");
        List<Problem> before = List.copyOf(settings.problems());
        Problem picked = settings.pickedProblemProperty().get();
        ProblemSet set = settings.problem().problemSetProperty().get();

        settings.problem().openDataset(file);
        awaitList(set);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The dataset could not be read");
            assertThat(e.detail()).startsWith(file + ":2: malformed JSON");
        });
        assertThat(settings.problems()).containsExactlyElementsOf(before);
        assertThat(settings.pickedProblemProperty().get()).isEqualTo(picked);
        assertThat(settings.problem().problemSetProperty().get()).isSameAs(set);
        assertThat(settings.problem().dataset()).isNull();
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nowhere.jsonl");
        settings.problem().openDataset(file);
        awaitList(settings.problem().problemSetProperty().get());

        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail()).contains(file + ": no such file"));
        assertThat(settings.problems()).hasSize(GsmMini.TEST_SIZE);
    }

    @Test
    void anEmptyDatasetSaysSo() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n\n");
        settings.problem().openDataset(empty);
        awaitList(settings.problem().problemSetProperty().get());
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail())
                .isEqualTo(empty + ": the file holds no problems; give a JSON array of objects, or one JSON object "
                        + "per line, each with a \"problem\" or \"question\" field"));

        Path allBad = jsonl("all-bad.jsonl", "{\"text\": \"no question\"}");
        settings.problem().openDataset(allBad);
        fx.runUntil(() -> errors.size() == 2);
        assertThat(errors.get(1).detail()).startsWith(allBad + ": no problem could be read (1 malformed entry); "
                + "the first: " + allBad + ":1: no question");
        assertThat(settings.problems()).hasSize(GsmMini.TEST_SIZE);
    }

    @Test
    void gsmMiniCanBeListedAgain() throws Exception {
        settings.problem().openDataset(jsonl("one.jsonl", "{\"question\": \"Q1?\"}"));
        ProblemSet file = awaitList(settings.problem().problemSetProperty().get());
        assertThat(file.description()).isEqualTo("one.jsonl: 1 problem");

        settings.problem().listGsmMini();
        ProblemSet back = awaitList(file);

        assertThat(back.isGsmMini()).isTrue();
        assertThat(settings.problems()).hasSize(GsmMini.TEST_SIZE);
        assertThat(settings.pickedProblemProperty().get()).isEqualTo(settings.problems().get(0));
        assertThat(settings.problem().dataset()).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void aStoredRunsProblemIsPickedWhenListedAndTypedWhenNot() throws Exception {
        settings.problem().openDataset(jsonl("two.jsonl", "{\"question\": \"Q1?\"}", "{\"question\": \"Q2?\"}"));
        awaitList(settings.problem().problemSetProperty().get());

        settings.fillFrom(new Problem("two.jsonl/1", "Q2?", null), "gsm8k", SearchConfig.defaults());
        assertThat(settings.pickedProblemProperty().get().id()).isEqualTo("two.jsonl/1");

        Problem gsm = GsmMini.testSet().get(5);
        settings.fillFrom(gsm, "gsm8k", SearchConfig.defaults());
        assertThat(settings.pickedProblemProperty().get()).as("not in the list").isNull();
        assertThat(settings.questionProperty().get()).isEqualTo(gsm.question());
    }

    @Test
    void theSavedDatasetIsListedAtStartAndAMissingOneFallsBackQuietly() throws Exception {
        Path file = jsonl("saved.jsonl", "{\"question\": \"Saved Q?\"}");
        SettingsViewModel fresh = new SettingsViewModel(tasks, ModelCatalog.standard(), errors::add);
        fresh.problem().startFrom(file);
        assertThat(fresh.problem().dataset()).as("before the list is read").isEqualTo(file);
        fresh.loadChoices();
        fx.runUntil(() -> fresh.problem().problemSetProperty().get() != null);
        assertThat(fresh.problem().problemSetProperty().get().file()).isEqualTo(file);
        assertThat(fresh.questionProperty().get()).isEqualTo("Saved Q?");

        SettingsViewModel gone = new SettingsViewModel(tasks, ModelCatalog.standard(), errors::add);
        gone.problem().startFrom(dir.resolve("moved-away.jsonl"));
        gone.loadChoices();
        fx.runUntil(() -> gone.problem().problemSetProperty().get() != null);
        assertThat(gone.problem().problemSetProperty().get().isGsmMini()).isTrue();
        assertThat(gone.problem().dataset()).isNull();
        assertThat(errors).as("a warning in the log, no dialog").isEmpty();
    }
}
