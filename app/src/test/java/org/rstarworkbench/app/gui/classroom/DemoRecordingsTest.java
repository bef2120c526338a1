package org.rstarworkbench.app.gui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.discriminator.event.Verdict;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * The bundled demo runs: each loads, folds to a tree, ends with the peer's verdict, has the settings its entry names,
 * stays small, and is what {@link DemoRecorder} makes today. To write the recordings again (after a change to the
 * engine, the prompts or the list in {@link BundledDemos}), run
 * {@code ./mvnw -B -o -q -pl app -am test -Dtest=DemoRecordingsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Drstar.demos.regenerate=true}, then the same without the last flag to check them (the other tests of the first run
 * still read the old copies from the class path).
 */
class DemoRecordingsTest {

    /** Where the recordings live in the source tree; tests run in the module's folder. */
    static final Path SOURCES = Path.of("src/main/resources" + DemoRun.FOLDER);
    static final long MAX_BYTES = 300_000;

    @Test
    @EnabledIfSystemProperty(named = "rstar.demos.regenerate", matches = "true")
    void regenerate() throws Exception {
        for (DemoRun demo : BundledDemos.all()) {
            DemoRecorder.write(DemoRecorder.record(demo), SOURCES.resolve(demo.id() + ".json.gz"));
        }
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
    void eachRecordingHasTheSettingsItsEntryNames() {
        for (DemoRun demo : BundledDemos.all()) {
            RunStarted started = (RunStarted) BundledDemos.load(demo).get(0);
            assertThat(started.problem().id()).as(demo.id()).isEqualTo(GsmMini.testSet().get(demo.problem()).id());
            assertThat(started.config().rollouts()).as(demo.id()).isEqualTo(demo.rollouts());
            assertThat(started.config().maxDepth()).as(demo.id()).isEqualTo(demo.maxDepth());
            assertThat(started.config().a1Enabled()).as(demo.id()).isEqualTo(demo.a1());
            assertThat(started.config().a5Enabled()).as(demo.id()).isEqualTo(demo.a5());
        }
    }

    @Test
    void theRecordingsAreWhatTheRecorderMakesToday() throws Exception {
        var codec = BundledDemos.codec();
        for (DemoRun demo : BundledDemos.all()) {
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
