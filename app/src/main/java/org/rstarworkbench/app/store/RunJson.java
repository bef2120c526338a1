package org.rstarworkbench.app.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;

/**
 * The run file, {@code {"format": "rstar-run/1", "events": [...]}}: the format the command line's {@code --out}
 * writes. Export copies the stored JSON of every event, so events of types this build does not know survive.
 */
final class RunJson {

    static final String FORMAT = "rstar-run/1";

    /**
     * A checked run file.
     *
     * @param started the first event
     * @param events  every event as JSON, in order
     * @param decoded every event decoded, null where the type is not known to the codec
     */
    record Parsed(RunStarted started, List<StoredEvent> events, List<SearchEvent> decoded) {
    }

    private RunJson() {
    }

    /** Writes the file to a temporary file beside it, then moves it into place: a crash leaves no half file. */
    static void export(Path target, RunSummary run, List<StoredEvent> events) throws StoreException {
        Path file = target.toAbsolutePath();
        try {
            Path dir = file.getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    w.write("{\"format\":\"" + FORMAT + "\",\"events\":[");
                    for (int i = 0; i < events.size(); i++) {
                        w.write(i == 0 ? "\n" : ",\n");
                        w.write(events.get(i).json());
                    }
                    w.write("\n]}\n");
                }
                move(tmp, file);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write run " + run.id() + " to " + file + " (" + e + "); choose "
                    + "another file", e);
        }
    }

    private static void move(Path tmp, Path file) throws IOException {
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reads and checks a run file; the message of a failure names the file and the event. */
    static Parsed parse(Path source, EventCodec codec) throws StoreException {
        JsonNode root;
        try {
            root = codec.tree(Files.readString(source, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw bad(source, "it is not valid JSON (line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new StoreException("cannot read the run file " + source + " (" + e + ")", e);
        }
        if (!root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw bad(source, "its \"format\" is " + (root.isObject() ? root.path("format") : "missing")
                    + ", expected \"" + FORMAT + "\"");
        }
        JsonNode events = root.path("events");
        if (!events.isArray() || events.isEmpty()) {
            throw bad(source, "it has no \"events\" list");
        }
        List<StoredEvent> stored = new ArrayList<>(events.size());
        List<SearchEvent> decoded = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            JsonNode e = events.get(i);
            String type = codec.typeOf(e);
            if (type == null) {
                throw bad(source, "event " + i + " has no \"type\"");
            }
            if (!e.path("seq").canConvertToLong() || e.path("seq").asLong() != i) {
                throw bad(source, "event " + i + " has \"seq\" " + e.path("seq") + "; events must be numbered "
                        + "0, 1, 2, ... in order");
            }
            stored.add(new StoredEvent(i, type, codec.json(e)));
            decoded.add(decode(source, codec, e, i));
        }
        if (!(decoded.get(0) instanceof RunStarted started)) {
            throw bad(source, "its first event is a " + stored.get(0).type() + ", not a run-started");
        }
        return new Parsed(started, stored, decoded);
    }

    private static SearchEvent decode(Path source, EventCodec codec, JsonNode e, int index) throws StoreException {
        try {
            return codec.read(e);
        } catch (InvalidTypeIdException unknown) {
            return null; // another module's event: kept as JSON
        } catch (IOException invalid) {
            throw bad(source, "event " + index + " (" + codec.typeOf(e) + ") is not valid: "
                    + (invalid instanceof JsonProcessingException j ? j.getOriginalMessage() : invalid.toString()));
        }
    }

    private static StoreException bad(Path source, String what) {
        return new StoreException("cannot import " + source + ": " + what + ". Give a run file written by "
                + "'rstar solve --out' or by an export.");
    }
}
