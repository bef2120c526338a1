package org.rstarworkbench.app.store;

import java.util.Locale;

/**
 * Where a stored run stands. A run killed mid-search stays {@link #RUNNING} (nothing could record its end) and can
 * be resumed, as can a failed or cancelled one.
 */
public enum RunStatus {
    RUNNING, FINISHED, FAILED, CANCELLED;

    /** The name stored in the {@code runs.status} column. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static RunStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
