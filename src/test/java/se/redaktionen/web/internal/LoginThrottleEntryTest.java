package se.redaktionen.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleEntryTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-03-29T00:30:00Z");

    @Test
    void fourFailuresDoNotLock() {
        LoginThrottleEntry entry = failures(4, T0);

        assertThat(entry.lockedAt(T0.plusSeconds(5))).isFalse();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        LoginThrottleEntry entry = failures(5, T0);

        assertThat(entry.lockedAt(T0.plusSeconds(5))).isTrue();
        assertThat(entry.lockedAt(T0.plus(WINDOW).plusSeconds(3))).isTrue();
        assertThat(entry.lockedAt(T0.plus(WINDOW).plusSeconds(4))).isFalse();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        LoginThrottleEntry entry = failures(5, T0);
        Instant lockedUntil = entry.getLockedUntil();

        entry.fail(T0.plus(Duration.ofMinutes(10)), 5, WINDOW);

        assertThat(entry.getLockedUntil()).isEqualTo(lockedUntil);
    }

    @Test
    void afterTheLockRunsOutCountingStartsAfresh() {
        LoginThrottleEntry entry = failures(5, T0);

        entry.fail(T0.plus(Duration.ofMinutes(20)), 5, WINDOW);

        assertThat(entry.getFailures()).isEqualTo(1);
        assertThat(entry.lockedAt(T0.plus(Duration.ofMinutes(20)))).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotAddUp() {
        LoginThrottleEntry entry = failures(4, T0);

        entry.fail(T0.plus(Duration.ofMinutes(30)), 5, WINDOW);

        assertThat(entry.getFailures()).isEqualTo(1);
        assertThat(entry.lockedAt(T0.plus(Duration.ofMinutes(30)))).isFalse();
    }

    private static LoginThrottleEntry failures(int count, Instant at) {
        LoginThrottleEntry entry = new LoginThrottleEntry("someone");
        for (int i = 0; i < count; i++) {
            entry.fail(at.plusSeconds(i), 5, WINDOW);
        }
        return entry;
    }
}
