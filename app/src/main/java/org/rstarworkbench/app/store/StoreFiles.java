package org.rstarworkbench.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** The store's file and folder before SQLite opens them: existence, kind, permissions, WAL mode. */
final class StoreFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StoreFiles.class);

    private StoreFiles() {
    }

    /** Whether an existing store file, or its folder, cannot be written: such a store is opened read-only. */
    static boolean notWritable(Path file) {
        Path dir = file.getParent();
        boolean ro = (Files.exists(file) && !Files.isWritable(file))
                || (Files.exists(file) && dir != null && !Files.isWritable(dir));
        if (ro) {
            LOG.warn("the store {} (or its folder) is not writable; it is opened read-only: runs can be listed, "
                    + "exported and replayed, not recorded", file);
        }
        return ro;
    }

    /** Checks the path and creates its folder when needed. */
    static void prepare(Path file, boolean readOnly) throws StoreException {
        if (Files.isDirectory(file)) {
            throw new StoreException(file + " is a folder, not a store file; give --store with the path of a "
                    + "file, e.g. " + file.resolve(StoreLocation.FILE));
        }
        if (readOnly) {
            if (!Files.exists(file)) {
                throw new StoreException("there is no store at " + file + "; give --store with an existing store "
                        + "file");
            }
            return;
        }
        Path dir = file.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new StoreException("cannot create the folder " + dir + " for the store (" + e + "); "
                        + "create it yourself, " + StoreErrors.OTHER_STORE + ".", e);
            }
        }
    }

    /** WAL lets readers (the workbench) read while a writer (a running search) commits. */
    static void enableWal(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
            String mode = rs.next() ? rs.getString(1) : "?";
            if (!"wal".equalsIgnoreCase(mode)) {
                LOG.warn("the store {} could not use write-ahead logging (journal mode is {}; a network file "
                        + "system?): readers and writers will wait for each other more", file, mode);
            }
        }
    }

    /** A connection with the store's settings; SQLite reads nothing yet, so a bad file is found by the caller. */
    static Connection connect(Path file, boolean readOnly, Duration busyTimeout) throws StoreException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setReadOnly(readOnly);
        String url = "jdbc:sqlite:" + file;
        if (readOnly && onReadOnlyMedia(file)) {
            // SQLite cannot create the WAL index beside the file; with no writer possible, it need not.
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            url = "jdbc:sqlite:" + file.toUri() + "?immutable=1";
        }
        try {
            return config.createConnection(url);
        } catch (SQLException e) {
            throw StoreErrors.translate(file, "open it", busyTimeout, e);
        }
    }

    /**
     * Whether nothing can write beside the file: its folder is not writable and no writer left a WAL behind (its
     * commits would be unseen by an immutable reader).
     */
    private static boolean onReadOnlyMedia(Path file) {
        Path dir = file.getParent();
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        Path shm = file.resolveSibling(file.getFileName() + "-shm");
        return dir != null && !Files.isWritable(dir) && !Files.exists(wal) && !Files.exists(shm);
    }

    static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing a store that failed to open", e);
        }
    }
}
