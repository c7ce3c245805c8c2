package se.redaktionen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** One meaning of "the last N days" for every page and API: today and the N − 1 days before it. */
class PeriodTest {

    private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

    @Test
    void theLast90DaysAreTodayAndThe89DaysBeforeIt() {
        Period period = Period.lastDays(90, DEC_1);

        assertThat(period).isEqualTo(new Period(LocalDate.of(2026, 9, 3), DEC_1));
        assertThat(period.days()).isEqualTo(90);
    }

    @Test
    void missingDatesMeanTheLast90DaysOrThe90DaysEndingAtTheEndAskedFor() {
        assertThat(Period.parse(null, " ", DEC_1)).isEqualTo(new Period.Asked(Period.lastDays(90, DEC_1), null));
        assertThat(Period.parse("", "2026-10-31", DEC_1).period())
                .isEqualTo(Period.lastDays(90, LocalDate.of(2026, 10, 31)));
        assertThat(Period.parse("2026-11-01", null, DEC_1).period()).isEqualTo(new Period(LocalDate.of(2026, 11, 1),
                DEC_1));
    }

    @Test
    void unreadableOrReversedDatesGiveTheLast90DaysAndSayWhy() {
        assertThat(Period.parse("2026-02-30", null, DEC_1))
                .isEqualTo(new Period.Asked(Period.lastDays(90, DEC_1), Period.Problem.UNREADABLE));
        assertThat(Period.parse("2026-11-02", "2026-11-01", DEC_1))
                .isEqualTo(new Period.Asked(Period.lastDays(90, DEC_1), Period.Problem.REVERSED));
    }
}
