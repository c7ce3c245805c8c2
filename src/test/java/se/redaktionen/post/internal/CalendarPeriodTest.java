package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CalendarPeriodTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void aWeekRunsMondayToSunday() {
        CalendarPeriod week = CalendarPeriod.week(LocalDate.of(2026, 11, 25), STOCKHOLM);

        assertThat(week.first()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.last()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(week.days()).hasSize(7);
    }

    @Test
    void aMonthShowsTheWholeWeeksAroundIt() {
        CalendarPeriod march = CalendarPeriod.month(LocalDate.of(2026, 3, 15), STOCKHOLM);

        assertThat(march.first()).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(march.last()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(march.days()).hasSize(42);
    }

    @Test
    void theWeekOfTheSpringChangeIsOneHourShorterAndSortsPostsIntoTheRightDays() {
        CalendarPeriod week = CalendarPeriod.week(LocalDate.of(2026, 3, 29), STOCKHOLM);
        assertThat(week.end().getEpochSecond() - week.start().getEpochSecond()).isEqualTo(7 * 86_400 - 3_600);

        Map<LocalDate, List<Instant>> days = week.byDay(List.of(
                Instant.parse("2026-03-29T00:30:00Z"),
                Instant.parse("2026-03-29T21:59:00Z"),
                Instant.parse("2026-03-29T22:00:00Z")), i -> i);

        assertThat(days.get(LocalDate.of(2026, 3, 29))).containsExactly(
                Instant.parse("2026-03-29T00:30:00Z"), Instant.parse("2026-03-29T21:59:00Z"));
        assertThat(days.get(LocalDate.of(2026, 3, 30))).isNull();
    }

    @Test
    void theWeekOfTheAutumnChangeIsOneHourLongerAndKeepsBothHalfPastTwos() {
        CalendarPeriod week = CalendarPeriod.week(LocalDate.of(2026, 10, 25), STOCKHOLM);
        assertThat(week.end().getEpochSecond() - week.start().getEpochSecond()).isEqualTo(7 * 86_400 + 3_600);

        Map<LocalDate, List<Instant>> days = week.byDay(List.of(
                Instant.parse("2026-10-25T01:30:00Z"),
                Instant.parse("2026-10-25T00:30:00Z"),
                Instant.parse("2026-10-25T22:59:00Z")), i -> i);

        assertThat(days.get(LocalDate.of(2026, 10, 25))).containsExactly(Instant.parse("2026-10-25T00:30:00Z"),
                Instant.parse("2026-10-25T01:30:00Z"), Instant.parse("2026-10-25T22:59:00Z"));
    }

    @Test
    void theBoundariesAreLocalMidnights() {
        CalendarPeriod week = CalendarPeriod.week(LocalDate.of(2026, 10, 26), STOCKHOLM);

        assertThat(week.start()).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
        assertThat(week.byDay(List.of(Instant.parse("2026-10-25T22:59:00Z")), i -> i).values())
                .allMatch(List::isEmpty);
    }
}
