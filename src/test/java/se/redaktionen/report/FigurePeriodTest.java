package se.redaktionen.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The figures' period: as asked, or the last 90 days (and said so) for bad dates or over ten years. */
class FigurePeriodTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void aPeriodAskedForIsTakenAsItIs() {
        assertThat(FigurePeriod.parse("2026-11-01", "2026-11-30", TODAY))
                .isEqualTo(new FigurePeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), false));
    }

    @Test
    void reversedDatesFallBackToTheLast90DaysAndSaySo() {
        assertThat(FigurePeriod.parse("2026-11-30", "2026-11-01", TODAY))
                .isEqualTo(new FigurePeriod(LocalDate.of(2026, 9, 3), TODAY, true));
    }

    @Test
    void theLongestPeriodIsStillTaken() {
        LocalDate from = TODAY.minusDays(FigurePeriod.MAX_DAYS);

        assertThat(FigurePeriod.parse(from.toString(), TODAY.toString(), TODAY).corrected()).isFalse();
    }

    @Test
    void aDayMoreThanTheLongestPeriodFallsBackToTheLast90Days() {
        LocalDate from = TODAY.minusDays(FigurePeriod.MAX_DAYS + 1);

        assertThat(FigurePeriod.parse(from.toString(), TODAY.toString(), TODAY))
                .isEqualTo(new FigurePeriod(LocalDate.of(2026, 9, 3), TODAY, true));
    }

    @Test
    void thePeriodRunsFromMidnightOfItsFirstDayToMidnightAfterItsLastOnTheLibrarysClock() {
        FigurePeriod november = new FigurePeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), false);

        assertThat(november.start(STOCKHOLM)).isEqualTo(LocalDateTime.parse("2026-11-01T00:00").atZone(STOCKHOLM)
                .toInstant());
        assertThat(november.end(STOCKHOLM)).isEqualTo(LocalDateTime.parse("2026-12-01T00:00").atZone(STOCKHOLM)
                .toInstant());
    }
}
