package se.redaktionen.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import se.redaktionen.event.LiveWindow.State;

/**
 * When a coverage team may post live, on a fixed clock: the window's first instant is in it and its last is
 * not, a cancelled event's window is closed whatever the time, and the default window is 30 minutes before
 * the start to 60 after the end in real minutes, also in the nights the clocks change (last Sunday of March
 * and of October in Stockholm).
 */
class LiveWindowTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private static Instant local(String time) {
        return LocalDateTime.parse(time).atZone(STOCKHOLM).toInstant();
    }

    private static State at(LiveWindow window, Instant now) {
        return window.at(Clock.fixed(now, STOCKHOLM).instant());
    }

    private final LiveWindow evening = LiveWindow.around(local("2026-12-08T18:00"), local("2026-12-08T20:00"));

    @Test
    void theDefaultWindowOpensHalfAnHourBeforeTheStartAndClosesAnHourAfterTheEnd() {
        assertThat(evening.opens()).isEqualTo(local("2026-12-08T17:30"));
        assertThat(evening.closes()).isEqualTo(local("2026-12-08T21:00"));
        assertThat(evening.cancelled()).isFalse();
    }

    @Test
    void theFirstInstantIsInsideAndTheOneBeforeItIsNotYet() {
        assertThat(at(evening, local("2026-12-08T17:30"))).isEqualTo(State.OPEN);
        assertThat(at(evening, local("2026-12-08T17:30").minusNanos(1))).isEqualTo(State.NOT_YET);
        assertThat(at(evening, local("2026-12-08T17:29:59"))).isEqualTo(State.NOT_YET);
    }

    @Test
    void theClosingInstantIsOutsideAndTheSecondBeforeItInside() {
        assertThat(at(evening, local("2026-12-08T20:59:59"))).isEqualTo(State.OPEN);
        assertThat(at(evening, local("2026-12-08T21:00"))).isEqualTo(State.CLOSED);
        assertThat(at(evening, local("2026-12-09T09:00"))).isEqualTo(State.CLOSED);
    }

    @Test
    void openAtIsTrueOnlyInsideTheWindow() {
        assertThat(evening.openAt(local("2026-12-08T19:00"))).isTrue();
        assertThat(evening.openAt(local("2026-12-08T17:00"))).isFalse();
        assertThat(evening.openAt(local("2026-12-08T21:00"))).isFalse();
    }

    @Test
    void aCancelledEventsWindowIsClosedBeforeDuringAndAfter() {
        LiveWindow cancelled = new LiveWindow(evening.opens(), evening.closes(), true);

        assertThat(at(cancelled, local("2026-12-08T17:00"))).isEqualTo(State.CANCELLED);
        assertThat(at(cancelled, local("2026-12-08T19:00"))).isEqualTo(State.CANCELLED);
        assertThat(at(cancelled, local("2026-12-08T22:00"))).isEqualTo(State.CANCELLED);
        assertThat(cancelled.openAt(local("2026-12-08T19:00"))).isFalse();
    }

    /** 29 March 2026: at 02:00 the clocks jump to 03:00. An event 01:30–03:30 lasts one real hour. */
    @Test
    void inTheSpringNightTheWindowCountsRealMinutesAcrossTheMissingHour() {
        LiveWindow spring = LiveWindow.around(local("2026-03-29T01:30"), local("2026-03-29T03:30"));

        assertThat(spring.opens()).isEqualTo(local("2026-03-29T01:00"));
        assertThat(spring.closes()).isEqualTo(local("2026-03-29T04:30"));
        assertThat(Duration.between(spring.opens(), spring.closes())).isEqualTo(Duration.ofHours(2).plusMinutes(30));
        assertThat(at(spring, local("2026-03-29T01:59:59"))).isEqualTo(State.OPEN);
        assertThat(at(spring, local("2026-03-29T03:00"))).isEqualTo(State.OPEN);
        assertThat(at(spring, local("2026-03-29T04:29:59"))).isEqualTo(State.OPEN);
        assertThat(at(spring, local("2026-03-29T04:30"))).isEqualTo(State.CLOSED);
    }

    /** 25 October 2026: at 03:00 the clocks go back to 02:00, so 02:30 happens twice. */
    @Test
    void inTheAutumnNightTheWindowClosesAfterTheSecond0230NotTheFirst() {
        Instant firstHalfPastTwo = LocalDateTime.parse("2026-10-25T02:30").atZone(STOCKHOLM)
                .withEarlierOffsetAtOverlap().toInstant();
        Instant secondHalfPastTwo = LocalDateTime.parse("2026-10-25T02:30").atZone(STOCKHOLM)
                .withLaterOffsetAtOverlap().toInstant();
        LiveWindow autumn = LiveWindow.around(local("2026-10-25T01:00"), secondHalfPastTwo.minus(LiveWindow.AFTER_END));

        assertThat(autumn.opens()).isEqualTo(local("2026-10-25T00:30"));
        assertThat(Duration.between(autumn.opens(), autumn.closes())).isEqualTo(Duration.ofHours(3));
        assertThat(at(autumn, firstHalfPastTwo)).isEqualTo(State.OPEN);
        assertThat(at(autumn, secondHalfPastTwo.minusSeconds(1))).isEqualTo(State.OPEN);
        assertThat(at(autumn, secondHalfPastTwo)).isEqualTo(State.CLOSED);
    }

    @Test
    void aWindowClosingAsItOpensOrBeforeIsReversed() {
        Instant t = local("2026-12-08T18:00");

        assertThat(new LiveWindow(t, t, false).reversed()).isTrue();
        assertThat(new LiveWindow(t, t.minusSeconds(1), false).reversed()).isTrue();
        assertThat(new LiveWindow(t, t.plusSeconds(1), false).reversed()).isFalse();
    }

    @Test
    void aWindowOfSevenDaysIsAllowedAndOneSecondMoreIsTooLong() {
        Instant t = local("2026-10-20T18:00");

        assertThat(new LiveWindow(t, t.plus(Duration.ofDays(7)), false).tooLong()).isFalse();
        assertThat(new LiveWindow(t, t.plus(Duration.ofDays(7)).plusSeconds(1), false).tooLong()).isTrue();
    }

    /** Seven days over the autumn change are seven real days, one wall-clock hour fewer than it seems. */
    @Test
    void sevenDaysAcrossTheAutumnChangeAreCountedInRealTime() {
        Instant opens = local("2026-10-22T18:00");

        assertThat(new LiveWindow(opens, local("2026-10-29T17:00"), false).tooLong()).isFalse();
        assertThat(new LiveWindow(opens, local("2026-10-29T17:00").plusSeconds(1), false).tooLong()).isTrue();
    }
}
