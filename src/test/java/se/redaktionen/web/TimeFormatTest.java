package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import se.redaktionen.RedaktionenProperties;

class TimeFormatTest {

    private final TimeFormat time = new TimeFormat(
            new RedaktionenProperties(ZoneId.of("Europe/Stockholm"), false, null, null, null));

    @Test
    void showsStoredUtcTimesInStockholmWinterTime() {
        assertThat(time.format(Instant.parse("2026-01-15T11:00:00Z"))).isEqualTo("2026-01-15 12:00");
    }

    @Test
    void followsTheSpringForwardOnTheLastSundayOfMarch() {
        assertThat(time.format(Instant.parse("2026-03-29T00:59:00Z"))).isEqualTo("2026-03-29 01:59");
        assertThat(time.format(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("2026-03-29 03:00");
    }

    @Test
    void followsTheFallBackOnTheLastSundayOfOctober() {
        assertThat(time.format(Instant.parse("2026-10-25T00:30:00Z"))).isEqualTo("2026-10-25 02:30");
        assertThat(time.format(Instant.parse("2026-10-25T01:30:00Z"))).isEqualTo("2026-10-25 02:30");
    }

    @Test
    void showsNothingForNoTime() {
        assertThat(time.format(null)).isEmpty();
    }
}
