package org.rstarworkbench.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.discriminator.event.DiscriminatorEvents;

/**
 * A run as one JSON file: {@code {"format": "rstar-run/1", "events": [...]}}, the settings being in the first
 * event. Written to a temporary file and moved into place, so a crash never leaves half a file.
 */
final class RunFile {

    static final String FORMAT = "rstar-run/1";
    static final ObjectMapper JSON = DiscriminatorEvents.register(
            new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS));

    private RunFile() {
    }

    /** The file's content; the declared element type makes Jackson write each event's type name. */
    record Document(String format, List<SearchEvent> events) {
    }

    static void write(Path file, List<SearchEvent> events) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, target.getFileName().toString(), ".part");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            JSON.writeValue(os, new Document(FORMAT, events));
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
