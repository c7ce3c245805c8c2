package se.redaktionen.publishing.internal;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of
 * {@code base * 2^(n-1)}, capped, so instances that failed together do not all come back together.
 */
final class Backoff {

    private Backoff() {
    }

    static Duration after(int attempts, Duration base, Duration max) {
        int exponent = Math.min(Math.max(attempts - 1, 0), 30);
        long ceiling = Math.min(max.toMillis(), base.toMillis() * (1L << exponent));
        long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    /** The platform's own wait wins when it asks for longer than the backoff. */
    static Duration honouring(Duration backoff, Duration retryAfter) {
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }
}
