package org.rstarworkbench.core.model.http;

import java.time.Duration;
import java.util.Optional;

/**
 * Why one HTTP attempt failed, and whether trying again may help. The message is written for the user and becomes
 * the {@link org.rstarworkbench.core.model.ModelException}'s message once retries are spent.
 */
final class AttemptFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** How a failure is retried. */
    enum Kind {
        /** Not retried: the request itself is wrong (4xx) and would fail again. */
        FATAL,
        /** Retried up to the retry limit: overload, server errors, timeouts. */
        TRANSIENT,
        /** Retried, and the endpoint is avoided for a while: refused, reset or timed-out connections. */
        CONNECTION,
        /** Retried only a couple of times: a 2xx reply that is not a completions reply. */
        MALFORMED
    }

    private final Kind kind;
    private final transient Optional<Duration> retryAfter;

    AttemptFailure(Kind kind, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    AttemptFailure(Kind kind, String message) {
        this(kind, message, Optional.empty(), null);
    }

    Kind kind() {
        return kind;
    }

    /** The server's {@code Retry-After}, if it sent one. */
    Optional<Duration> retryAfter() {
        return retryAfter == null ? Optional.empty() : retryAfter;
    }
}
