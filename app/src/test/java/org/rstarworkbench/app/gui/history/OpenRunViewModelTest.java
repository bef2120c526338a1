package org.rstarworkbench.app.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.gui.DemoRuns;
import org.rstarworkbench.app.gui.ManualFxThread;
import org.rstarworkbench.app.gui.TaskExecutor;
import org.rstarworkbench.app.gui.UserError;
import org.rstarworkbench.app.store.Recording;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.app.store.RunSummary;
import org.rstarworkbench.core.event.NodeCreated;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.ScriptedModel;
import org.rstarworkbench.core.model.Scripts;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;

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

    // ---- rename, delete, export, compare

    final List<UserError> errors = new ArrayList<>();

    /** Records a demo search of {@code problem} in {@code store}; with the peer's verdict when {@code peer}. */
    static long record(StoredRuns store, Problem problem, int rollouts, boolean peer, String name) throws Exception {
        try (RunStore runs = store.open()) {
            ScriptedModel model = new ScriptedModel("demo", Scripts.rstarShaped(7, 4));
            Recording rec = Recording.start(runs, model, name, peer ? "demo" : null);
            RStar.builder().setModel(rec.model()).setPack(PromptPacks.bundled("gsm8k"))
                    .optConfig(SearchConfig.defaults().withRollouts(rollouts))
                    .optJudge(peer ? PeerDiscriminator.builder().setPeer(rec.peer(model)).build() : null).build()
                    .search(problem, rec.recorder());
            return rec.runId();
        }
    }

    OpenRunViewModel loaded(StoredRuns store) {
        OpenRunViewModel model = new OpenRunViewModel(tasks, store, errors::add);
        model.load();
        fx.runUntil(() -> !model.loadingProperty().get());
        return model;
    }

    RunSummary run(OpenRunViewModel model, long id) {
        return model.runs().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    void settle(OpenRunViewModel model) {
        fx.runUntil(() -> !model.busyProperty().get() && !model.loadingProperty().get());
    }

    @Test
    void renamesARunAndReadsTheListAgain() throws Exception {
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        long id = record(store, DemoRuns.PROBLEM, 2, false, null);
        OpenRunViewModel model = loaded(store);
        model.rename(run(model, id), "  apples, 2 rollouts ");
        assertThat(model.busyProperty().get()).isTrue();
        settle(model);
        assertThat(run(model, id).displayName()).isEqualTo("apples, 2 rollouts");
        assertThat(model.noticeProperty().get()).isEqualTo("Run " + id + " is named \"apples, 2 rollouts\" now.");
        model.rename(run(model, id), " ");
        settle(model);
        assertThat(run(model, id).name()).isNull();
        assertThat(errors).isEmpty();
    }

    @Test
    void deletesARunAndAsksInWordsThatNameIt() throws Exception {
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        long keep = record(store, DemoRuns.PROBLEM, 2, false, "keep");
        long gone = record(store, DemoRuns.PROBLEM, 2, false, "gone");
        OpenRunViewModel model = loaded(store);
        assertThat(OpenRunViewModel.deleteQuestion(run(model, gone))).startsWith("Delete run " + gone + " (gone)?")
                .contains("cannot be undone");
        model.delete(run(model, gone));
        settle(model);
        assertThat(model.runs()).extracting(RunSummary::id).containsExactly(keep);
        assertThat(store.list()).extracting(RunSummary::id).containsExactly(keep);
        assertThat(model.noticeProperty().get()).isEqualTo("Run " + gone + " was deleted.");
        assertThat(errors).isEmpty();
    }

    @Test
    void aRunDeletedMeanwhileCannotBeRenamedAndTheErrorDialogSaysSo() throws Exception {
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        long id = record(store, DemoRuns.PROBLEM, 2, false, null);
        OpenRunViewModel model = loaded(store);
        RunSummary stale = run(model, id);
        store.delete(id);
        model.rename(stale, "late");
        settle(model);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The run store could not be used");
            assertThat(e.detail()).contains(Long.toString(id));
        });
        assertThat(model.noticeProperty().get()).isEqualTo("Renaming run " + id + " failed.");
    }

    @Test
    void exportsEachFormatOffTheFxThread() throws Exception {
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        long id = record(store, DemoRuns.PROBLEM, 3, true, null);
        OpenRunViewModel model = loaded(store);
        for (ExportFormat f : ExportFormat.values()) {
            Path file = dir.resolve("out").resolve(OpenRunViewModel.suggestedFileName(run(model, id), f));
            model.export(run(model, id), file);
            settle(model);
            assertThat(file).exists().isNotEmptyFile();
            assertThat(model.noticeProperty().get()).isEqualTo("Run " + id + " was exported to " + file + ".");
        }
        byte[] png = Files.readAllBytes(dir.resolve("out/run-" + id + ".png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("out/run-" + id + ".dot"))).contains("digraph");
        assertThat(Files.readString(dir.resolve("out/run-" + id + ".graphml"))).contains("<graphml");
        assertThat(Files.readString(dir.resolve("out/run-" + id + ".json"))).contains("rstar-run/1");
        long imported;
        try (RunStore runs = store.open()) {
            imported = runs.importJson(dir.resolve("out/run-" + id + ".json"), "imported");
            assertThat(runs.events(imported)).hasSameSizeAs(runs.events(id));
        }
        assertThat(errors).isEmpty();
    }

    @Test
    void anExportThatCannotBeWrittenOrHasNoKnownExtensionGoesToTheErrorDialog() throws Exception {
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        long id = record(store, DemoRuns.PROBLEM, 2, false, null);
        OpenRunViewModel model = loaded(store);
        model.export(run(model, id), dir.resolve("tree.svg"));
        assertThat(errors).singleElement().satisfies(e -> assertThat(e.detail()).contains("tree.svg")
                .contains(".png, .dot, .graphml or .json"));
        errors.clear();
        Files.writeString(dir.resolve("a-file"), "not a folder");
        model.export(run(model, id), dir.resolve("a-file/tree.dot"));
        settle(model);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("The export could not be written");
            assertThat(e.action()).contains("Choose another folder");
        });
        assertThat(ExportFormat.DOT.withExtension(Path.of("tree"))).isEqualTo(Path.of("tree.dot"));
        assertThat(ExportFormat.DOT.withExtension(Path.of("tree.png"))).isEqualTo(Path.of("tree.png"));
        assertThat(ExportFormat.ofFile(Path.of("T.GV"))).isEqualTo(ExportFormat.DOT);
    }

    @Test
    void comparesTwoRunsKeyFiguresSideBySide() throws Exception {
        StoredRuns store = new StoredRuns(dir.resolve("runs.db"));
        long small = record(store, DemoRuns.PROBLEM, 2, false, "small");
        Problem other = new Problem("gsm-test/2", "Tom has 5 pens and buys 3 more. How many pens now?", "9");
        long judged = record(store, other, 4, true, "judged");
        OpenRunViewModel model = loaded(store);
        model.compare(run(model, small), run(model, judged));
        settle(model);
        RunComparison c = model.comparisonProperty().get();
        assertThat(c).isNotNull();
        assertThat(c.left().runId()).isEqualTo(small);
        assertThat(c.right().runId()).isEqualTo(judged);

        List<SearchEvent> events = store.load(judged).events();
        assertThat(c.right().nodes()).isEqualTo((int) events.stream().filter(NodeCreated.class::isInstance).count());
        assertThat(c.right().rollouts()).isEqualTo(4);
        assertThat(c.left().verdict()).isEqualTo("generator majority (no peer check)");
        assertThat(c.right().verdict()).startsWith("peer: 7 by ");
        assertThat(c.left().correct()).as("7 is the gold answer of the apples").isTrue();
        assertThat(c.right().correct()).as("the demo answers 7, the gold is 9").isFalse();
        assertThat(c.right().usage().calls()).as("generator and peer calls")
                .isGreaterThan(store.list().stream().filter(r -> r.id() == judged).findFirst().orElseThrow()
                        .usage().calls());
        assertThat(c.left().answers()).containsKey("7");
        assertThat(c.rows()).extracting(RunComparison.Row::label).containsExactly("Run", "Problem", "Gold",
                "Answer", "Verdict", "Nodes", "Rollouts", "Requests", "Tokens", "Time", "Answers found",
                "Found only here");
        assertThat(c.rows()).filteredOn(r -> r.label().equals("Problem")).singleElement().satisfies(r -> {
            assertThat(r.left()).isEqualTo("gsm-test/1");
            assertThat(r.right()).isEqualTo("gsm-test/2");
            assertThat(r.differs()).isTrue();
        });
        assertThat(c.rows()).filteredOn(r -> r.label().equals("Answer")).singleElement()
                .satisfies(r -> assertThat(r.left()).isEqualTo("7 ✓"));
        assertThat(c.rows()).filteredOn(r -> r.label().equals("Answers found")).singleElement()
                .satisfies(r -> assertThat(r.left()).startsWith("7 ×"));
        assertThat(model.noticeProperty().get()).isEqualTo("Compared runs " + small + " and " + judged + ".");
        assertThat(errors).isEmpty();
    }
}
