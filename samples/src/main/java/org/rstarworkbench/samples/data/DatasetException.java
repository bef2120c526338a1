package org.rstarworkbench.samples.data;

/** A dataset file could not be read; the message names the file, the line or item, and the field. */
public class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
