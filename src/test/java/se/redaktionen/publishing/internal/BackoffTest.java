package se.redaktionen.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The wait before a retry: between half and all of {@code base * 2^(n-1)}, capped. Each bound is
 * checked over many draws, as the jitter is random.
 */
class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    private static void waitsBetween(int attempts, Duration base, Duration max, Duration least, Duration most) {
        IntStream.range(0, 200).forEach(i -> assertThat(Backoff.after(attempts, base, max)).isBetween(least, most));
    }

    @Test
    void theFirstRetryWaitsBetweenHalfAndAllOfTheBase() {
        waitsBetween(1, BASE, MAX, Duration.ofSeconds(15), BASE);
    }

    @Test
    void theThirdRetryWaitsBetweenHalfAndAllOfFourTimesTheBase() {
        waitsBetween(3, BASE, MAX, Duration.ofSeconds(60), Duration.ofSeconds(120));
    }

    @Test
    void noAttemptYetWaitsLikeTheFirstRetry() {
        waitsBetween(0, BASE, MAX, Duration.ofSeconds(15), BASE);
    }

    @Test
    void aLateRetryWaitsBetweenHalfAndAllOfTheMaximum() {
        waitsBetween(20, BASE, MAX, Duration.ofMinutes(30), MAX);
    }

    @Test
    void theJitterReachesTheWholeCeiling() {
        // With a ceiling of 2 ms the wait is 1 or 2 ms; over many draws both come up.
        assertThat(IntStream.range(0, 200).mapToObj(i -> Backoff.after(1, Duration.ofMillis(2), MAX)).distinct())
                .containsExactlyInAnyOrder(Duration.ofMillis(1), Duration.ofMillis(2));
    }

    @Test
    void thePlatformsLongerWaitWins() {
        assertThat(Backoff.honouring(Duration.ofSeconds(30), Duration.ofMinutes(5))).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aShorterWaitThanTheBackoffLeavesTheBackoff() {
        assertThat(Backoff.honouring(Duration.ofSeconds(30), Duration.ofSeconds(5))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void noWaitAskedForLeavesTheBackoff() {
        assertThat(Backoff.honouring(Duration.ofSeconds(30), null)).isEqualTo(Duration.ofSeconds(30));
    }
}
