package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final WorkingDays workingDays = new WorkingDays(STOCKHOLM);

    @Test
    void midsommaraftonAndMidsommardagenAreNotWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-06-18"))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-06-19"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-06-20"))).isFalse();
    }

    @Test
    void aResponseOnTheThursdayBeforeMidsommarIsDueOnMondayAtTheSameTime() {
        assertThat(dueLocal("2026-06-18T10:00", 1)).isEqualTo("2026-06-22T10:00");
    }

    @Test
    void julaftonJuldagenAndAnnandagJulAreNotWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-23"))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-24"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-25"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-26"))).isFalse();
    }

    @Test
    void aResponseOnTheDayBeforeJulaftonIsDueAfterChristmasAndTheWeekend() {
        assertThat(dueLocal("2026-12-23T14:00", 1)).isEqualTo("2026-12-28T14:00");
    }

    @Test
    void nyaraftonAndNyarsdagenAreNotWorkingDays() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-30"))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-12-31"))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
    }

    @Test
    void aResponseOnTheDayBeforeNyaraftonIsDueInTheNewYear() {
        assertThat(dueLocal("2026-12-30T14:00", 1)).isEqualTo("2027-01-04T14:00");
    }

    @Test
    void aResponseOnTheDayBeforeTrettondedagJulIsDueTheDayAfterIt() {
        assertThat(dueLocal("2027-01-05T11:00", 1)).isEqualTo("2027-01-07T11:00");
    }

    // The libraries rely on jollyday for the eves; this fails if an upgrade of it ever drops one.
    @Test
    void theEvesOnWhichTheLibrariesAreClosedAreNotWorkingDaysInAnyYear() {
        for (int year = 2025; year <= 2035; year++) {
            LocalDate midsommarafton = LocalDate.of(year, 6, 19);
            while (midsommarafton.getDayOfWeek() != DayOfWeek.FRIDAY) {
                midsommarafton = midsommarafton.plusDays(1);
            }
            assertThat(workingDays.isWorkingDay(midsommarafton)).as("midsommarafton %s", year).isFalse();
            assertThat(workingDays.isWorkingDay(LocalDate.of(year, 12, 24))).as("julafton %s", year).isFalse();
            assertThat(workingDays.isWorkingDay(LocalDate.of(year, 12, 31))).as("nyårsafton %s", year).isFalse();
        }
    }

    @Test
    void easter2027FromLangfredagToAnnandagPaskIsNotWorked() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-03-25"))).as("skärtorsdagen").isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-03-26"))).as("långfredagen").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-03-29"))).as("annandag påsk").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2027-03-30"))).isTrue();
    }

    // Påskdagen 2027 is 28 March, which is also the night summer time begins.
    @Test
    void aResponseOnSkartorsdagenIsDueOnTheTuesdayAfterEasterAtTheSameTimeOnTheClock() {
        Instant received = Instant.parse("2027-03-25T08:00:00Z");

        assertThat(workingDays.deadline(received, 1)).isEqualTo(Instant.parse("2027-03-30T07:00:00Z"));
    }

    @Test
    void kristiHimmelsfardsdagIsNotWorked() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-05-14"))).isFalse();
        assertThat(dueLocal("2026-05-13T10:00", 1)).isEqualTo("2026-05-15T10:00");
    }

    @Test
    void nationaldagenIsNotWorkedWhenItFallsOnAWeekday() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2028-06-06"))).isFalse();
        assertThat(dueLocal("2028-06-05T09:30", 1)).isEqualTo("2028-06-07T09:30");
    }

    @Test
    void forstaMajIsNotWorkedButValborgsmassoaftonIs() {
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-04-30"))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.parse("2026-05-01"))).isFalse();
        assertThat(dueLocal("2026-04-30T15:00", 1)).isEqualTo("2026-05-04T15:00");
    }

    @Test
    void aResponseOnFridayAfternoonIsDueOnMondayAtTheSameTime() {
        assertThat(dueLocal("2026-01-16T16:00", 1)).isEqualTo("2026-01-19T16:00");
    }

    @Test
    void aResponseOnSaturdayIsDueAtTheEndOfMonday() {
        assertThat(dueLocal("2026-01-17T11:00", 1)).isEqualTo("2026-01-20T00:00");
    }

    @Test
    void aResponseJustBeforeMidnightOnSundayIsStillDueAtTheEndOfMonday() {
        assertThat(dueLocal("2026-01-18T23:59", 1)).isEqualTo("2026-01-20T00:00");
    }

    @Test
    void escalationAfterTwoWorkingDaysSkipsKristiHimmelsfardsdag() {
        assertThat(dueLocal("2026-05-13T10:00", 2)).isEqualTo("2026-05-18T10:00");
    }

    @Test
    void escalationOfAResponseOnPaskaftonStartsCountingAfterAnnandagPask() {
        assertThat(dueLocal("2026-04-04T12:00", 2)).isEqualTo("2026-04-09T00:00");
    }

    @Test
    void theDeadlineKeepsTheTimeOnTheClockWhenSummerTimeBegins() {
        Instant received = Instant.parse("2026-03-27T09:00:00Z"); // Friday 10:00 CET

        Instant due = workingDays.deadline(received, 1);

        assertThat(due).isEqualTo(Instant.parse("2026-03-30T08:00:00Z")); // Monday 10:00 CEST
        assertThat(Duration.between(received, due)).isEqualTo(Duration.ofHours(71));
    }

    @Test
    void theDeadlineKeepsTheTimeOnTheClockWhenSummerTimeEnds() {
        Instant received = Instant.parse("2026-10-23T08:00:00Z"); // Friday 10:00 CEST

        Instant due = workingDays.deadline(received, 1);

        assertThat(due).isEqualTo(Instant.parse("2026-10-26T09:00:00Z")); // Monday 10:00 CET
        assertThat(Duration.between(received, due)).isEqualTo(Duration.ofHours(73));
    }

    @Test
    void aDeadlineNeedsAtLeastOneWorkingDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> workingDays.deadline(at("2026-01-16T16:00"), 0));
    }

    @Test
    void theNextWorkingDayAfterJulaftonIsTheMondayAfterChristmas() {
        assertThat(workingDays.nextWorkingDay(LocalDate.parse("2026-12-24"))).isEqualTo("2026-12-28");
    }

    @Test
    void workingTimeWithinOneDayIsTheClockTime() {
        assertThat(workingDays.workingTimeBetween(at("2026-01-19T10:00"), at("2026-01-19T12:30")))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void workingTimeLeavesOutTheWeekend() {
        assertThat(workingDays.workingTimeBetween(at("2026-01-16T16:00"), at("2026-01-19T10:00")))
                .isEqualTo(Duration.ofHours(18));
    }

    @Test
    void workingTimeLeavesOutMidsommar() {
        assertThat(workingDays.workingTimeBetween(at("2026-06-18T20:00"), at("2026-06-22T09:00")))
                .isEqualTo(Duration.ofHours(13));
    }

    @Test
    void noWorkingTimePassesOverAWeekend() {
        assertThat(workingDays.workingTimeBetween(at("2026-01-17T09:00"), at("2026-01-18T21:00")))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void anAnswerAtTheDeadlineHasTakenOneWorkingDayEvenAcrossTheChangeToSummerTime() {
        Instant received = Instant.parse("2026-03-27T09:00:00Z");

        assertThat(workingDays.workingTimeBetween(received, workingDays.deadline(received, 1)))
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void anAnswerAtTheDeadlineOfAResponseFromTheWeekendHasTakenOneWorkingDay() {
        Instant received = at("2026-01-17T11:00");

        assertThat(workingDays.workingTimeBetween(received, workingDays.deadline(received, 1)))
                .isEqualTo(Duration.ofHours(24));
    }

    @Test
    void anAnswerStampedBeforeTheResponseHasTakenNoTime() {
        assertThat(workingDays.workingTimeBetween(at("2026-01-19T12:00"), at("2026-01-19T11:59")))
                .isEqualTo(Duration.ZERO);
    }

    @Test
    void theSettingsRefuseNoTimeToAnswerAndAnEscalationBeforeTheAnswerIsDue() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponseTimeProperties(0, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> new ResponseTimeProperties(2, 1));
        assertThat(new ResponseTimeProperties(1, 1).escalateAfterWorkingDays()).isEqualTo(1);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(STOCKHOLM).toInstant();
    }

    private LocalDateTime dueLocal(String receivedLocal, int days) {
        return LocalDateTime.ofInstant(workingDays.deadline(at(receivedLocal), days), STOCKHOLM);
    }
}
