package org.rstarworkbench.core.model.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000));

    @Test
    void doublesPerRetryWithJitterUpToTheMaximum() {
        for (int i = 0; i < 50; i++) {
            assertThat(backoff.delay(1, Optional.empty())).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(backoff.delay(3, Optional.empty())).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(backoff.delay(40, Optional.empty())).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        }
    }

    @Test
    void followsRetryAfterUpToTheMaximum() {
        assertThat(backoff.delay(1, Optional.of(Duration.ofMillis(700)))).isEqualTo(Duration.ofMillis(700));
        assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(60)))).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void readsRetryAfterAsSecondsOrDate() {
        assertThat(Backoff.parseRetryAfter(Optional.of("2"))).hasValue(Duration.ofSeconds(2));
        assertThat(Backoff.parseRetryAfter(Optional.of(" 0.5 "))).hasValue(Duration.ofMillis(500));
        ZonedDateTime later = ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(1);
        String inAMinute = DateTimeFormatter.RFC_1123_DATE_TIME.format(later);
        assertThat(Backoff.parseRetryAfter(Optional.of(inAMinute)).orElseThrow())
                .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60));
        assertThat(Backoff.parseRetryAfter(Optional.of("soon"))).isEmpty();
        assertThat(Backoff.parseRetryAfter(Optional.of("-3"))).isEmpty();
        assertThat(Backoff.parseRetryAfter(Optional.empty())).isEmpty();
    }
}
