package org.rstarworkbench.app.gui.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.rstarworkbench.app.store.EventCodec;
import org.rstarworkbench.app.store.RunStore;
import org.rstarworkbench.app.store.RunSummary;
import org.rstarworkbench.app.store.StoreException;
import org.rstarworkbench.core.answer.AnswerFormat;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.TreeFold;
import org.rstarworkbench.core.prompt.PromptPackException;
import org.rstarworkbench.core.prompt.PromptPacks;
import org.rstarworkbench.discriminator.event.DiscriminatorEvents;
import org.rstarworkbench.visualizer.export.TreeExports;
import org.rstarworkbench.visualizer.layout.LevelOfDetail;
import org.rstarworkbench.visualizer.tree.TreeSnapshot;
import org.rstarworkbench.visualizer.view.TreeDrawer;
import org.rstarworkbench.visualizer.view.TreeViewState;

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

    /** Gives a run a name; a blank name removes it. */
    public void rename(long runId, String name) throws StoreException {
        try (RunStore store = open()) {
            store.rename(runId, name);
        }
    }

    /** Deletes a run with its events (and the cached model answers no other run uses). */
    public void delete(long runId) throws StoreException {
        try (RunStore store = open()) {
            store.delete(runId);
        }
    }

    /**
     * Writes a run to {@code file}: the whole run as importable JSON, or a drawing of its whole tree (nothing
     * collapsed) as the command line's {@code rstar runs export} does.
     *
     * @throws IOException when the file cannot be written
     */
    public void export(long runId, ExportFormat format, Path file) throws StoreException, IOException {
        try (RunStore store = open()) {
            if (format == ExportFormat.JSON) {
                store.exportJson(runId, file);
                return;
            }
            TreeViewState whole = TreeViewState.of(TreeSnapshot.of(TreeFold.of(store.events(runId))))
                    .withLevelOfDetail(LevelOfDetail.OFF);
            TreeExports.write(format.treeFormat(), TreeDrawer.draw(whole), file);
        }
    }

    /** The key figures of two runs side by side. */
    public RunComparison compare(long leftId, long rightId) throws StoreException {
        try (RunStore store = open()) {
            return new RunComparison(figures(store, leftId), figures(store, rightId));
        }
    }

    private static RunFigures figures(RunStore store, long runId) throws StoreException {
        RunSummary summary = store.run(runId);
        AnswerFormat format;
        try {
            format = AnswerFormat.named(PromptPacks.resolve(summary.pack()).answerFormat());
        } catch (PromptPackException | IllegalArgumentException e) {
            format = null; // a pack no longer at hand: answers are compared as written
        }
        return RunFigures.of(summary, store.events(runId), format);
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
