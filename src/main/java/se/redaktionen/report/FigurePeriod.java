package se.redaktionen.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import se.redaktionen.web.DateRange;

/**
 * A period of whole Stockholm days, both ends included. Unreadable, reversed or out-of-range
 * ({@link DateRange}) dates fall back to the last 90 days, and say so.
 */
record FigurePeriod(LocalDate from, LocalDate to, boolean corrected) {

    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 3_660;

    static FigurePeriod parse(String from, String to, LocalDate today) {
        LocalDate defaultFrom = today.minusDays(DEFAULT_DAYS - 1L);
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            return new FigurePeriod(defaultFrom, today, false);
        }
        try {
            LocalDate start = from == null || from.isBlank() ? defaultFrom : DateRange.parse(from);
            LocalDate end = to == null || to.isBlank() ? today : DateRange.parse(to);
            if (end.isBefore(start) || start.plusDays(MAX_DAYS).isBefore(end)) {
                return new FigurePeriod(defaultFrom, today, true);
            }
            return new FigurePeriod(start, end, false);
        } catch (DateTimeParseException e) {
            return new FigurePeriod(defaultFrom, today, true);
        }
    }

    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
