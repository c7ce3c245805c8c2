package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import se.redaktionen.response.ResponseKind;
import se.redaktionen.response.ResponseState;

/**
 * Overdue, escalated and answered in time, each at its edge: a response received Tuesday 10:00 is
 * due Wednesday 10:00 (one working day) and escalates Thursday 10:00 (two).
 */
class ResponseDeadlineRulesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant TUESDAY = at("2026-11-24T10:00");
    private static final Instant WEDNESDAY = at("2026-11-25T10:00");
    private static final Instant THURSDAY = at("2026-11-26T10:00");
    private static final Duration A_MINUTE = Duration.ofMinutes(1);

    private final ResponseDeadlines deadlines = new ResponseDeadlines(new WorkingDays(STOCKHOLM),
            new ResponseTimeProperties(1, 2));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant();
    }

    private static Response receivedTuesday() {
        return new Response(1, "p-1", ResponseKind.COMMENT, null, "Eva", null, "Hej", TUESDAY,
                Response.Source.PLATFORM, null, TUESDAY);
    }

    private static Response moderated(ResponseState state) {
        Response response = receivedTuesday();
        response.moderate(state, TUESDAY);
        return response;
    }

    @Test
    void anOpenResponseIsDueOneWorkingDayAfterItCameIn() {
        assertThat(deadlines.answerBy(receivedTuesday())).isEqualTo(WEDNESDAY);
    }

    @Test
    void aHiddenResponseHasNoDeadline() {
        assertThat(deadlines.answerBy(moderated(ResponseState.HIDDEN))).isNull();
    }

    @Test
    void anOpenResponseIsNotOverdueAtItsDeadlineButAMinuteAfter() {
        assertThat(deadlines.overdue(receivedTuesday(), WEDNESDAY)).isFalse();
        assertThat(deadlines.overdue(receivedTuesday(), WEDNESDAY.plus(A_MINUTE))).isTrue();
    }

    @Test
    void anAnsweredResponseIsNeverOverdue() {
        Response response = receivedTuesday();
        response.answer("X", "Tack!", null, 7, TUESDAY);

        assertThat(deadlines.overdue(response, THURSDAY)).isFalse();
    }

    @Test
    void anOpenResponseEscalatesAMinuteAfterItsSecondWorkingDay() {
        assertThat(deadlines.escalated(receivedTuesday(), THURSDAY)).isFalse();
        assertThat(deadlines.escalated(receivedTuesday(), THURSDAY.plus(A_MINUTE))).isTrue();
    }

    @Test
    void aRemovedResponseNeverEscalates() {
        assertThat(deadlines.escalated(moderated(ResponseState.REMOVED), THURSDAY.plus(A_MINUTE))).isFalse();
    }

    @Test
    void anAnswerAtTheDeadlineIsInTimeAndAMinuteLaterIsNot() {
        assertThat(deadlines.answeredInTime(TUESDAY, WEDNESDAY)).isTrue();
        assertThat(deadlines.answeredInTime(TUESDAY, WEDNESDAY.plus(A_MINUTE))).isFalse();
    }

    @Test
    void noAnswerIsNotInTime() {
        assertThat(deadlines.answeredInTime(TUESDAY, null)).isFalse();
    }

    @Test
    void aPromiseLongerThanTheSearchWindowPutsTheCutOffAtTheWindowsStart() {
        // 70 working days are more than the 90 calendar days searched back: nothing in them is overdue yet.
        ResponseDeadlines patient = new ResponseDeadlines(new WorkingDays(STOCKHOLM), new ResponseTimeProperties(70, 70));

        assertThat(patient.overdueIfReceivedBefore(THURSDAY)).isEqualTo(THURSDAY.minus(Duration.ofDays(90)));
    }

    @Test
    void thePromiseInWorkingDaysIsTheConfiguredOne() {
        assertThat(new ResponseDeadlines(new WorkingDays(STOCKHOLM), new ResponseTimeProperties(3, 4))
                .answerWithinWorkingDays()).isEqualTo(3);
    }
}
