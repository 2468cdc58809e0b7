package dev.carerecord.sdk.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carerecord.sdk.core.http.RetryOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterAndBackoffTest {
    private final Clock clock = Clock.fixed(Instant.parse("2025-01-15T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void retryAfter_readsSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("7", clock)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Wed, 15 Jan 2025 10:01:30 GMT", clock)).contains(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Wed, 15 Jan 2025 09:00:00 GMT", clock)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("99999999999", clock)).contains(Duration.ofDays(1));
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-3", clock)).isEmpty();
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
    }

    @Test
    void backoff_doublesFromTheInitialWait_upToTheCap() {
        Backoff backoff = new Backoff(RetryOptions.builder().jitter(0).build(), () -> 0.5);

        assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMillis(4000));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(60)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void jitter_cutsTheWaitByUpToItsShare() {
        RetryOptions options = RetryOptions.builder().jitter(0.5).build();

        assertThat(new Backoff(options, () -> 0.0).after(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(new Backoff(options, () -> 0.999999).after(2).toMillis()).isEqualTo(250);
        assertThat(new Backoff(options, () -> 0.5).after(2)).isEqualTo(Duration.ofMillis(375));
    }
}
