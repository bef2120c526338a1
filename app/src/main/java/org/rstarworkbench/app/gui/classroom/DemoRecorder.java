package org.rstarworkbench.app.gui.classroom;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.rstarworkbench.app.gui.run.ModelChoice;
import org.rstarworkbench.app.store.EventCodec;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.model.LanguageModel;
import org.rstarworkbench.core.model.ModelException;
import org.rstarworkbench.core.prompt.PromptPackException;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.core.search.RStar;
import org.rstarworkbench.core.search.SearchConfig;
import org.rstarworkbench.core.tree.Problem;
import org.rstarworkbench.discriminator.peer.PeerDiscriminator;
import org.rstarworkbench.samples.gsmmini.GsmMini;

/**
 * Records a {@link DemoRun} as the window would run it with the demo's {@link DemoModels}: the scripted demo model
 * with the gsm8k pack and itself as the peer, or the bundled tiny generator and tiny peer with the tiny pack; a
 * GSM-mini test problem, the peer check on. The search is seeded, so the scripted runs' events are the same on every
 * machine except for their wall-clock times, and the tiny models' the same up to the CPU's float rounding.
 * {@code DemoRecordingsTest} regenerates the bundled files with this. Stateless; {@link #record} runs the models on
 * the calling thread, so call it off the FX thread.
 */
public final class DemoRecorder {

    private DemoRecorder() {
    }

    /**
     * Runs the demo's search with its models and returns its events.
     *
     * @throws ModelException       when the models cannot be opened (the bundled ones are missing from a broken
     *                              build) or the search fails
     * @throws PromptPackException  when the bundled pack cannot be read (a broken build)
     * @throws InterruptedException when the thread is interrupted
     */
    public static List<SearchEvent> record(DemoRun demo) throws ModelException, PromptPackException,
            InterruptedException {
        List<Problem> problems = GsmMini.testSet();
        if (demo.problem() >= problems.size()) {
            throw new IllegalArgumentException("demo run " + demo.id() + " names problem " + demo.problem()
                    + "; GSM-mini's test split has " + problems.size());
        }
        Problem problem = problems.get(demo.problem());
        ModelChoice choice = demo.models().choice();
        SearchConfig config = SearchConfig.defaults().withRollouts(demo.rollouts()).withMaxDepth(demo.maxDepth())
                .withActions(demo.a1(), demo.a5());
        List<SearchEvent> events = new ArrayList<>();
        try (LanguageModel model = choice.open(null, problem);
             LanguageModel ownPeer = choice.openPeer(null, problem)) {
            LanguageModel peer = ownPeer != null ? ownPeer : model;
            RStar.builder().setModel(model).setPack(PromptPacks.bundled(choice.preferredPack())).optConfig(config)
                    .optJudge(PeerDiscriminator.builder().setPeer(peer).build()).build()
                    .search(problem, events::add);
        }
        return events;
    }

    /**
     * Writes events as gzipped run JSON, the format of {@code rstar export ID FILE.json} (gunzipped, the file imports
     * with {@code rstar runs import}), through a temporary file moved into place.
     */
    public static void write(List<? extends SearchEvent> events, Path file) throws IOException {
        EventCodec codec = BundledDemos.codec();
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp));
                 Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write("{\"format\":\"" + BundledDemos.FORMAT + "\",\"events\":[");
                for (int i = 0; i < events.size(); i++) {
                    w.write(i == 0 ? "\n" : ",\n");
                    w.write(codec.write(events.get(i)));
                }
                w.write("\n]}\n");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
