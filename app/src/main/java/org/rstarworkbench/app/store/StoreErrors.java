package org.rstarworkbench.app.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;

/** Turns SQLite's failures into messages that name the file, say what happened and what to do. */
final class StoreErrors {

    static final String OTHER_STORE = "or give --store with another file";

    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private StoreErrors() {
    }

    /**
     * The message for a failure while {@code doing} something (e.g. "save the events of run 3").
     *
     * @param busyTimeout how long SQLite waited for a lock before giving up
     */
    static StoreException translate(Path file, String doing, Duration busyTimeout, SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        String message = switch (code) {
            case BUSY, LOCKED -> "the store " + file + " is locked by another program (another rStar Workbench "
                    + "using the same store?): could not " + doing + " after waiting " + seconds(busyTimeout)
                    + ". Close the other program and try again, " + OTHER_STORE + ".";
            case NOTADB, CORRUPT -> notAStore(file, "SQLite says: " + sqliteMessage(e));
            case READONLY -> "the store " + file + " is read-only: could not " + doing + ". Make the file and its "
                    + "folder writable, " + OTHER_STORE + ".";
            case CANTOPEN -> "cannot open the store " + file + ": the file or its folder cannot be read or written "
                    + "(SQLite keeps " + file.getFileName() + "-wal and -shm files beside it). Check the "
                    + "permissions, " + OTHER_STORE + ".";
            case FULL -> "the disk holding the store " + file + " is full: could not " + doing + ". What was "
                    + "stored before is kept; free some space and resume the run.";
            case IOERR -> "the store " + file + " could not be read or written (" + sqliteMessage(e)
                    + ") while trying to " + doing + ". Check the disk, " + OTHER_STORE + ".";
            default -> "could not " + doing + " in the store " + file + ": " + sqliteMessage(e);
        };
        return new StoreException(message, e);
    }

    static String notAStore(Path file, String detail) {
        return file + " is not an rStar Workbench store, or it is corrupt (" + detail + "). Nothing was changed. "
                + "Move it away (a new store is then created there), " + OTHER_STORE + ".";
    }

    private static String sqliteMessage(SQLException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        // sqlite-jdbc prefixes "[SQLITE_NOTADB] File opened that is not a database file (file is not a database)"
        return m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }

    private static String seconds(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s",
                millis / 1000.0);
    }
}
