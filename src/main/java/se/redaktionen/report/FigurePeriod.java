package se.redaktionen.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import se.redaktionen.Period;

/**
 * The period the figures are counted for, as {@link Period} reads it. Unreadable or reversed dates,
 * or a period longer than ten years, fall back to the last {@value Period#DEFAULT_DAYS} days, and say so.
 */
record FigurePeriod(LocalDate from, LocalDate to, boolean corrected) {

    static final int MAX_DAYS = 3_660;

    static FigurePeriod parse(String from, String to, LocalDate today) {
        Period.Asked asked = Period.parse(from, to, today);
        Period period = asked.period();
        if (asked.problem() != null || period.from().plusDays(MAX_DAYS).isBefore(period.to())) {
            Period fallback = Period.lastDays(Period.DEFAULT_DAYS, today);
            return new FigurePeriod(fallback.from(), fallback.to(), true);
        }
        return new FigurePeriod(period.from(), period.to(), false);
    }

    Instant start(ZoneId zone) {
        return period().start(zone);
    }

    Instant end(ZoneId zone) {
        return period().end(zone);
    }

    private Period period() {
        return new Period(from, to);
    }
}
