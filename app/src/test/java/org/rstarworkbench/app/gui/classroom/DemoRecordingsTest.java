package org.rstarworkbench.app.gui.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.event.PeerChecked;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.discriminator.selection.Outcome;
import org.rstarworkbench.samples.gsmmini.GsmMini;
import org.rstarworkbench.samples.models.TinyModels;

/**
 * The bundled demo runs: each loads, folds to a tree, ends with the peer's verdict, has the models and settings its
 * entry names and stays small. The scripted ones are what {@link DemoRecorder} makes today; the bundled tiny models'
 * one is checked for what it is meant to show instead (their float math may round differently on another CPU), the
 * peer picking the gold answer over a wrong majority. To write the recordings again (after a change to the engine,
 * the prompts, the tiny models or the list in {@link BundledDemos}), run
 * {@code ./mvnw -B -o -q -pl app -am test -Dtest=DemoRecordingsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Drstar.demos.regenerate=true}, then the same without the last flag to check them (the other tests of the first run
 * still read the old copies from the class path).
 */
class DemoRecordingsTest {

    /** Where the recordings live in the source tree; tests run in the module's folder. */
    static final Path SOURCES = Path.of("src/main/resources" + DemoRun.FOLDER);
    static final long MAX_BYTES = 300_000;

    @TestFactory
    @EnabledIfSystemProperty(named = "rstar.demos.regenerate", matches = "true")
    Stream<DynamicTest> regenerate() {
        return BundledDemos.all().stream().map(demo -> DynamicTest.dynamicTest(demo.id(), () -> {
            assumeTrue(demo.models() != DemoModels.BUNDLED || TinyModels.available(), () -> demo.id()
                    + " is not regenerated: the bundled tiny models are not on the class path; build the samples "
                    + "module with its models, then regenerate again");
            DemoRecorder.write(DemoRecorder.record(demo), SOURCES.resolve(demo.id() + ".json.gz"));
        }));
    }

    @Test
    void everyBundledDemoLoadsAndFoldsToATreeWithAVerdict() {
        for (DemoRun demo : BundledDemos.all()) {
            List<SearchEvent> events = BundledDemos.load(demo);
            TreeFold tree = TreeFold.of(events);
            assertThat(tree.nodes()).as(demo.id()).hasSizeGreaterThan(5);
            assertThat(events).as(demo.id()).anyMatch(Verdict.class::isInstance);
            assertThat(events.get(events.size() - 1)).as(demo.id()).isInstanceOf(RunFinished.class);
            Verdict verdict = events.stream().filter(Verdict.class::isInstance).map(Verdict.class::cast)
                    .findFirst().orElseThrow();
            assertThat(verdict.winnerNodeIds()).as(demo.id()).isNotEmpty();
        }
    }

    @Test
    void eachRecordingHasTheModelsAndSettingsItsEntryNames() {
        for (DemoRun demo : BundledDemos.all()) {
            RunStarted started = (RunStarted) BundledDemos.load(demo).get(0);
            Problem problem = GsmMini.testSet().get(demo.problem());
            assertThat(started.problem().id()).as(demo.id()).isEqualTo(problem.id());
            String generator = demo.models() == DemoModels.BUNDLED ? TinyModels.GENERATOR : ModelChoice.Demo.ID;
            assertThat(started.generator()).as(demo.id()).startsWith(generator);
            assertThat(started.pack()).as(demo.id()).isEqualTo(demo.models().choice().preferredPack());
            assertThat(started.config().rollouts()).as(demo.id()).isEqualTo(demo.rollouts());
            assertThat(started.config().maxDepth()).as(demo.id()).isEqualTo(demo.maxDepth());
            assertThat(started.config().a1Enabled()).as(demo.id()).isEqualTo(demo.a1());
            assertThat(started.config().a5Enabled()).as(demo.id()).isEqualTo(demo.a5());
        }
    }

    @Test
    void theScriptedRecordingsAreWhatTheRecorderMakesToday() throws Exception {
        var codec = BundledDemos.codec();
        for (DemoRun demo : BundledDemos.all().stream().filter(d -> d.models().sameEverywhere()).toList()) {
            List<SearchEvent> bundled = BundledDemos.load(demo);
            List<SearchEvent> fresh = DemoRecorder.record(demo);
            assertThat(fresh).as("%s: regenerate the demo runs (see this test's javadoc)", demo.id())
                    .hasSameSizeAs(bundled);
            for (int i = 0; i < fresh.size(); i++) {
                assertThat(codec.sameEvent(codec.write(bundled.get(i)), fresh.get(i)))
                        .as("%s event %d: %s; regenerate the demo runs (see this test's javadoc)", demo.id(), i,
                                codec.difference(codec.write(bundled.get(i)), fresh.get(i)))
                        .isTrue();
            }
        }
    }

    @Test
    void theTinyModelsRecordingShowsThePeerPickingTheGoldAnswerOverAWrongMajority() {
        List<DemoRun> tiny = BundledDemos.all().stream().filter(d -> d.models() == DemoModels.BUNDLED).toList();
        assertThat(tiny).as("a demo run recorded with the bundled tiny models").isNotEmpty();
        for (DemoRun demo : tiny) {
            List<SearchEvent> events = BundledDemos.load(demo);
            RunStarted started = (RunStarted) events.get(0);
            assertThat(started.pack()).as(demo.id()).isEqualTo(TinyModels.PACK);
            assertThat(started.generator()).as(demo.id()).startsWith(TinyModels.GENERATOR);
            String gold = GsmMini.testSet().get(demo.problem()).gold();
            Verdict verdict = events.stream().filter(Verdict.class::isInstance).map(Verdict.class::cast)
                    .findFirst().orElseThrow();
            String pickAnother = demo.id() + ": pick another GSM-mini problem for it (see this test's javadoc)";
            assertThat(AnswerFormat.NUMERIC.equivalent(verdict.answer(), gold))
                    .as("%s: the peer's answer %s is the gold answer %s", pickAnother, verdict.answer(), gold)
                    .isTrue();
            assertThat(AnswerFormat.NUMERIC.equivalent(verdict.majorityAnswer(), gold))
                    .as("%s: the majority answer %s is wrong", pickAnother, verdict.majorityAnswer()).isFalse();
            List<PeerChecked> checked = events.stream().filter(PeerChecked.class::isInstance)
                    .map(PeerChecked.class::cast).toList();
            assertThat(checked).as("%s: a trajectory with a wrong answer", pickAnother)
                    .anyMatch(c -> c.answer() != null && !AnswerFormat.NUMERIC.equivalent(c.answer(), gold));
            PeerChecked winner = checked.stream().filter(c -> c.trajectory() == verdict.winner()).findFirst()
                    .orElseThrow();
            assertThat(winner.outcome()).as("%s: the peer agrees with the winner", pickAnother)
                    .isEqualTo(Outcome.KEPT);
            assertThat(winner.answer()).as(demo.id()).isEqualTo(verdict.answer());
        }
    }

    @Test
    void theFilesStaySmallAndReadAsPlainRunJson() throws IOException {
        for (DemoRun demo : BundledDemos.all()) {
            Path file = SOURCES.resolve(demo.id() + ".json.gz");
            assertThat(Files.size(file)).as(demo.id()).isLessThan(MAX_BYTES);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(json).startsWith("{\"format\":\"rstar-run/1\",\"events\":[");
            }
        }
    }

    @Test
    void aWrittenRunReadsBack(@TempDir Path dir) throws Exception {
        DemoRun demo = BundledDemos.all().get(0);
        List<SearchEvent> events = DemoRecorder.record(demo);
        Path file = dir.resolve("run.json.gz");
        DemoRecorder.write(events, file);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            List<SearchEvent> read = BundledDemos.parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8), file.toString());
            assertThat(read).isEqualTo(events);
        }
    }
}
