package se.redaktionen.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.redaktionen.platform.PlatformFailure.Kind.PERMANENT;
import static se.redaktionen.platform.PlatformFailure.Kind.RETRY;
import static se.redaktionen.platform.PlatformFailure.Kind.UNCERTAIN;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import se.redaktionen.publishing.internal.Settlement.AfterFailure;
import se.redaktionen.publishing.internal.Settlement.WhenAbsent;

/** The outbox's choices after a platform's answer, with six attempts allowed as in production. */
class SettlementTest {

    private static final int MAX = 6;
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void aRefusedPasswordFailsOnTheFirstAttempt() {
        assertThat(Settlement.afterFailure(PERMANENT, 1, MAX)).isEqualTo(AfterFailure.FAILED);
    }

    @Test
    void aBusyPlatformIsTriedAgainOnTheFifthAttempt() {
        assertThat(Settlement.afterFailure(RETRY, 5, MAX)).isEqualTo(AfterFailure.RETRY);
    }

    @Test
    void aBusyPlatformOnTheSixthAttemptFails() {
        assertThat(Settlement.afterFailure(RETRY, 6, MAX)).isEqualTo(AfterFailure.FAILED);
    }

    @Test
    void aLostAnswerIsAskedAboutEvenOnTheLastAttempt() {
        assertThat(Settlement.afterFailure(UNCERTAIN, 6, MAX)).isEqualTo(AfterFailure.UNCERTAIN);
        assertThat(Settlement.afterFailure(UNCERTAIN, 1, MAX)).isEqualTo(AfterFailure.UNCERTAIN);
    }

    @Test
    void aRowTheBlogNeverGotIsSentAgainWhileAttemptsRemain() {
        assertThat(Settlement.whenAbsent(5, MAX)).isEqualTo(WhenAbsent.SEND_AGAIN);
    }

    @Test
    void aRowTheBlogNeverGotFailsOnceItsAttemptsAreSpent() {
        assertThat(Settlement.whenAbsent(6, MAX)).isEqualTo(WhenAbsent.FAILED);
    }

    @Test
    void anOverdueRowIsSentAgainInThePlaceItsDueTimeGivesIt() {
        Instant due = NOW.minusSeconds(3600);

        assertThat(Settlement.sendAgainAt(due, NOW)).isEqualTo(due);
    }

    @Test
    void aRowDueLaterIsSentAgainNowNotAtItsDueTime() {
        assertThat(Settlement.sendAgainAt(NOW.plusSeconds(60), NOW)).isEqualTo(NOW);
    }

    @Test
    void aRowDueThisVeryMomentIsSentAgainNow() {
        assertThat(Settlement.sendAgainAt(NOW, NOW)).isEqualTo(NOW);
    }
}
