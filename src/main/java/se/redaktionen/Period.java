package se.redaktionen;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Whole days in the library's time zone, both ends included: what every page and API means by a
 * period, so that "the last 90 days" are the same 90 days on the dashboard, on a channel's page and
 * in the API, and figures for the same audience agree wherever they are shown.
 */
public record Period(LocalDate from, LocalDate to) {

    /** The period shown when none is asked for. */
    public static final int DEFAULT_DAYS = 90;

    /** Why dates asked for could not be used. */
    public enum Problem { UNREADABLE, REVERSED }

    /** A period asked for in request parameters: the one to show, and what was wrong with the dates, if anything. */
    public record Asked(Period period, Problem problem) {
    }

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }

    /** The {@code days} days up to and including {@code today}: the last 90 days are today and the 89 before it. */
    public static Period lastDays(int days, LocalDate today) {
        return new Period(today.minusDays(days - 1L), today);
    }

    /**
     * From {@code from} and {@code to} as YYYY-MM-DD, either of which may be missing: a missing end is
     * today, a missing start makes the period {@value #DEFAULT_DAYS} days long. Dates that cannot be read
     * (or lie outside {@link DateRange}), or that come in the wrong order give the last
     * {@value #DEFAULT_DAYS} days, and say why.
     */
    public static Asked parse(String from, String to, LocalDate today) {
        Period fallback = lastDays(DEFAULT_DAYS, today);
        LocalDate end;
        LocalDate start;
        try {
            end = blank(to) ? today : DateRange.parse(to);
            start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1L) : DateRange.parse(from);
        } catch (DateTimeParseException unreadable) {
            return new Asked(fallback, Problem.UNREADABLE);
        }
        if (end.isBefore(start)) {
            return new Asked(fallback, Problem.REVERSED);
        }
        return new Asked(new Period(start, end), null);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The first moment of the period in {@code zone}. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in {@code zone}. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
