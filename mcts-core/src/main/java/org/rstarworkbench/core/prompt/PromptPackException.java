package org.rstarworkbench.core.prompt;

/**
 * A prompt pack could not be loaded: a file is missing or unreadable, {@code pack.json} is malformed, or a field has
 * a wrong value. The message names the file (and the JSON field path or line and column where there is one) and says
 * what to do; it is meant to be shown to the user as is.
 */
public class PromptPackException extends Exception {

    private static final long serialVersionUID = 1L;

    public PromptPackException(String message) {
        super(message);
    }

    public PromptPackException(String message, Throwable cause) {
        super(message, cause);
    }
}
