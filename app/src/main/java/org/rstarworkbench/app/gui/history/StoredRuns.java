package org.rstarworkbench.app.gui.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.rstarworkbench.app.store.EventCodec;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.app.store.RunSummary;
import org.rstarworkbench.app.store.StoreException;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.discriminator.event.DiscriminatorEvents;

/**
 * The run store the window works with: one SQLite file, opened for each task and closed after it, so the window
 * holds no connection while idle. Every method does I/O: call it on a worker or the engine thread.
 */
public final class StoredRuns {

    private final Path file;

    public StoredRuns(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    /** Every event type the workbench writes, the discriminator's included. */
    public static EventCodec codec() {
        return EventCodec.standard().with(DiscriminatorEvents::register);
    }

    public Path file() {
        return file;
    }

    /** Opens the store, creating it when missing. */
    public RunStore open() throws StoreException {
        return RunStore.builder().setFile(file).optCodec(codec()).open();
    }

    /** Every stored run, newest first; empty when the store does not exist yet. */
    public List<RunSummary> list() throws StoreException {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (RunStore store = open()) {
            return store.listRuns();
        }
    }

    /** One run's summary and its committed events. */
    public LoadedRun load(long runId) throws StoreException {
        try (RunStore store = open()) {
            RunSummary summary = store.run(runId);
            return new LoadedRun(summary, store.events(runId));
        }
    }

    /**
     * A stored run read from the store.
     *
     * @param summary the run as the run list shows it
     * @param events  its committed events, in sequence order
     */
    public record LoadedRun(RunSummary summary, List<SearchEvent> events) {
        public LoadedRun {
            Objects.requireNonNull(summary, "summary");
            events = List.copyOf(events);
        }
    }
}
