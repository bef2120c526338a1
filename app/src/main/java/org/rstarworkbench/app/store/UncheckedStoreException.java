package org.rstarworkbench.app.store;

import java.util.Objects;

/**
 * A {@link StoreException} raised where no checked exception may pass: inside a search listener or a model call.
 * It ends the search; everything committed before stays in the store and the run can be resumed.
 */
public final class UncheckedStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UncheckedStoreException(StoreException cause) {
        super(cause.getMessage(), Objects.requireNonNull(cause, "cause"));
    }

    @Override
    public synchronized StoreException getCause() {
        return (StoreException) super.getCause();
    }
}
