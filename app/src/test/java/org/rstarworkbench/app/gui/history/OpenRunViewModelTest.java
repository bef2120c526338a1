package org.rstarworkbench.app.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.app.gui.ManualFxThread;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.store.Recording;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;

class OpenRunViewModelTest {

    @TempDir
    Path dir;

    final ManualFxThread fx = new ManualFxThread();
    final TaskExecutor tasks = new TaskExecutor(fx);

    @AfterEach
    void close() {
        tasks.close();
    }

    @Test
    void aMissingStoreIsAnEmptyListAndIsNotCreated() {
        StoredRuns store = new StoredRuns(dir.resolve("none.db"));
        OpenRunViewModel model = new OpenRunViewModel(tasks, store);
        model.load();
        assertThat(model.loadingProperty().get()).isTrue();
        fx.runUntil(() -> !model.loadingProperty().get());
        assertThat(model.runs()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("No runs in ");
        assertThat(Files.exists(dir.resolve("none.db"))).isFalse();
    }

    @Test
    void listsStoredRunsAndLoadsTheirEvents() throws Exception {
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        long id;
        try (RunStore runs = store.open()) {
            Recording rec = Recording.start(runs, new ScriptedModel("demo", Scripts.rstarShaped(7, 4)), "first", null);
            RStar.builder().setModel(rec.model()).setPack(PromptPacks.bundled("gsm8k"))
                    .optConfig(SearchConfig.defaults().withRollouts(3)).build()
                    .search(DemoRuns.PROBLEM, rec.recorder());
            id = rec.runId();
        }
        OpenRunViewModel model = new OpenRunViewModel(tasks, store);
        model.load();
        fx.runUntil(() -> !model.loadingProperty().get());
        assertThat(model.runs()).singleElement().satisfies(r -> {
            assertThat(r.displayName()).isEqualTo("first");
            assertThat(r.rollouts()).isEqualTo(3);
        });
        assertThat(model.messageProperty().get()).isEmpty();
        assertThat(store.load(id).events()).isNotEmpty();
    }

    @Test
    void anUnreadableStoreSaysWhatToDo() throws Exception {
        Path bad = dir.resolve("bad.db");
        Files.writeString(bad, "this is not a database");
        OpenRunViewModel model = new OpenRunViewModel(tasks, new StoredRuns(bad));
        model.load();
        fx.runUntil(() -> !model.loadingProperty().get());
        assertThat(model.runs()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("The run store could not be used: ")
                .contains("bad.db").doesNotContain("Exception");
    }
}
