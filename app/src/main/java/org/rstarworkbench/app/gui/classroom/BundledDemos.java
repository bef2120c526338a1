package org.rstarworkbench.app.gui.classroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.rstarworkbench.app.store.EventCodec;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.discriminator.event.DiscriminatorEvents;

/**
 * The recorded demo runs shipped in the app's resources, for a lesson with no model at hand: each opens as a replay
 * at once. Most are the scripted demo model's runs; one is the bundled tiny models' (see {@link DemoModels}).
 * {@link #load} reads one; it reads a resource, so call it off the FX thread. Stateless and thread-safe.
 */
public final class BundledDemos {

    /** The run file's format marker, as the store's export writes it. */
    static final String FORMAT = "rstar-run/1";

    private static final List<DemoRun> ALL = List.of(
            new DemoRun("first-lesson", "First lesson: 4 rollouts, a small tree",
                    "Four rollouts on an easy problem: few enough nodes to follow every selection, expansion and "
                            + "backpropagation step by step.", DemoModels.SCRIPTED, 0, 4, 4, true, true),
            new DemoRun("sixteen-rollouts", "16 rollouts with the peer check",
                    "rStar's usual budget: the tree fills out, answers repeat, and the peer discriminator picks "
                            + "the trajectory it agrees with.", DemoModels.SCRIPTED, 1, 16, 5, true, true),
            new DemoRun("no-rephrase", "Without A5 (no rephrased question)",
                    "The same budget with A5 off: no rephrased-question branch, so every trajectory starts from "
                            + "the question as written.", DemoModels.SCRIPTED, 2, 16, 5, true, false),
            new DemoRun("no-one-step-thoughts", "Without A1 (no one-step thoughts)",
                    "A1 off: the tree grows only from complete chains of thought, sub-questions and rephrasings, "
                            + "none from single proposed steps.", DemoModels.SCRIPTED, 3, 8, 5, false, true),
            new DemoRun("tiny-models", "The bundled tiny models, 16 rollouts",
                    "Real small-model search: the bundled LSTM generator writes every step, most branches end in "
                            + "wrong answers and the majority answer is wrong; the tiny transformer peer agrees with "
                            + "only a few trajectories and picks the right answer.", DemoModels.BUNDLED, 16, 16, 5,
                    true, true));

    private BundledDemos() {
    }

    /** Every bundled demo run, in the order the menu lists them. */
    public static List<DemoRun> all() {
        return ALL;
    }

    /**
     * The demo run with this id.
     *
     * @throws IllegalArgumentException naming the id and the ids there are
     */
    public static DemoRun byId(String id) {
        return ALL.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "there is no demo run '" + id + "'; the bundled ones are " + String.join(", ",
                        ALL.stream().map(DemoRun::id).toList())));
    }

    /** The codec of the run files: the engine's events and the discriminator's. */
    static EventCodec codec() {
        return EventCodec.standard().with(DiscriminatorEvents::register);
    }

    /**
     * Reads a demo run's events from the app's resources.
     *
     * @throws UncheckedIOException when the resource is missing or damaged (a broken build); the message names it
     */
    public static List<SearchEvent> load(DemoRun demo) {
        try (InputStream raw = BundledDemos.class.getResourceAsStream(demo.resource())) {
            if (raw == null) {
                throw new IOException("the resource " + demo.resource() + " is missing from the app; rebuild it");
            }
            try (InputStream in = new GZIPInputStream(raw)) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), demo.resource());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo run " + demo.id() + ": " + e.getMessage(), e);
        }
    }

    /** Reads run JSON ({@code {"format": "rstar-run/1", "events": [...]}}); {@code source} names it in messages. */
    static List<SearchEvent> parse(String json, String source) throws IOException {
        EventCodec codec = codec();
        ObjectMapper mapper = codec.mapper();
        JsonNode root = mapper.readTree(json);
        if (root == null || !FORMAT.equals(root.path("format").asText(null))) {
            throw new IOException(source + " is not a run file: its \"format\" is not \"" + FORMAT + "\"");
        }
        JsonNode events = root.path("events");
        List<SearchEvent> read = new ArrayList<>(events.size());
        for (JsonNode e : events) {
            read.add(codec.read(e));
        }
        if (read.isEmpty() || !(read.get(0) instanceof RunStarted)) {
            throw new IOException(source + " does not begin with a run-started event");
        }
        return List.copyOf(read);
    }
}
