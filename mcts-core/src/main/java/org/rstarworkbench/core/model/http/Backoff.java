package org.rstarworkbench.core.model.http;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait before a retry: exponential from {@code base}, doubled per attempt up to {@code max}, with jitter so that
 * many clients rejected at once do not come back at once. A server's {@code Retry-After} replaces the computed wait,
 * capped at {@code max} so a misconfigured server cannot stall a run.
 *
 * @param base the wait before the first retry (before jitter), positive
 * @param max  the longest wait, at least {@code base}
 */
record Backoff(Duration base, Duration max) {

    Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(max, "max");
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("backoff base must be positive, was " + base);
        }
        if (max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff max must be at least the base (" + base + "), was " + max);
        }
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry).
     *
     * @param retryAfter the server's {@code Retry-After}, if it sent one
     */
    Duration delay(int retry, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return asked.compareTo(max) > 0 ? max : asked;
        }
        long baseMillis = Math.max(1, base.toMillis());
        int shift = Math.min(retry - 1, 30);
        long exponential = Math.min(max.toMillis(), baseMillis << shift);
        // "equal jitter": at least half the exponential wait, so retries still back off
        long half = exponential / 2;
        long jitter = half == 0 ? 0 : ThreadLocalRandom.current().nextLong(half + 1);
        return Duration.ofMillis(exponential - half + jitter);
    }

    /**
     * Parses a {@code Retry-After} header: delay seconds (integer or decimal) or an HTTP date. Unparseable or negative
     * values are ignored.
     */
    static Optional<Duration> parseRetryAfter(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        try {
            double seconds = Double.parseDouble(value);
            if (seconds >= 0 && seconds < 1e9) {
                return Optional.of(Duration.ofMillis((long) (seconds * 1000)));
            }
            return Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration until = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}
