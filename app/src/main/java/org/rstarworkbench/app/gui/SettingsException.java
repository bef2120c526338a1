package org.rstarworkbench.app.gui;

import java.util.List;

/** Run settings that cannot be used; the message names every bad field and its value. */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public SettingsException(List<String> problems) {
        super(String.join("\n", problems));
    }
}
