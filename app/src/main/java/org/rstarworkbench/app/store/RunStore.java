package org.rstarworkbench.app.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

import org.rstarworkbench.core.event.RunStarted;
import org.rstarworkbench.core.event.SearchEvent;
import org.rstarworkbench.core.search.SearchConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run store: one SQLite file holding runs, their events and the model-call cache. Opened in WAL mode with a
 * busy timeout and foreign keys on; its schema is versioned and migrated on opening, and a file that is not a store,
 * is corrupt, or was written by a newer version is refused without being changed.
 *
 * <pre>{@code
 * try (RunStore store = RunStore.open(StoreLocation.defaultFile())) {
 *     for (RunSummary run : store.listRuns()) { ... }
 * }
 * }</pre>
 *
 * <p>Durability: commits use {@code synchronous=NORMAL}, so a committed transaction survives the process being
 * killed; after a power loss the store stays consistent and may lack the last commits.
 *
 * <p>Threading: all methods are safe from any thread; they take turns on one connection. Several programs may use
 * the same file; a writer waits up to the busy timeout for another's transaction.
 */
public final class RunStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunStore.class);

    /** How long a write waits for another program's transaction before giving up. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = Duration.ofSeconds(10);

    private final Path file;
    private final Connection connection;
    private final EventCodec codec;
    private final Duration busyTimeout;
    private final boolean readOnly;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    private RunStore(Path file, Connection connection, EventCodec codec, Duration busyTimeout, boolean readOnly) {
        this.file = file;
        this.connection = connection;
        this.codec = codec;
        this.busyTimeout = busyTimeout;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) the store at {@code file} with default settings. */
    public static RunStore open(Path file) throws StoreException {
        return builder().setFile(file).open();
    }

    /** Opens the store in the user's data folder ({@link StoreLocation#defaultFile()}). */
    public static RunStore openDefault() throws StoreException {
        return open(StoreLocation.defaultFile());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The store's file, absolute. */
    public Path file() {
        return file;
    }

    /** How events are written and read. */
    public EventCodec codec() {
        return codec;
    }

    /** Whether the store was opened read-only (asked for, or because the file or its folder is not writable). */
    public boolean isReadOnly() {
        return readOnly;
    }

    // ---- runs ----

    /** Every run, newest first. */
    public List<RunSummary> listRuns() throws StoreException {
        return read("list the runs", c -> RunRows.list(c));
    }

    /** The run with this id, if there is one. */
    public Optional<RunSummary> findRun(long runId) throws StoreException {
        return read("read run " + runId, c -> RunRows.find(c, runId));
    }

    /** The run with this id; a {@link StoreException} says when there is none. */
    public RunSummary run(long runId) throws StoreException {
        return findRun(runId).orElseThrow(() -> noSuchRun(runId));
    }

    /** Gives a run a name; a blank name removes it. */
    public void rename(long runId, String name) throws StoreException {
        String value = name == null || name.isBlank() ? null : name.strip();
        int changed = write("rename run " + runId, c -> RunRows.rename(c, runId, value));
        if (changed == 0) {
            throw noSuchRun(runId);
        }
    }

    /**
     * Deletes a run: its row, its events and the cached model answers no other run uses, in one transaction.
     */
    public void delete(long runId) throws StoreException {
        boolean deleted = write("delete run " + runId, c -> RunRows.delete(c, runId));
        if (!deleted) {
            throw noSuchRun(runId);
        }
    }

    // ---- events ----

    /** A run's committed events as stored, in sequence order, whatever their type. */
    public List<StoredEvent> rawEvents(long runId) throws StoreException {
        List<StoredEvent> events = read("read the events of run " + runId, c -> RunRows.events(c, runId));
        if (events.isEmpty()) {
            run(runId);
        }
        return events;
    }

    /**
     * A run's committed events, in sequence order. Events of a type this store's codec does not know (another
     * module's, not registered) are left out with a warning; {@link #rawEvents} has them.
     */
    public List<SearchEvent> events(long runId) throws StoreException {
        List<SearchEvent> events = new ArrayList<>();
        Set<String> unknown = new HashSet<>();
        for (StoredEvent stored : rawEvents(runId)) {
            try {
                events.add(codec.read(stored.json()));
            } catch (InvalidTypeIdException e) {
                if (unknown.add(stored.type())) {
                    LOG.warn("run {} has events of type \"{}\", which this program does not know; they are left "
                            + "out of the view and kept in the store", runId, stored.type());
                }
            } catch (IOException e) {
                throw new StoreException("event " + stored.seq() + " of run " + runId + " in " + file
                        + " cannot be read (" + e.getMessage() + "); export the run to keep its other events", e);
            }
        }
        return events;
    }

    /** The first event of a run: its problem, settings, models and pack. */
    public RunStarted runStarted(long runId) throws StoreException {
        List<StoredEvent> first = read("read run " + runId, c -> RunRows.eventsFrom(c, runId, 0, 1));
        if (first.isEmpty()) {
            throw noSuchRun(runId);
        }
        try {
            if (codec.read(first.get(0).json()) instanceof RunStarted started) {
                return started;
            }
        } catch (IOException e) {
            throw new StoreException("the first event of run " + runId + " in " + file + " cannot be read ("
                    + e.getMessage() + ")", e);
        }
        throw new StoreException("the first event of run " + runId + " in " + file + " is a "
                + first.get(0).type() + ", not a run-started; the run cannot be resumed or replayed");
    }

    // ---- run JSON ----

    /** Writes a run as a run file, {@code {"format": "rstar-run/1", "events": [...]}}, replacing it atomically. */
    public void exportJson(long runId, Path target) throws StoreException {
        RunJson.export(target, run(runId), rawEvents(runId));
    }

    /**
     * Imports a run file as a new run, with its model calls in the cache so it can be replayed.
     *
     * @param name the new run's name, or null
     * @return the new run's id
     */
    public long importJson(Path source, String name) throws StoreException {
        RunJson.Parsed parsed = RunJson.parse(source, codec);
        return write("import the run in " + source, c -> RunRows.importRun(c, this, parsed, name));
    }

    // ---- used by the recorder and the caching model ----

    long createRun(RunStarted started, String name, String peerModel, RunRows.Batch batch) throws StoreException {
        return write("record a new run", c -> RunRows.create(c, this, started, name, peerModel, batch));
    }

    void append(long runId, RunRows.Batch batch) throws StoreException {
        write("save the events of run " + runId, c -> {
            RunRows.append(c, runId, batch);
            return null;
        });
    }

    Map<String, CacheRows.Row> cached(List<String> keys) throws StoreException {
        return read("look up recorded model answers", c -> CacheRows.lookup(c, keys));
    }

    /**
     * Stores the answers a live model just gave and notes every answer run {@code runId} used in this call, in one
     * transaction.
     *
     * @param runId   the run, or -1 when unknown
     * @param answers key to its completions JSON and prompt tokens
     * @param used    every key of the call, answered now or found
     */
    void storeAnswers(long runId, long call, String model, Map<String, CacheRows.Row> answers, List<String> used)
            throws StoreException {
        write("store the answers of model call " + call, c -> {
            for (Map.Entry<String, CacheRows.Row> a : answers.entrySet()) {
                CacheRows.put(c, a.getKey(), model, a.getValue().completionsJson(), a.getValue().promptTokens(),
                        runId, call);
            }
            if (runId >= 0) {
                for (String key : used) {
                    CacheRows.use(c, runId, key, call);
                }
            }
            return null;
        });
    }

    /** Puts the answers in a run's model-called events into the cache where missing; returns how many. */
    int recoverCache(long runId, String generator, String peer, List<? extends SearchEvent> events)
            throws StoreException {
        return write("recover the model answers of run " + runId,
                c -> CacheRows.recover(c, runId, generator, peer, events));
    }

    String configJson(SearchConfig config) {
        return codec.json(codec.mapper().valueToTree(config));
    }

    StoreException noSuchRun(long runId) {
        return new StoreException("there is no run " + runId + " in the store " + file + "; list the runs to see "
                + "their ids");
    }

    // ---- opening, transactions ----

    /** Work on the connection inside a store operation. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection c) throws SQLException, StoreException;
    }

    /** Runs {@code work} in one write transaction ({@code BEGIN IMMEDIATE}); all or nothing. */
    <T> T write(String doing, SqlWork<T> work) throws StoreException {
        lock.lock();
        try {
            ensureOpen();
            if (readOnly) {
                throw new StoreException("the store " + file + " is open read-only: could not " + doing + ". Make "
                        + "the file and its folder writable, " + StoreErrors.OTHER_STORE + ".");
            }
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try {
                    T result = work.run(connection);
                    s.execute("COMMIT");
                    return result;
                } catch (SQLException | StoreException | RuntimeException e) {
                    rollback(s, e);
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw StoreErrors.translate(file, doing, busyTimeout, e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} outside a transaction: each statement reads a consistent snapshot. */
    <T> T read(String doing, SqlWork<T> work) throws StoreException {
        lock.lock();
        try {
            ensureOpen();
            return work.run(connection);
        } catch (SQLException e) {
            throw StoreErrors.translate(file, doing, busyTimeout, e);
        } finally {
            lock.unlock();
        }
    }

    static void rollback(Statement s, Exception cause) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself after some errors (disk full, I/O); the cause is what matters.
            cause.addSuppressed(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the store " + file + " is closed");
        }
    }

    /** Closes the connection; committed data stays. Later calls fail. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                connection.close();
            }
        } catch (SQLException e) {
            LOG.warn("closing the store {}: {}", file, e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    /** Opens a store: {@code setFile} is required, the rest optional. */
    public static final class Builder {
        private Path file;
        private EventCodec codec = EventCodec.standard();
        private Duration busyTimeout = DEFAULT_BUSY_TIMEOUT;
        private boolean readOnly;
        private Schema schema = Schema.current();

        private Builder() {
        }

        public Builder setFile(Path value) {
            this.file = Objects.requireNonNull(value, "file");
            return this;
        }

        /** The codec for events, e.g. one that knows the discriminator's events. */
        public Builder optCodec(EventCodec value) {
            this.codec = Objects.requireNonNull(value, "codec");
            return this;
        }

        /** How long to wait for another program's write transaction (default 10 s). */
        public Builder optBusyTimeout(Duration value) {
            if (value.isNegative() || value.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("busy timeout must be between 0 and 24 days, was " + value);
            }
            this.busyTimeout = value;
            return this;
        }

        /** Opens without writing anything: for listing, export and replay of a store on read-only media. */
        public Builder optReadOnly(boolean value) {
            this.readOnly = value;
            return this;
        }

        Builder optSchema(Schema value) {
            this.schema = value;
            return this;
        }

        /** Opens the store, creating it and its folder when missing and migrating it when older. */
        public RunStore open() throws StoreException {
            Objects.requireNonNull(file, "setFile(...) is required");
            Path path = file.toAbsolutePath().normalize();
            boolean ro = readOnly || StoreFiles.notWritable(path);
            StoreFiles.prepare(path, ro);
            Connection c = StoreFiles.connect(path, ro, busyTimeout);
            try {
                int version = schema.check(c, path);
                if (!ro) {
                    StoreFiles.enableWal(c, path);
                    if (version < schema.latest()) {
                        schema.migrate(c, path);
                    }
                } else if (version < schema.latest()) {
                    throw new StoreException("the store " + path + " is read-only and " + (version == 0
                            ? "empty" : "of the older version " + version) + "; open it writable once so it can be "
                            + "set up, " + StoreErrors.OTHER_STORE + ".");
                }
                return new RunStore(path, c, codec, busyTimeout, ro);
            } catch (SQLException e) {
                StoreFiles.closeQuietly(c);
                throw StoreErrors.translate(path, "open it", busyTimeout, e);
            } catch (StoreException | RuntimeException e) {
                StoreFiles.closeQuietly(c);
                throw e;
            }
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    static long queryLong(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
