package org.rstarworkbench.app.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.rstarworkbench.core.event.ModelCalled;
import org.rstarworkbench.core.event.RolloutFinished;
import org.rstarworkbench.core.event.RunCancelled;
import org.rstarworkbench.core.event.RunFailed;
import org.rstarworkbench.core.event.RunFinished;
import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.event.SearchListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists a search's events in the store. Events are buffered and committed in one transaction at every rollout
 * boundary ({@code rollout-finished}), at the run's end ({@code run-finished}, {@code run-failed},
 * {@code run-cancelled}), when the buffer grows large, and on {@link #flush()}; the run's row (status, answer,
 * rollouts, compute) changes in the same transaction. A new run's row is created at {@code run-started}.
 *
 * <p>A recorder made by {@link #resume} continues a stored run: the search is run again with the same settings
 * (and a {@link CachingModel}), the re-emitted events up to the last committed one are checked against the stored
 * ones (timing fields aside) and only the later ones are written. A difference ends the search with an
 * {@link UncheckedStoreException} saying which event differs; the stored run is left as it was.
 *
 * <p>A store failure also ends the search with an {@link UncheckedStoreException}; what was committed stays.
 *
 * <p>Threading: receives events on the engine thread; {@link #flush()}, {@link #runId()} and
 * {@link #committedSeq()} may be called from any thread. One recorder records one run.
 */
public final class RunRecorder implements SearchListener {

    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);
    /** Commits a long rollout's events in parts, so the buffer stays small. */
    static final int MAX_BUFFERED = 2048;

    private final RunStore store;
    private final EventCodec codec;
    private final String name;
    private final String peerModel;
    private final List<String> stored;
    private final RunStarted storedStart;
    private final long recordedCalls;
    private final boolean verifyOnly;

    private volatile long runId;
    private volatile long committedSeq;
    private long expectedSeq;
    private boolean diverged;
    private boolean replacePending;
    private final List<StoredEvent> buffer = new ArrayList<>();
    private final List<SearchEvent> bufferDecoded = new ArrayList<>();

    private RunRecorder(RunStore store, String name, String peerModel, long runId, List<String> stored,
                        boolean replaceStoredEnd, RunStarted storedStart, long recordedCalls, boolean verifyOnly) {
        this.store = store;
        this.codec = store.codec();
        this.name = name;
        this.peerModel = peerModel;
        this.runId = runId;
        this.stored = stored;
        this.replacePending = replaceStoredEnd;
        this.storedStart = storedStart;
        this.recordedCalls = recordedCalls;
        this.verifyOnly = verifyOnly;
        this.committedSeq = stored.size() - 1L;
    }

    /**
     * Records a new run; its row is created when the search starts.
     *
     * @param name      the run's name, or null
     * @param peerModel the peer (discriminator) model's id, or null without one
     */
    public static RunRecorder create(RunStore store, String name, String peerModel) {
        return new RunRecorder(Objects.requireNonNull(store, "store"), name, peerModel, -1, List.of(), false, null,
                0, false);
    }

    /**
     * Continues a stored run that was killed, failed or cancelled. Run the search with {@link #started()}'s
     * problem and settings, the same pack and a {@link CachingModel} built with {@link #recordedCalls()}.
     * The answers of the run's recorded model calls are put back into the cache where missing.
     *
     * @throws StoreException when there is no such run, it finished already, or its events cannot be read
     */
    public static RunRecorder resume(RunStore store, long runId) throws StoreException {
        RunSummary run = store.run(runId);
        if (run.status() == RunStatus.FINISHED) {
            throw new StoreException("run " + runId + " finished already; there is nothing to resume (replay it "
                    + "to see it again)");
        }
        List<StoredEvent> events = new ArrayList<>(store.rawEvents(runId));
        if (events.isEmpty()) {
            throw new StoreException("run " + runId + " in " + store.file() + " has no events; it cannot be "
                    + "resumed");
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).seq() != i) {
                throw new StoreException("run " + runId + " in " + store.file() + " lacks event " + i
                        + "; it cannot be resumed");
            }
        }
        String lastType = events.get(events.size() - 1).type();
        boolean endReplaced = lastType.equals("run-failed") || lastType.equals("run-cancelled");
        if (endReplaced) {
            events.remove(events.size() - 1);
        }
        RunStarted started = store.runStarted(runId);
        List<ModelCalled> calls = modelCalls(store, runId, events);
        store.recoverCache(runId, started.generator(), run.peerModel(), calls);
        long generatorCalls = calls.stream().filter(RunRows::isGeneratorCall).count();
        LOG.info("resuming run {} after event {} ({} generator calls recorded)", runId, events.size() - 1,
                generatorCalls);
        return new RunRecorder(store, run.name(), run.peerModel(), runId,
                events.stream().map(StoredEvent::json).toList(), endReplaced, started, generatorCalls, false);
    }

    /**
     * Checks a replay of a stored run: every event must equal the stored one (timing fields aside). Writes nothing,
     * so the store may be read-only.
     */
    public static RunRecorder verifying(RunStore store, long runId) throws StoreException {
        RunSummary run = store.run(runId);
        List<String> events = store.rawEvents(runId).stream().map(StoredEvent::json).toList();
        return new RunRecorder(store, run.name(), run.peerModel(), runId, events, false, store.runStarted(runId),
                events.size(), true);
    }

    /** The model-called events among {@code events}: the generator's calls and the judge's. */
    static List<ModelCalled> modelCalls(RunStore store, long runId, List<StoredEvent> events)
            throws StoreException {
        List<ModelCalled> decoded = new ArrayList<>();
        for (StoredEvent e : events) {
            if (!e.type().equals("model-called")) {
                continue;
            }
            try {
                decoded.add((ModelCalled) store.codec().read(e.json()));
            } catch (IOException ex) {
                throw new StoreException("event " + e.seq() + " of run " + runId + " in " + store.file()
                        + " cannot be read (" + ex.getMessage() + "); the run cannot be resumed", ex);
            }
        }
        return decoded;
    }

    /** The run's id in the store; -1 until a new run's {@code run-started} event is committed. */
    public long runId() {
        return runId;
    }

    /** The sequence number of the last committed event, or -1. */
    public long committedSeq() {
        return committedSeq;
    }

    /** A resumed run's first event, with the problem, settings, generator id and pack to run again; else null. */
    public RunStarted started() {
        return storedStart;
    }

    /**
     * How many generator calls a resumed run had recorded; they must all come from the cache. 0 for a new run.
     */
    public long recordedCalls() {
        return recordedCalls;
    }

    @Override
    public synchronized void onEvent(SearchEvent event) {
        if (diverged) {
            return;
        }
        if (event.seq() != expectedSeq) {
            throw new IllegalStateException("the recorder expected event " + expectedSeq + " but got event "
                    + event.seq() + "; a recorder records one run, from its first event");
        }
        expectedSeq++;
        if (event.seq() < stored.size()) {
            verify(event);
            return;
        }
        if (verifyOnly) {
            return; // a replay of an incomplete recording goes on until the cache lacks an answer
        }
        String json = codec.write(event);
        buffer.add(new StoredEvent(event.seq(), codec.typeOf(json), json));
        bufferDecoded.add(event);
        boolean end = event instanceof RunFinished || event instanceof RunFailed || event instanceof RunCancelled;
        if (event instanceof RunStarted || event instanceof RolloutFinished || end
                || buffer.size() >= MAX_BUFFERED) {
            try {
                flush();
            } catch (StoreException e) {
                throw new UncheckedStoreException(e);
            }
        }
    }

    private void verify(SearchEvent event) {
        String difference = codec.difference(stored.get((int) event.seq()), event);
        if (difference == null) {
            return;
        }
        diverged = true;
        if (event instanceof RunFailed || event instanceof RunCancelled) {
            // The engine is about to throw the reason itself; the stored run is left as it was.
            LOG.warn("the search of run {} ended at event {}, before the end of its recording", runId, event.seq());
            return;
        }
        if (verifyOnly) {
            throw new UncheckedStoreException(new StoreException("the replay of run " + runId + " differs from "
                    + "its recording at event " + event.seq() + " (" + difference + "); the pack, the judge or "
                    + "the program changed since it was recorded"));
        }
        throw new UncheckedStoreException(new StoreException("the run cannot be resumed identically: event "
                + event.seq() + " differs from the stored one (" + difference + "). The pack, the model or the "
                + "program changed since run " + runId + " was recorded; nothing was written. Start a new run "
                + "instead."));
    }

    /**
     * Commits the buffered events now; does nothing when there are none. Call it in a {@code finally} block to keep
     * the events of a search that ends by an exception (a resume checks them like any others).
     */
    public synchronized void flush() throws StoreException {
        if (buffer.isEmpty()) {
            return;
        }
        RunRows.Batch batch = RunRows.Batch.of(buffer, bufferDecoded, replacePending ? stored.size() : -1);
        if (runId < 0) {
            if (!(bufferDecoded.get(0) instanceof RunStarted started)) {
                throw new IllegalStateException("a new run's first event must be run-started, was "
                        + buffer.get(0).type());
            }
            runId = store.createRun(started, name, peerModel, batch);
        } else {
            store.append(runId, batch);
        }
        replacePending = false;
        committedSeq = buffer.get(buffer.size() - 1).seq();
        buffer.clear();
        bufferDecoded.clear();
    }
}
