package se.redaktionen.publishing.internal;

import java.time.Instant;

import se.redaktionen.platform.PlatformFailure;

/**
 * The outbox's state machine apart from the store: where a publication goes after the platform
 * refused, failed to answer or did not have it. Exactly-once rests on these choices, so they live in
 * one small class that the mutation check covers.
 */
final class Settlement {

    /** Where a row goes after a failed attempt. */
    enum AfterFailure {
        /** Given up: the reason is shown and an editor may retry by hand. */
        FAILED,
        /** Sent again after the backoff: the platform certainly did not take it. */
        RETRY,
        /** Asked about before anything is sent again: the platform may have it. */
        UNCERTAIN
    }

    /** Where a row goes that reconciliation did not find on the platform. */
    enum WhenAbsent {
        FAILED,
        SEND_AGAIN
    }

    private Settlement() {
    }

    /** A permanent failure, or a temporary one on the last attempt, fails; otherwise retry or ask later. */
    static AfterFailure afterFailure(PlatformFailure.Kind kind, int attempts, int maxAttempts) {
        return switch (kind) {
            case PERMANENT -> AfterFailure.FAILED;
            case RETRY -> attempts >= maxAttempts ? AfterFailure.FAILED : AfterFailure.RETRY;
            case UNCERTAIN -> AfterFailure.UNCERTAIN;
        };
    }

    /** Not on the platform: sent again, unless its attempts are spent. */
    static WhenAbsent whenAbsent(int attempts, int maxAttempts) {
        return attempts >= maxAttempts ? WhenAbsent.FAILED : WhenAbsent.SEND_AGAIN;
    }

    /**
     * A row found absent is sent next in the place its due time gives it, not behind every row that
     * fell due since; one not yet due waits no longer than now.
     */
    static Instant sendAgainAt(Instant due, Instant now) {
        return due.isBefore(now) ? due : now;
    }
}
