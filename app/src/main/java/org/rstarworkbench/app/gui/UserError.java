package org.rstarworkbench.app.gui;

import java.util.Objects;

/**
 * A failure as the user reads it in the error dialog: what happened, in a title and a sentence or two, and what to
 * do about it. Never a stack trace.
 *
 * @param title  a short headline, e.g. "The model did not answer"
 * @param detail what happened, in the words of the failing part (the model, the store, the settings)
 * @param action what to do about it
 */
public record UserError(String title, String detail, String action) {

    public UserError {
        Objects.requireNonNull(title, "title");
        detail = detail == null || detail.isBlank() ? "No further detail was given." : detail.strip();
        Objects.requireNonNull(action, "action");
    }
}
