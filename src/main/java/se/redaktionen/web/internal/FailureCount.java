package se.redaktionen.web.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Failed logins counted for one key (a username, a client address): a number of failures within a window
 * locks the key for that window.
 */
@MappedSuperclass
abstract class FailureCount {

    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; a lock that has run out, or failures long ago, start the count afresh. */
    void fail(Instant now, int maxFailures, Duration window) {
        boolean lockExpired = lockedUntil != null && !lockedUntil.isAfter(now);
        boolean stale = lastFailureAt != null && lastFailureAt.plus(window).isBefore(now);
        if (lockExpired || stale) {
            failures = 0;
            lockedUntil = null;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(window);
        }
    }

    int getFailures() {
        return failures;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }
}
