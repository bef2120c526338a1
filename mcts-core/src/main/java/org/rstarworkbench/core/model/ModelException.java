package org.rstarworkbench.core.model;

/**
 * A language model could not answer: the server is unreachable, refused the request, replied with something that
 * is not a completion, or kept failing after retries. The message says what happened and what to do.
 */
public class ModelException extends Exception {

    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
