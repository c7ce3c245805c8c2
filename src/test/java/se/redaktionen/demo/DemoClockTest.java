package se.redaktionen.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

/**
 * The demo clock shows the past only to the seeding thread and only inside a step, so that schedulers and
 * requests running meanwhile, and everything after seeding, see the real time.
 */
class DemoClockTest {

    private static final Instant REAL = Instant.parse("2026-06-01T10:00:00Z");
    private static final Instant PAST = Instant.parse("2025-12-01T08:30:00Z");

    private final DemoClock clock = new DemoClock(Clock.fixed(REAL, ZoneOffset.UTC));

    @Test
    void aStepSeesItsMomentAndTheClockIsRealAgainAfterIt() {
        assertThat(clock.at(PAST, clock::instant)).isEqualTo(PAST);
        assertThat(clock.instant()).isEqualTo(REAL);
    }

    @Test
    void anotherThreadSeesTheRealTimeWhileAStepRuns() {
        Instant seenElsewhere = clock.at(PAST, () -> CompletableFuture.supplyAsync(clock::instant).join());
        assertThat(seenElsewhere).isEqualTo(REAL);
    }

    @Test
    void aStepThatFailsStillPutsTheClockBack() {
        assertThatThrownBy(() -> clock.at(PAST, (Runnable) () -> {
            throw new IllegalStateException("step failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(clock.instant()).isEqualTo(REAL);
    }

    @Test
    void aClockInAnotherZoneKeepsTheStepsMoment() {
        Clock stockholm = clock.withZone(ZoneId.of("Europe/Stockholm"));
        assertThat(clock.at(PAST, stockholm::instant)).isEqualTo(PAST);
        assertThat(clock.realInstant()).isEqualTo(REAL);
    }
}
