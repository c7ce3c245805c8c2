package se.redaktionen.channel.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import se.redaktionen.web.DateRange;

/**
 * The period an audience is shown for, from the {@code from} and {@code to} request parameters
 * (YYYY-MM-DD, both days included). Missing ones default to the last {@value #DEFAULT_DAYS} days up to
 * today; dates that cannot be read or lie outside {@link DateRange}, or a start after the end, give the
 * defaults and name the problem
 * as a message key.
 */
record AudiencePeriod(LocalDate from, LocalDate to, String problem) {

    static final int DEFAULT_DAYS = 90;

    static AudiencePeriod parse(String from, String to, LocalDate today) {
        LocalDate end;
        LocalDate start;
        try {
            end = blank(to) ? today : DateRange.parse(to);
            start = blank(from) ? end.minusDays(DEFAULT_DAYS) : DateRange.parse(from);
        } catch (DateTimeParseException e) {
            return defaults(today, "audience.period.invalid");
        }
        if (start.isAfter(end)) {
            return defaults(today, "audience.period.reversed");
        }
        return new AudiencePeriod(start, end, null);
    }

    static AudiencePeriod defaults(LocalDate today, String problem) {
        return new AudiencePeriod(today.minusDays(DEFAULT_DAYS), today, problem);
    }

    boolean valid() {
        return problem == null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
