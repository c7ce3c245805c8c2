package se.redaktionen;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The dates Redaktionen takes from anyone: the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. Every
 * date a page, a form or the API reads is held to it — the form binder, the JSON reader and the few
 * places that parse dates by hand all ask here — so that a year like 999999999 is bad input with a
 * message, not an overflow deep in the date arithmetic or the database.
 */
public final class DateRange {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** The message, with the two years as arguments, and the error code of a field outside the range. */
    public static final String ERROR_CODE = "dateOutOfRange";

    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC)
            .toInstant();
    private static final Instant AFTER_LAST_INSTANT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC)
            .toInstant();

    private DateRange() {
    }

    /** Whether a date or time lies in the range; a value without a date (a time of day) always does. */
    public static boolean contains(TemporalAccessor value) {
        if (value instanceof Instant instant) {
            // An instant has no year of its own: its year in UTC.
            return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(AFTER_LAST_INSTANT);
        }
        if (!value.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = value.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The value itself, or {@link OutOfRange} when it lies outside the range. */
    public static <T extends TemporalAccessor> T check(T value) {
        if (value != null && !contains(value)) {
            throw new OutOfRange(value);
        }
        return value;
    }

    /** An ISO date (YYYY-MM-DD) in the range; unreadable text or a date outside it is a parse error. */
    public static LocalDate parse(String text) {
        LocalDate date = LocalDate.parse(text.strip());
        if (!contains(date)) {
            throw new DateTimeParseException("outside " + FIRST_YEAR + "–" + LAST_YEAR, text, 0);
        }
        return date;
    }

    /** Whether this failure, or one it was caused by, is a date outside the range. */
    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfRange) {
                return true;
            }
        }
        return false;
    }

    /** A date outside the range. */
    public static final class OutOfRange extends DateTimeException {

        OutOfRange(TemporalAccessor value) {
            super(value + " is outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
        }
    }
}
