package se.redaktionen.response.internal;

import static java.util.stream.Collectors.toUnmodifiableSet;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

import se.redaktionen.RedaktionenProperties;

/**
 * The library's working days, in its own time zone: Monday to Friday, except Swedish public holidays and the eves on
 * which the libraries are closed.
 *
 * <p>The holidays come from jollyday's Swedish calendar, which already holds everything the libraries keep closed on
 * a weekday: nyårsdagen, trettondedag jul, långfredagen, annandag påsk, första maj, Kristi himmelsfärdsdag,
 * nationaldagen, midsommarafton, julafton, juldagen, annandag jul and nyårsafton (plus påskdagen, pingstdagen,
 * midsommardagen and alla helgons dag, which always fall on a weekend). Påskafton is closed too but is not in the
 * calendar; it is always a Saturday, so the weekend rule already covers it. Days that are only half days in practice
 * (trettondagsafton, skärtorsdagen, valborgsmässoafton, allhelgonaafton) count as working days.
 */
@Component
public class WorkingDays {

    private final ZoneId zone;
    private final HolidayManager holidayManager;

    // jollyday works out a whole year's holidays again on every question; a median over many responses asks often.
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    @Autowired
    public WorkingDays(RedaktionenProperties properties) {
        this(properties.timeZone());
    }

    public WorkingDays(ZoneId zone) {
        this.zone = zone;
        this.holidayManager = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN));
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidaysIn(date.getYear()).contains(date);
    }

    /** The first working day after {@code date}, whether or not {@code date} is one itself. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * When something received at {@code received} is due, given {@code workingDays} working days for it.
     *
     * <ul>
     * <li>Received on a working day: due at the same time of day (on the library's clock) on the
     * {@code workingDays}-th working day after that day. Thursday 10:00 before midsommarafton, with one working day,
     * is due Monday 10:00.</li>
     * <li>Received on a weekend or holiday: the clock only starts on the next working day, so it is due at the end of
     * the {@code workingDays}-th working day after the day it came in (that is, at midnight at the start of the
     * calendar day after it). Saturday, with one working day, is due at the end of Monday.</li>
     * </ul>
     *
     * The time of day is kept on the library's clock across a change to or from summer time, so the deadline may be
     * an hour more or less than a whole number of days away.
     *
     * @throws IllegalArgumentException if {@code workingDays} is less than 1
     */
    public Instant deadline(Instant received, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A deadline needs at least one working day, was " + workingDays);
        }
        ZonedDateTime local = received.atZone(zone);
        LocalDate day = local.toLocalDate();
        for (int i = 0; i < workingDays; i++) {
            day = nextWorkingDay(day);
        }
        if (isWorkingDay(local.toLocalDate())) {
            return day.atTime(local.toLocalTime()).atZone(zone).toInstant();
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * How much of the time from {@code from} to {@code to} fell on working days; every working day counts with all of
     * its hours, weekends and holidays not at all. Friday 16:00 to Monday 10:00 is 18 hours.
     *
     * <p>This is the measure to hold against the promise: something answered exactly at its {@link #deadline} has
     * taken {@code workingDays} × 24 hours of working time, however many weekends, holidays or clock changes (in
     * Sweden always on a Sunday) lie in between. A median in calendar time would instead rise and fall with how many
     * responses happen to arrive on a Friday or before a holiday.
     *
     * <p>An answer stamped before the response it answers (the platform's clock and ours disagree) counts as
     * immediate: the result is never negative.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = from.atZone(zone).toLocalDate(); day.atStartOfDay(zone).toInstant().isBefore(to);
                day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Instant start = latest(from, day.atStartOfDay(zone).toInstant());
                Instant end = earliest(to, day.plusDays(1).atStartOfDay(zone).toInstant());
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Set<LocalDate> holidaysIn(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> holidayManager.getHolidays(Year.of(y)).stream()
                .map(Holiday::getDate)
                .collect(toUnmodifiableSet()));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
