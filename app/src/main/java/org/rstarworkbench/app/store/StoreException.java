package org.rstarworkbench.app.store;

/**
 * The run store cannot do what was asked: the file is not a store or is corrupt, written by a newer version,
 * locked by another program, read-only, or the disk is full. The message names the file, says what happened and
 * what to do; what was stored before is never changed by a failed operation.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
