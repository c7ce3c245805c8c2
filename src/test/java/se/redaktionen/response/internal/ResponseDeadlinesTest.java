package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The inbox and the dashboard count overdue responses with one cut-off on the time received; it
 * must agree with each response's own deadline, across weekends and holidays.
 */
class ResponseDeadlinesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final WorkingDays workingDays = new WorkingDays(STOCKHOLM);
    private final ResponseDeadlines deadlines = new ResponseDeadlines(workingDays, new ResponseTimeProperties(1, 2));

    @Test
    void aResponseIsReceivedBeforeTheCutOffExactlyWhenItsDeadlineHasPassed() {
        Random random = new Random(7);
        for (String moment : new String[] {"2026-06-22T09:30", "2026-12-28T08:00", "2027-03-30T10:00",
                "2026-11-30T00:00", "2026-05-15T16:45"}) {
            Instant now = LocalDateTime.parse(moment).atZone(STOCKHOLM).toInstant();
            Instant overdueCut = deadlines.overdueIfReceivedBefore(now);
            Instant escalatedCut = deadlines.escalatedIfReceivedBefore(now);
            for (int i = 0; i < 2_000; i++) {
                Instant received = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
                assertThat(received.isBefore(overdueCut)).as("%s received %s", moment, received)
                        .isEqualTo(now.isAfter(deadlines.answerBy(received)));
                assertThat(received.isBefore(escalatedCut)).as("%s received %s", moment, received)
                        .isEqualTo(now.isAfter(deadlines.escalatesAt(received)));
            }
        }
    }

    @Test
    void midsommarWeekendIsNotCountedAgainstTheAnswerer() {
        Instant thursday = LocalDateTime.parse("2026-06-18T10:00").atZone(STOCKHOLM).toInstant();
        Instant mondayMorning = LocalDateTime.parse("2026-06-22T09:00").atZone(STOCKHOLM).toInstant();

        assertThat(deadlines.answeredInTime(thursday, mondayMorning)).isTrue();
        assertThat(deadlines.answerBy(thursday)).isEqualTo(
                LocalDateTime.parse("2026-06-22T10:00").atZone(STOCKHOLM).toInstant());
    }
}
